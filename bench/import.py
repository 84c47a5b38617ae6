"""How fast is a big contact list read, with every cell shown as the spreadsheet shows it?

Generates (once, cached in bench/data/import/) a 100,000 x 12 workbook with formatted columns (IDs `00000`, amounts
`#,##0.00`, dates `yyyy-mm-dd`, percentages `0.0%`, a phone mask, Korean names) and the same list as UTF-8 and CP949
CSV files, then reads each with ours (`read_contacts`) and with a bare pandas read (`read_excel(engine="calamine")`,
`read_csv`) in the same run. Each read runs in a fresh process with the libraries it uses already imported: ours
imports python-calamine and numpy, and pandas for a big CSV file, only when it first needs them. The readers take
turns; the fastest of --repeat runs counts, and the peak RSS is that process's. "ours, first read" is ours in a
fresh process with nothing imported, as a one-off command-line read sees it (not part of the targets).

    .venv/bin/python bench/import.py [--rows 100000] [--repeat 3]

Targets: xlsx <= 1.5x the bare read, CSV <= 2x, peak RSS <= 300 MiB. Exit status 0 when all are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import cast

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data" / "import"
HEADER = ["id", "email", "name", "amount", "joined", "rate", "city", "phone", "plan", "score", "note", "code"]
FORMATS = {"id": "00000", "amount": "#,##0.00", "joined": "yyyy-mm-dd", "rate": "0.0%", "phone": "000-0000-0000",
           "score": "0.00", "code": "@"}  # fmt: skip
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["민준", "서연", "지훈", "수아", "우진", "하은", "현우", "지민"]
CITIES = ["서울시 강남구", "부산시 해운대구", "Jakarta", "Seoul", "대구시 중구"]
TARGETS = {"xlsx": 1.5, "csv": 2.0}
KINDS = ("bare", "ours", "ours first")
RSS_TARGET_MIB = 300

READ = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
kind, path = sys.argv[1], Path(sys.argv[2])
if kind in ("ours", "ours first"):
    from mailmerge.sheets.contacts import read_contacts
    if kind == "ours":  # what read_contacts imports when it first reads such a file: imports are not timed
        import numpy, python_calamine
        if path.suffix == ".csv":
            import pandas
    read = lambda: read_contacts(path)
elif path.suffix == ".xlsx":
    import pandas
    read = lambda: pandas.read_excel(path, engine="calamine")
else:
    import pandas
    encoding = "cp949" if "cp949" in path.name else "utf-8"
    read = lambda: pandas.read_csv(path, encoding=encoding)
started = time.perf_counter()
result = read()
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "rows": len(result),
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def generate(rows: int) -> dict[str, Path]:
    DATA.mkdir(parents=True, exist_ok=True)
    paths = {"xlsx": DATA / f"members-{rows}.xlsx", "csv utf-8": DATA / f"members-{rows}-utf8.csv",
             "csv cp949": DATA / f"members-{rows}-cp949.csv"}  # fmt: skip
    if all(p.exists() for p in paths.values()):
        return paths
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    pick = random.Random(12)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Members")
    sheet.append(HEADER)
    lines = [",".join(HEADER)]
    start = date(2020, 1, 1)
    for i in range(rows):
        amount = pick.randint(100, 9_999_999) / 100
        joined = start + timedelta(days=pick.randint(0, 1800))
        rate = pick.randint(0, 1000) / 1000
        phone = 1000000000 + pick.randint(0, 99999999)
        score = pick.random() * 100
        values = [i, f"member{i}@example.com", pick.choice(SURNAMES) + pick.choice(GIVEN), amount, joined, rate,
                  pick.choice(CITIES), phone, ("basic", "plus", "pro")[i % 3], score, f"note {i % 97}",
                  f"{i % 1000:04d}"]  # fmt: skip
        cells = []
        for name, value in zip(HEADER, values, strict=True):
            cell = WriteOnlyCell(sheet, value=value)
            if name in FORMATS:
                cell.number_format = FORMATS[name]
            cells.append(cell)
        sheet.append(cells)
        shown = [f"{i:05d}", values[1], values[2], f'"{amount:,.2f}"', joined.isoformat(), f"{rate * 100:.1f}%",
                 values[6], f"0{str(phone)[:2]}-{str(phone)[2:6]}-{str(phone)[6:]}", values[8], f"{score:.2f}",
                 values[10], values[11]]  # fmt: skip
        lines.append(",".join(shown))
    workbook.save(paths["xlsx"])
    text = "\r\n".join(lines) + "\r\n"
    paths["csv utf-8"].write_text(text, encoding="utf-8", newline="")
    paths["csv cp949"].write_bytes(text.encode("cp949"))
    return paths


def run(kind: str, path: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", READ.format(repo=str(REPO)), kind, str(path)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    return cast("dict[str, float]", json.loads(result.stdout))


def measure(path: Path, repeat: int) -> dict[str, dict[str, float]]:
    """The fastest of `repeat` runs per reader; the readers take turns, so a busy moment slows all of them."""
    best: dict[str, dict[str, float]] = {}
    for _ in range(repeat):
        for kind in KINDS:
            got = run(kind, path)
            if kind not in best or got["seconds"] < best[kind]["seconds"]:
                best[kind] = got
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = generate(args.rows)
    ok = True
    print(f"{'file':<10} {'bare pandas':>12} {'ours':>8} {'ratio':>7} {'target':>7} {'ours peak RSS':>14} "
          f"{'ours, first read':>17}")  # fmt: skip
    for label, path in paths.items():
        best = measure(path, args.repeat)
        bare, ours, first = best["bare"], best["ours"], best["ours first"]
        assert ours["rows"] == args.rows, f"ours read {ours['rows']} rows of {args.rows}"
        ratio = ours["seconds"] / bare["seconds"]
        target = TARGETS[label.split()[0]]
        met = ratio <= target and ours["rss_mib"] <= RSS_TARGET_MIB
        ok = ok and met
        print(f"{label:<10} {bare['seconds']:>11.2f}s {ours['seconds']:>7.2f}s {ratio:>6.2f}x {target:>6.1f}x "
              f"{ours['rss_mib']:>10.0f} MiB {first['seconds']:>16.2f}s{'' if met else '  MISSED'}")
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
