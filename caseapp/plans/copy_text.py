"""The plan as clean plain text, to paste into the municipality's system (Nexus, Cura, Sensum).

Seed 001 (l.3660-3711): the same goals are typed again and again in separate systems; copying
them over instead of retyping saves "oceans of time". The text is plain (no tabs, no markup, no
symbols a case system might mangle), uses the Danish labels of `caseapp.domain.labels`, writes
dates as dd.mm.yyyy and never contains the CPR number. It depends only on what is stored, so the
same plan always gives the same text.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

import sqlite_utils

from caseapp.domain.enums import GoalLevel
from caseapp.domain.labels import label
from caseapp.domain.models import Action, Goal
from caseapp.plans.tree import GoalNode, build_tree
from caseapp.storage import citizens as citizen_store
from caseapp.storage import goals as goal_store

log = logging.getLogger(__name__)

INDENT = "   "


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def plan_as_text(db: sqlite_utils.Database, citizen_id: int) -> str:
    """The citizen's current plan (archived goals left out) as plain text."""
    citizen = citizen_store.get(db, citizen_id)
    roots = build_tree(goal_store.for_citizen(db, citizen_id), goal_store.actions_for_citizen(db, citizen_id))
    lines = [f"Plan for {_one_line(citizen.name)}"]
    case = citizen.case_type.strip()
    if citizen.legal_basis.strip():
        case = f"{case} ({citizen.legal_basis.strip()})".strip()
    if case:
        lines.append(f"Sag: {_one_line(case)}")

    long_term = [n for n in roots if n.goal.level == GoalLevel.LONG_TERM]
    lines += ["", f"{label(GoalLevel.LONG_TERM).upper()} (borgerens egne ord)"]
    if long_term:
        for node in long_term:
            lines += _text_block(node.goal.text, "")
            lines += _facts(node.goal, "", with_source=False)
    else:
        lines.append("Ikke skrevet endnu.")

    efforts = [c for n in long_term for c in n.children if c.goal.level == GoalLevel.EFFORT]
    efforts += [n for n in roots if n.goal.level == GoalLevel.EFFORT]
    loose = [c for n in long_term for c in n.children if c.goal.level != GoalLevel.EFFORT]
    loose += [n for n in roots if n.goal.level == GoalLevel.SUB]
    lines += ["", f"{label(GoalLevel.EFFORT).upper()} OG {label(GoalLevel.SUB).upper()}"]
    if not efforts and not loose:
        lines.append("Ingen endnu.")
    for number, effort in enumerate(efforts, start=1):
        lines.append("")
        lines += _goal_lines(effort, f"{label(GoalLevel.EFFORT)} {number}", "")
        for sub_number, sub in enumerate(effort.children, start=1):
            lines.append("")
            lines += _goal_lines(sub, f"{label(GoalLevel.SUB)} {number}.{sub_number}", INDENT)
    for number, sub in enumerate(loose, start=1):  # sub-goals without an effort goal
        lines.append("")
        lines += _goal_lines(sub, f"{label(GoalLevel.SUB)} {len(efforts) + number}", "")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """One line that ends like a sentence."""
    line = _one_line(text)
    return line if line.endswith((".", "!", "?", ":")) else f"{line}."


def _text_block(text: str, indent: str, first_prefix: str = "") -> list[str]:
    """User text with its own line breaks kept (blank lines folded), every line indented."""
    rows = [" ".join(r.split()) for r in text.replace("\r\n", "\n").split("\n")]
    rows = [r for r in rows if r] or [""]
    return [f"{indent}{first_prefix}{rows[0]}", *(f"{indent}{r}" for r in rows[1:])]


def _facts(goal: Goal, indent: str, with_source: bool = True) -> list[str]:
    facts = []
    if goal.deadline:
        facts.append(f"Frist: {fmt_date(goal.deadline)}")
    if goal.ambition:
        facts.append(f"Ambition: {label(goal.ambition)}")
    facts.append(f"Status: {label(goal.status)}")
    if goal.level == GoalLevel.SUB:
        facts.append(f"Fase: {label(goal.phase)}")
    if with_source:
        facts.append(f"Kilde: {label(goal.source)}")
    lines = [indent + ". ".join(facts) + "."]
    if goal.indicator.strip():
        lines += _text_block(goal.indicator, indent, "Indikator: ")
    if goal.life_domain.strip():
        lines.append(f"{indent}Livsområde: {_one_line(goal.life_domain)}")
    return lines


def _goal_lines(node: GoalNode, heading: str, indent: str) -> list[str]:
    lines = _text_block(node.goal.text, indent, f"{heading}: ")
    lines += _facts(node.goal, indent)
    if node.actions:
        lines.append(f"{indent}Indsatser (hvem gør hvad hvornår):")
        lines += _action_lines(node.actions, indent)
    return lines


def _action_lines(actions: Iterable[Action], indent: str) -> list[str]:
    lines = []
    for action in actions:
        when = ""
        if action.done_on:
            when = f" Udført {fmt_date(action.done_on)}."
        elif action.due:
            when = f" Senest {fmt_date(action.due)}."
        lines.append(f"{indent}- {label(action.who)}: {_sentence(action.what)}{when}")
    return lines
