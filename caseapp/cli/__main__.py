"""`python -m caseapp.cli`: core dumps off first, then the command."""

import sys

from caseapp.cli.program import main
from caseapp.process_hardening import disable_core_dumps

disable_core_dumps()
sys.exit(main())
