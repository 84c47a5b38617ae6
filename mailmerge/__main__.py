import gc
import sys

from mailmerge.cli import main

code = main()
# The process ends here: without this, one last full garbage collection walks every object (~30 ms after a send)
# only for the memory to be handed back to the system anyway. Files and the journal are closed by now.
gc.freeze()
sys.exit(code)
