"""Refresh the Qt Linguist files in mailmerge/locale/ from the sources, or compile them.

    python packaging/update_translations.py            # after adding or changing user-visible text
    python packaging/update_translations.py --compile  # .ts -> .qm (the installers run this)

Window text is found by `pyside6-lupdate` in ui/ (self.tr / QCoreApplication.translate with literal strings, and
QT_TRANSLATE_NOOP marks); what ui/'s helpers `_tr(...)` and `counted(...)` are given is handed to lupdate as well.
Core messages are the English templates of MailMergeError-family calls, Problems, Check findings and the reasons
of row outcomes (`make_problem`, `make_outcome` and the answer tables' `Rule`s) in mailmerge/; they are put in the
"Problem" context of the same files, so a translator has one file per language and the CLI and the window read the
same entries. The command line's own sentences (`say(...)`, `say_count(...)` in mailmerge/commands/) go in the
"Cli" context. Existing translations are kept; English gets only the plural forms (-pluralonly).
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

from mailmerge.base.wording import CLI_CONTEXT, CONTEXT, LANGUAGES, LOCALE_DIR, ROW_PREFIX, SOURCE_LANGUAGE  # noqa: E402

# Calls given (code, English template, ...) besides the MailMergeError family and the answer tables' `...Rule`s:
# core problems, Check findings and row outcomes' reasons.
PROBLEM_CALLS = frozenset({"Problem", "Advice", "DomainFinding", "_finding", "_row_finding", "make_problem",
                           "make_outcome"})
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")  # "address.invalid", "sheet.no_header"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def core_sources() -> list[tuple[str, str]]:
    """(context, English text) for every core sentence a face words: the template after the code in a
    `...Error(code, template, ...)` or `...Rule(..., code, template)` call or one of PROBLEM_CALLS ("Problem"); the
    command line's own sentences, `say(text)` and `say_count(n, one, many)` ("Cli"); and each provider preset's
    label and notes ("presets")."""
    found = {(CONTEXT, ROW_PREFIX)}
    for path in sorted((ROOT / "mailmerge").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name == "Preset":
                found.update(("presets", kw.value.value) for kw in node.keywords
                             if kw.arg in ("label", "notes") and isinstance(kw.value, ast.Constant) and kw.value.value)
            if name == "say" and node.args:
                found.update((CLI_CONTEXT, text) for text in _literals(node.args[0]))
            elif name == "say_count":
                found.update((CLI_CONTEXT, text) for arg in node.args[1:3] for text in _literals(arg))
            if not (name.endswith(("Error", "Rule")) or name in PROBLEM_CALLS):
                continue
            for first, second in itertools.pairwise(node.args):
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.match(first.value):
                    found.update((CONTEXT, text) for text in _literals(second))
    return sorted(found)


def _literals(node: ast.expr) -> list[str]:
    """A literal string, or each literal of `"one" if n == 1 else "many"` (a template chosen by a count)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _constant(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return constants.get(node.id) if isinstance(node, ast.Name) else None


def helper_sources() -> tuple[list[tuple[str, str]], list[str]]:
    """(context, text) passed to ui/'s own translation helpers, which lupdate cannot see through: one-argument
    functions returning `QCoreApplication.translate(CONTEXT, text)` (such as `_tr`), and `counted(context, n,
    one, many)`, also with `*table[key]` of a dict of (one, many) pairs, or a helper given a sentence looked up in
    a module-level dict of strings. Second: the calls whose text cannot be found that way (write it out there, or
    mark it with QT_TRANSLATE_NOOP)."""
    found: set[tuple[str, str]] = set()
    unresolved: list[str] = []
    for path in ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
        helpers: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
                param = node.args.args[0].arg
                for ret in ast.walk(node):
                    if (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)
                            and _called_name(ret.value) == "translate" and len(ret.value.args) == 2
                            and isinstance(ret.value.args[1], ast.Name) and ret.value.args[1].id == param
                            and (context := _constant(ret.value.args[0], constants)) is not None):
                        helpers[node.name] = context
        tables = {t.id: n.value for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AnnAssign))
                  for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                  if isinstance(t, ast.Name) and isinstance(n.value, ast.Dict)}
        # A table of sentences by code (a module-level dict of strings) looked up in the function that translates.
        lookup_tables = {name: [_constant(v, {}) for v in table.values] for name, table in tables.items()
                         if all(_constant(v, {}) is not None for v in table.values)}
        looked_up = {id(call): [text for n in ast.walk(func) if isinstance(n, ast.Name) and n.id in lookup_tables
                                for text in lookup_tables[n.id]]
                     for func in ast.walk(tree) if isinstance(func, ast.FunctionDef)
                     for call in ast.walk(func) if isinstance(call, ast.Call)}
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name, where = _called_name(call), f"{path.relative_to(ROOT)}:{call.lineno}"
            if name in helpers and call.args:
                text = _constant(call.args[0], constants)
                if text is not None:
                    found.add((helpers[name], text))
                elif looked_up.get(id(call)):
                    found.update((helpers[name], t) for t in looked_up[id(call)] if t is not None)
                else:
                    unresolved.append(f"{where}: {ast.unparse(call)}")
            elif name == "translate" and len(call.args) >= 2 and isinstance(call.args[0], ast.Name) \
                    and (text := _constant(call.args[1], {})) is not None:
                # lupdate needs a literal context; a module constant (_CONTEXT = "ConfirmSend") is resolved here.
                context = _constant(call.args[0], constants)
                if context is None:
                    unresolved.append(f"{where}: {ast.unparse(call)}")
                else:
                    found.add((context, text))
            elif name == "counted" and len(call.args) >= 3:
                context = _constant(call.args[0], constants)
                texts: list[str | None] = []
                for arg in call.args[2:]:
                    if isinstance(arg, ast.Starred) and isinstance(arg.value, ast.Subscript) \
                            and isinstance(arg.value.value, ast.Name) and arg.value.value.id in tables:
                        texts += [_constant(e, {}) for v in tables[arg.value.value.id].values
                                  for e in (v.elts if isinstance(v, ast.Tuple) else [v])]
                    else:
                        texts.append(_constant(arg, {}))
                if context is None or None in texts or not texts:
                    unresolved.append(f"{where}: {ast.unparse(call)}")
                else:
                    found.update((context, text) for text in texts if text is not None)
    return sorted(found), unresolved


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def run_lupdate(ts_files: list[Path], *, plural_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # lupdate reads Python, so the core templates are handed to it as translate() calls in a throw-away file.
        problems = Path(tmp) / "core_problems.py"
        problems.write_text("".join(
            f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})\n"
            for context, text in core_sources() + helper_sources()[0]), encoding="utf-8")
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
