"""Mail Merge core: everything but the window. Never imports Qt (tests/test_layout.py checks it)."""

__version__ = "0.1.0"
