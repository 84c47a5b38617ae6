"""The desktop face of Mail Merge (PySide6). Imports `mailmerge`, never the other way round (DESIGN.md §1)."""
