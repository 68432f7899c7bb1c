"""`python -m briefing` runs the command line (which opens the window when given no arguments)."""

import sys

from briefing.cli import main

sys.exit(main())
