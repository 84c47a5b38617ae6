"""One module per CLI command; each exposes `run(args: argparse.Namespace) -> int` (exit code, see cli.py)."""
