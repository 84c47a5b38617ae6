"""Throughput and memory benchmark of `python -m mailmerge send` against postfix's smtp-sink.

Compares three senders delivering the same personalised rows to a fresh smtp-sink each:
  smtp-source        postfix's C load generator (the ceiling of this machine + sink)
  awdeorio           the `mailmerge` package from PyPI (one SMTP connection per message, sequential)
  ours               `python -m mailmerge send ... --connections K --journal <tmp> --yes`
and `ours --dry-run` (build every message, send nothing) to show how much of our time is building.
Wall-clock time includes process start-up, as a user would see it. The sink's own message counter
checks that every message really arrived.

    .venv/bin/python bench/send_throughput.py                   # 2,000 rows, 8 connections
    .venv/bin/python bench/send_throughput.py --rows 5000 --connections 4
    .venv/bin/python bench/send_throughput.py --rss-rows 100000 # peak RSS of ours for 100k rows

Exit status: 0 targets met, 1 a target missed, 2 a tool failed or delivered too few messages.
Only the standard library is used, so any Python 3.11 runs it; the project's venv runs `ours`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import itertools
import os
import pstats
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
AWDEORIO_VENV = BENCH_DIR / ".venv-awdeorio"
OUR_PYTHON = REPO_DIR / ".venv" / "bin" / "python"
SMTP_SINK = Path("/usr/sbin/smtp-sink")
SMTP_SOURCE = Path("/usr/sbin/smtp-source")

TARGET_VS_AWDEORIO = 6.0
TARGET_VS_SMTP_SOURCE = 0.25
TARGET_PEAK_RSS_MIB = 400.0
SENDER = "office@example.com"

# A mix of scripts so header encoding (RFC 2047) and UTF-8 bodies are part of the measured work.
# Korean and Chinese names are family name first, without a space.
NAME_PARTS = (
    (("Alice", "Bob", "Carmen", "Fatima", "George", "Julia"), ("Smith", "Garcia", "Müller", "O'Brien"), " "),
    (("Dewi", "Eko", "Budi", "Sari"), ("Santoso", "Wijaya", "Hartono"), " "),
    (("김", "이", "박", "최"), ("민준", "서연", "지호", "하은"), ""),
    (("王", "李", "张", "刘"), ("伟", "娜", "芳", "强"), ""),
)
COMPANIES = ("Acme Ltd", "Globex", "Initech", "PT Sinar Jaya", "주식회사 한빛", "北京星辰科技", "Umbrella & Co.")

# The same message for both tools: Markdown body rendered to text + HTML (multipart/alternative).
BODY = """Dear {{ name }},

Thank you for working with **{{ company }}** this year.
Your balance is **{{ amount }} USD**; the invoice is attached to your account page.

- Pay by bank transfer within 30 days
- Questions? Just reply to this message

