"""`python -m localec2` is the `localec2` command."""

import sys

from .cli import main

sys.exit(main())
