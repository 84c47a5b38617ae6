"""Refresh the Qt Linguist files in mailmerge/locale/ from the sources, or compile them.

    python packaging/update_translations.py            # after adding or changing user-visible text
    python packaging/update_translations.py --compile  # .ts -> .qm (the installers run this)

Window text is found by `pyside6-lupdate` in ui/ (self.tr / QCoreApplication.translate with literal strings).
Core messages are the English templates of MailMergeError-family calls and preflight findings in mailmerge/; they
are put in the "Problem" context of the same files, so a translator has one file per language and the CLI and the
window read the same entries. Existing translations are kept; English gets only the plural forms (-pluralonly).
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailmerge.base.wording import CONTEXT, LANGUAGES, LOCALE_DIR, ROW_PREFIX, SOURCE_LANGUAGE  # noqa: E402

CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")  # "address.invalid", "sheet.no_header"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def core_sources() -> list[tuple[str, str]]:
    """(context, English text) for every core sentence a face words: the template after the code in a
    `...Error(code, template, ...)` or `_finding(...)` call ("Problem"), and each provider preset's notes
    ("presets")."""
    found = {(CONTEXT, ROW_PREFIX)}
    for path in sorted((ROOT / "mailmerge").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name == "Preset":
                found.update(("presets", kw.value.value) for kw in node.keywords
                             if kw.arg == "notes" and isinstance(kw.value, ast.Constant) and kw.value.value)
            if not (name.endswith("Error") or name == "_finding"):
                continue
            for first, second in itertools.pairwise(node.args):
                if (isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.match(first.value)
                        and isinstance(second, ast.Constant) and isinstance(second.value, str)):
                    found.add((CONTEXT, second.value))
    return sorted(found)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def run_lupdate(ts_files: list[Path], *, plural_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # lupdate reads Python, so the core templates are handed to it as translate() calls in a throw-away file.
        problems = Path(tmp) / "core_problems.py"
        problems.write_text("".join(
            f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})\n"
            for context, text in core_sources()), encoding="utf-8")
        command = [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                   *(["-pluralonly"] if plural_only else []),
                   *map(str, ui_sources()), str(problems), "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True)


def ts_file(language: str) -> Path:
    return LOCALE_DIR / f"mailmerge_{language}.ts"


def update() -> None:
    LOCALE_DIR.mkdir(exist_ok=True)
    run_lupdate([ts_file(lang) for lang in LANGUAGES if lang != SOURCE_LANGUAGE])
    run_lupdate([ts_file(SOURCE_LANGUAGE)], plural_only=True)


def compile_all(target: Path | None = None) -> list[Path]:
    """Each .ts as a .qm, beside it or in `target`."""
    made = []
    for language in LANGUAGES:
        qm = (target or LOCALE_DIR) / f"mailmerge_{language}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compile", action="store_true", help="compile the .ts files into .qm files")
    parser.add_argument("--into", type=Path, help="folder for the .qm files (default: beside the .ts files)")
    args = parser.parse_args()
    if args.compile:
        for qm in compile_all(args.into):
            print(f"compiled {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    else:
        update()
        print(f"updated {', '.join(ts_file(lang).name for lang in LANGUAGES)}")


if __name__ == "__main__":
    main()