Kind regards,
The Office
"""
OUR_TEMPLATE = f"From: Office <{SENDER}>\nTo: {{{{ name }}}} <{{{{ email }}}}>\n" \
               f"Subject: Your {{{{ company }}}} statement\n\n{BODY}"
AWDEORIO_TEMPLATE = f"TO: {{{{ name }}}} <{{{{ email }}}}>\nSUBJECT: Your {{{{ company }}}} statement\n" \
                    f"FROM: Office <{SENDER}>\nMIME-Version: 1.0\nCONTENT-TYPE: text/markdown\n\n{BODY}"


@dataclass(frozen=True)
class Dataset:
    contacts: Path
    our_template: Path
    awdeorio_template: Path


@dataclass(frozen=True)
class Measurement:
    tool: str
    seconds: float
    messages: int  # sent, or built for a dry run
    peak_rss_kib: int

    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


CommandForPort = Callable[[int], list[str]]  # a tool's command line, given the port of its sink


class BenchError(Exception):
    """A tool could not be prepared or did not do its job; the message says which and what to do."""


# --- preparing the tools -------------------------------------------------------------------------

def ensure_postfix_tools() -> None:
    """smtp-sink/smtp-source come with postfix; install it if missing (never start the postfix daemon)."""
    if SMTP_SINK.exists() and SMTP_SOURCE.exists():
        return
    if os.geteuid() != 0:
        raise BenchError(f"{SMTP_SINK} is missing: run `sudo apt-get install postfix` (the daemon is not needed).")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt = ["apt-get", "-o", "DPkg::Lock::Timeout=600"]
    subprocess.run([*apt, "update"], check=True, env=env)
    subprocess.run([*apt, "install", "-y", "postfix"], check=True, env=env)


def ensure_awdeorio() -> Path:
    """A private venv with awdeorio's `mailmerge` from PyPI, so it never mixes with the project's packages."""
    executable = AWDEORIO_VENV / "bin" / "mailmerge"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(AWDEORIO_VENV)], check=True)
        subprocess.run([str(AWDEORIO_VENV / "bin" / "pip"), "install", "--quiet", "mailmerge"], check=True)
    return executable


# --- data ----------------------------------------------------------------------------------------

def write_dataset(rows: int) -> Dataset:
    """Deterministic rows (same seed, same file) so runs on different days compare."""
    folder = DATA_DIR / f"rows-{rows}"
    folder.mkdir(parents=True, exist_ok=True)
    contacts = folder / "contacts.csv"
    if not contacts.exists():
        rng = random.Random(rows)
        with contacts.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["email", "name", "company", "amount"])
            for i in range(1, rows + 1):
                first, second, separator = rng.choice(NAME_PARTS)
                name = f"{rng.choice(first)}{separator}{rng.choice(second)}"
                amount = f"{rng.randint(10, 99_999)}.{rng.randint(0, 99):02d}"
                writer.writerow([f"person{i}@example.com", name, rng.choice(COMPANIES), amount])
    our_template = folder / "template.md"
    our_template.write_text(OUR_TEMPLATE, encoding="utf-8")
    awdeorio_template = folder / "awdeorio_template.txt"
    awdeorio_template.write_text(AWDEORIO_TEMPLATE, encoding="utf-8")
    return Dataset(contacts, our_template, awdeorio_template)


def write_awdeorio_config(folder: Path, port: int) -> Path:
    # ratelimit = 0: awdeorio otherwise waits between messages, which would measure its sleep, not its work.
    config = folder / "mailmerge_server.conf"
    config.write_text(f"[smtp_server]\nhost = 127.0.0.1\nport = {port}\nsecurity = Never\nratelimit = 0\n")
    return config


def our_message_size(data: Dataset) -> int:
    """Bytes of our rendered row 1; smtp-source sends a payload of this size so the three compare."""
    with tempfile.TemporaryDirectory() as tmp:
        eml = Path(tmp) / "row1.eml"
        preview = subprocess.run([str(OUR_PYTHON), "-m", "mailmerge", "preview", str(data.contacts),
                                  str(data.our_template), "--row", "1", "--out", str(eml)],
                                 cwd=REPO_DIR, capture_output=True, text=True)
        if preview.returncode != 0:
            raise BenchError(f"`mailmerge preview` of row 1 failed ({preview.returncode}):\n{preview.stderr}")
        return eml.stat().st_size


# --- running -------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def smtp_sink(counter_file: Path) -> Iterator[int]:
    """A fresh smtp-sink per tool; -c makes it print `mesg=N` counters we read back afterwards."""
    port = free_port()
    with counter_file.open("wb") as out:
        proc = subprocess.Popen([str(SMTP_SINK), "-c", "-u", getpass.getuser(), f"127.0.0.1:{port}", "1000"],
                                stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_until_listening(port, proc)
            yield port
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def wait_until_listening(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise BenchError(f"smtp-sink exited at start (status {proc.returncode}); try running it by hand.")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.02)
    raise BenchError(f"smtp-sink did not listen on port {port} within 4 s.")


def delivered_count(counter_file: Path) -> int:
    """Last `mesg=N` smtp-sink printed (its counters are rewritten in place with carriage returns)."""
    for field in reversed(counter_file.read_text(errors="replace").replace("\r", " ").split()):
        if field.startswith("mesg="):
            return int(field.removeprefix("mesg="))
    return 0


def run_measured(argv: Sequence[str], *, cwd: Path) -> tuple[float, int]:
    """Wall-clock seconds and this child's own peak RSS (KiB): wait4 reports it per child, unlike getrusage."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            stderr.seek(0)
            tail = stderr.read()[-2000:].decode(errors="replace")
            raise BenchError(f"{Path(argv[0]).name} {' '.join(argv[1:3])}... exited {proc.returncode}:\n{tail}")
    return seconds, usage.ru_maxrss


