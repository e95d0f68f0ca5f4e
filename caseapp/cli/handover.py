"""Handing a citizen over to a colleague in the team: `caseapp handover --citizen ID --to ROLE
--out FILE.pdf` writes the summary and offers the citizen; `caseapp handover accept --citizen ID`
is the receiver taking over (responsible from then on, on every machine after a sync)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from caseapp.cli.common import add_command, open_database
from caseapp.errors import InvalidInput


def cmd_handover(args: argparse.Namespace) -> int:
    if args.action == "accept":
        return _accept(args)
    if not args.to or not args.out:
        raise InvalidInput("Angiv hvem borgeren overdrages til (--to) og hvor overdragelsen skrives "
                           "(--out FILE.pdf), eller 'caseapp handover accept --citizen ID'.")
    with open_database(args) as service:
        path = service.team.hand_over(args.citizen, args.to, Path(args.out))
        state = service.team.handover_state(args.citizen)
    if args.json:
        print(json.dumps({"citizen": args.citizen, "to": state.to_role, "pdf": str(path)}))
    else:
        print(f"Borger {args.citizen} er overdraget til {state.to_role}; overdragelsen er skrevet til "
              f"{path}. {state.to_role} bliver ansvarlig, når overdragelsen er modtaget "
              f"('caseapp handover accept --citizen {args.citizen}' på sin egen maskine).")
    return 0


def _accept(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        state = service.team.accept_handover(args.citizen)
    if args.json:
        print(json.dumps({"citizen": args.citizen, "responsible": state.responsible,
                          "responsible_role": state.responsible_role}, ensure_ascii=False))
    else:
        print(f"Du er nu ansvarlig for borger {args.citizen}; teamet ser det efter næste synkronisering.")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "handover", cmd_handover,
                    "overdrag en borger til en kollega i teamet (overdragelse), eller tag imod en")
    p.add_argument("action", nargs="?", choices=["accept"], help="accept: tag imod en overdragelse")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--to", metavar="ROLE", help="kollegaens login i teamet")
    p.add_argument("--out", metavar="FILE.pdf|DIR", help="hvor overdragelsen skrives som PDF")
    p.add_argument("--json", action="store_true")
