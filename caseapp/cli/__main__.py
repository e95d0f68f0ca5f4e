"""`python -m caseapp.cli`: core dumps off first, then the command."""

import sys

from caseapp.cli.program import before_exit, main
from caseapp.process_hardening import disable_core_dumps

disable_core_dumps()
code = main()
before_exit()
sys.exit(code)