def compile_ours() -> None:
    """Compile our modules' bytecode once, as installing a package does (pip compiles what it installs, so
    awdeorio's is compiled). An editable checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every
    module again at every start: ~30 ms that no installed copy pays."""
    subprocess.run([str(OUR_PYTHON), "-m", "compileall", "-q", "mailmerge"], cwd=REPO_DIR, check=True)


def best_of(repeat: int, tool: str, command: CommandForPort, *, rows: int, sends: bool = True) -> Measurement:
    """The fastest of `repeat` runs: this machine is shared, and a slow run measures the neighbours."""
    runs = [measure(tool, command, rows=rows, sends=sends) for _ in range(repeat)]
    return min(runs, key=lambda run: run.seconds)


def measure(tool: str, command: CommandForPort, *, rows: int, sends: bool = True) -> Measurement:
    """Run one tool against its own sink; the sink's counter must show every row sent (or none for a dry run)."""
    with tempfile.TemporaryDirectory(prefix="bench-sink-") as tmp:
        counters = Path(tmp) / "counters.txt"
        with smtp_sink(counters) as port:
            # From the repo root, `python -m mailmerge` imports this checkout, whatever the venv has installed.
            seconds, rss = run_measured(command(port), cwd=REPO_DIR)
        delivered = delivered_count(counters)
    expected = rows if sends else 0
    if delivered != expected:
        raise BenchError(f"{tool}: the sink received {delivered} messages, expected {expected}.")
    return Measurement(tool, seconds, rows, rss)


def smtp_source_command(rows: int, sessions: int, size: int) -> CommandForPort:
    # No -d: a session per message, as smtp-source is normally run; -l is the payload without headers.
    return lambda port: [str(SMTP_SOURCE), "-s", str(sessions), "-m", str(rows), "-l", str(size),
                         "-f", SENDER, "-t", "person@example.com", f"127.0.0.1:{port}"]


def awdeorio_command(executable: Path, data: Dataset, work: Path) -> CommandForPort:
    def command(port: int) -> list[str]:
        config = write_awdeorio_config(work, port)
        return [str(executable), "--no-dry-run", "--no-limit", "--output-format", "raw",
                "--template", str(data.awdeorio_template), "--database", str(data.contacts), "--config", str(config)]
    return command


def ours_command(data: Dataset, connections: int, journal: Path, *extra: str) -> CommandForPort:
    return lambda port: [str(OUR_PYTHON), "-m", "mailmerge", "send", str(data.contacts), str(data.our_template),
                         "--server", f"smtp://127.0.0.1:{port}", "--security", "none",
                         "--connections", str(connections), "--yes", "--journal", str(journal), *extra]


def profiled(command: CommandForPort, profile: Path) -> CommandForPort:
    """The same python command run under cProfile (the engine is one asyncio thread, so cProfile sees it all)."""
    def run(port: int) -> list[str]:
        python, *rest = command(port)
        return [python, "-m", "cProfile", "-o", str(profile), *rest]
    return run


# --- reporting -----------------------------------------------------------------------------------

def print_table(results: Sequence[Measurement]) -> None:
    print(f"{'tool':<16}{'messages':>9}{'seconds':>9}{'msg/s':>9}{'peak RSS MiB':>14}")
    for m in results:
        print(f"{m.tool:<16}{m.messages:>9}{m.seconds:>9.2f}{m.rate():>9.0f}{m.peak_rss_kib / 1024:>14.1f}")


def verdict(label: str, value: float, target: float, *, higher_is_better: bool = True) -> bool:
    met = value >= target if higher_is_better else value <= target
    relation = "≥" if higher_is_better else "≤"
    print(f"{label}: {value:.2f} (target {relation} {target:g}) {'OK' if met else 'MISSED'}")
    return met


