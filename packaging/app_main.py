"""The bundled app's entry point (PyInstaller needs a script; `python -m ui` does the same from a checkout)."""

from ui.app import main

raise SystemExit(main())
