"""Reading spreadsheets into rows of displayed text, and which column holds what."""
