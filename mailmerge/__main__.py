import sys

from mailmerge.cli import main

sys.exit(main())