def print_profile(profile: Path, top: int = 25) -> None:
    """Own time per source file, then per function, as % of the whole run, heaviest first."""
    stats = pstats.Stats(str(profile))
    total: float = stats.total_tt  # type: ignore[attr-defined]  # typeshed lacks what pstats sets at load
    entries: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    by_file: dict[str, float] = {}
    for (file, _, _), (_, _, own, _, _) in entries.items():
        by_file[short_path(file)] = by_file.get(short_path(file), 0.0) + own
    print(f"\nprofile of ours ({total:.2f} s under cProfile; full data: {profile})")
    print(f"{'own %':>7}  file")
    for file, own in sorted(by_file.items(), key=lambda item: item[1], reverse=True)[:top]:
        print(f"{100 * own / total:>7.1f}  {file}")
    print(f"\n{'own %':>7}{'cum %':>7}{'calls':>10}  file:line(function)")
    heaviest = sorted(entries.items(), key=lambda entry: entry[1][2], reverse=True)[:top]
    for (file, line, func), (_, calls, own, cum, _) in heaviest:
        print(f"{100 * own / total:>7.1f}{100 * cum / total:>7.1f}{calls:>10}  {short_path(file)}:{line}({func})")


def short_path(file: str) -> str:
    """`aiosmtplib/protocol.py` rather than a whole site-packages path."""
    if file == "~":  # cProfile's name for C functions (socket I/O, select, compiled regexes, ...)
        return "(built-in C functions)"
    parts = Path(file).parts
    return "/".join(parts[-2:]) if len(parts) > 1 else file


def throughput(rows: int, connections: int, repeat: int, profile: Path | None) -> bool:
    ensure_postfix_tools()
    awdeorio = ensure_awdeorio()
    compile_ours()
    data = write_dataset(rows)
    size = our_message_size(data)
    print(f"{rows} rows, {connections} connections, our message for row 1: {size} bytes, best of {repeat} runs")
    with tempfile.TemporaryDirectory(prefix="bench-send-") as tmp:
        work = Path(tmp)
        journals = itertools.count()

        def ours(*extra: str) -> CommandForPort:  # a fresh journal for every run
            return lambda port: ours_command(data, connections, work / f"{next(journals)}.sqlite", *extra)(port)

        source = best_of(repeat, "smtp-source", smtp_source_command(rows, connections, size), rows=rows)
        awd = best_of(repeat, "awdeorio", awdeorio_command(awdeorio, data, work), rows=rows)
        our_run = best_of(repeat, "ours", ours(), rows=rows)
        dry = best_of(repeat, "ours --dry-run", ours("--dry-run"), rows=rows, sends=False)
        if profile:
            profiled_ours = profiled(ours_command(data, connections, work / "prof.journal.sqlite"), profile)
            measure("ours (profiled)", profiled_ours, rows=rows)
    print_table([source, awd, our_run, dry])
    print("(ours --dry-run builds every message and sends none: start-up + check + building)")
    vs_awdeorio = verdict("ours / awdeorio", our_run.rate() / awd.rate(), TARGET_VS_AWDEORIO)
    vs_source = verdict("ours / smtp-source", our_run.rate() / source.rate(), TARGET_VS_SMTP_SOURCE)
    if profile:
        print_profile(profile)
    return vs_awdeorio and vs_source


def peak_rss(rows: int, connections: int) -> bool:
    ensure_postfix_tools()
    compile_ours()
    data = write_dataset(rows)
    with tempfile.TemporaryDirectory(prefix="bench-rss-") as tmp:
        work = Path(tmp)
        ours = measure("ours", ours_command(data, connections, work / "run.journal.sqlite"), rows=rows)
    print_table([ours])
    return verdict("ours peak RSS MiB", ours.peak_rss_kib / 1024, TARGET_PEAK_RSS_MIB, higher_is_better=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2000, help="rows to send in the comparison (default 2000)")
    parser.add_argument("--connections", type=int, default=8, help="our connections = smtp-source sessions")
    parser.add_argument("--rss-rows", type=int, help="instead: send this many rows with ours and report peak RSS")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tool; the fastest counts (default 3)")
    parser.add_argument("--profile", type=Path, help="also run ours under cProfile, save to this .prof, print top")
    args = parser.parse_args(argv)
    try:
        if args.rss_rows:
            met = peak_rss(args.rss_rows, args.connections)
        else:
            met = throughput(args.rows, args.connections, max(1, args.repeat), args.profile)
    except (BenchError, subprocess.CalledProcessError) as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
