"""Peak memory of `workbench import` on hostile and on big genuine exports.

    nice -n 10 python benchmarks/import_memory.py [--only NAME ...] [--long]

Builds the archives in a temporary folder (a few seconds; ~10 MB of disk, more with --long),
then runs each import in its own subprocess on a fresh workspace, through the real CLI
(``workbench.cli.main``) or, for raised limits, through ``import_export_file``. A wrapper
process runs the import and reports ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the
peak resident size of that import alone. Each import runs under an address-space cap
(``--cap-mb``, default 3072) so that a version without bounds fails with MemoryError
instead of taking the machine down (``--code DIR`` runs another checkout's code, e.g. the
main one, to compare). The budget is 300 MB resident whatever the file.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BUDGET_MB = 300
ROOT = Path(__file__).resolve().parents[1]
POSTS = "your_facebook_activity/groups/your_posts_in_groups.json"
COMMENTS = "your_facebook_activity/groups/your_comments_in_groups.json"
GROUP = "Acme Cloud Help Desk"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)

# Runs the command in argv[1:], then prints what it returned and its peak resident size.
WRAPPER = """
import json, resource, subprocess, sys
cap = int(sys.argv[1]) * 1024 * 1024
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
done = subprocess.run(sys.argv[2:], capture_output=True, text=True, preexec_fn=limit)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux
print(json.dumps({"rc": done.returncode, "out": done.stdout, "err": done.stderr,
                  "peak_kb": peak_kb}))
"""
CLI = "import sys; from workbench.cli import main; sys.exit(main(sys.argv[1:]))"
RAISED = """
import json, sys
from pathlib import Path
from connectors.api import BadData
from connectors.archive_io import ImportLimits
from workbench.core.imports.archives import import_export_file
from workbench.core.workspace import Workspace
data_dir, kind, path, community, limits = sys.argv[1:]
ws = Workspace.open(Path(data_dir))
try:
    summary = import_export_file(ws.store, ws.accounts, kind, Path(path), community,
                                 limits=ImportLimits(**json.loads(limits)))
    print(summary.describe())
except BadData as error:
    print(error, file=sys.stderr)
    sys.exit(1)
finally:
    ws.close()
"""


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _stream_entry(
    path: Path, name: str, head: bytes, filler: bytes, size: int, tail: bytes
) -> None:
    """A zip with one entry of about ``size`` bytes: head, filler repeated, tail."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(name, "w", force_zip64=size >= 2**31) as entry,
    ):
        entry.write(head)
        block = filler * (4 * 1024 * 1024 // len(filler))
        for _ in range(size // len(block)):
            entry.write(block)
        entry.write(tail)


def facebook_bomb(path: Path, size: int) -> None:
    """Valid JSON: whitespace inside the list is legal, and deflate packs it ~1000:1."""
    entry = json.dumps({"timestamp": 1700000000, "data": [{"post": "hi"}], "title": "x"})
    _stream_entry(path, POSTS, b'{"group_posts_v2": [', b" ", size, entry.encode() + b"]}")


def facebook_lying_header(path: Path, size: int, claimed: int = 10 * 1024 * 1024) -> None:
    """A bomb whose headers claim the entry is only ``claimed`` bytes (ratio ~10)."""
    facebook_bomb(path, size)
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, claimed)  # uncompressed size, local header
    struct.pack_into("<I", data, central + 24, claimed)  # and in the central directory
    path.write_bytes(bytes(data))


def facebook_deep(path: Path, depth: int = 100_000) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(POSTS, '{"group_posts_v2": [' + "[" * depth + "]" * depth + "]}")


def linkedin_rows(path: Path, size: int) -> None:
    """messages.csv of ``size`` bytes of real-looking rows (the same row, so it packs well)."""
    row = (
        "2-abc==,,Sam Lee,https://www.linkedin.com/in/samlee,Zoë Müller,"
        "https://www.linkedin.com/in/zoe,2024-03-03 11:00:00 UTC,,Is the group open to "
        "newcomers? We'd love to join the next meetup.,INBOX\n"
    ).encode()
    _stream_entry(path, "messages.csv", MESSAGES_HEADER.encode(), row, size, b"")


def linkedin_genuine(path: Path, messages: int) -> None:
    """An export of ``messages`` distinct messages (a very busy member's), plus the rest."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nZoë,Müller,CM\n")
        with archive.open("messages.csv", "w") as entry:
            entry.write(MESSAGES_HEADER.encode())
            for n in range(messages):
                line = (
                    f"2-conv{n // 7}==,,Member {n % 997},https://www.linkedin.com/in/m{n % 997},"
                    f"Zoë Müller,https://www.linkedin.com/in/zoe,"
                    f"2024-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:{n % 59:02d}"
                    f' UTC,,"Message {n}: thanks for the invite, see you at meetup #{n % 50}",'
                    "INBOX\n"
                )
                entry.write(line.encode())
        archive.writestr("Shares.csv", "Date,ShareLink,ShareCommentary\n")
        archive.writestr("Rich_Media.csv", "x" * 1000)  # files we do not read


def facebook_genuine(path: Path, posts: int) -> None:
    """A DYI archive with ``posts`` posts and as many comments, plus media we never read."""
    title = mojibake(f"Zoë Müller posted in {GROUP}.")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, key, make in (
            (
                POSTS,
                "group_posts_v2",
                lambda n: {
                    "timestamp": 1600000000 + n * 60,
                    "data": [{"post": mojibake(f"Café question #{n}: backups fail? 🎉")}],
                    "title": title,
                },
            ),
            (
                COMMENTS,
                "group_comments_v2",
                lambda n: {
                    "timestamp": 1600000030 + n * 60,
                    "data": [
                        {
                            "comment": {
                                "timestamp": 1600000030 + n * 60,
                                "comment": mojibake(f"Ça marche #{n}, à vendredi !"),
                                "author": mojibake("Zoë Müller"),
                                "group": GROUP,
                            }
                        }
                    ],
                    "title": title,
                },
            ),
        ):
            with archive.open(name, "w") as entry:
                entry.write(f'{{"{key}": [\n'.encode())
                for n in range(posts):
                    sep = ",\n" if n < posts - 1 else "\n"
                    entry.write(("  " + json.dumps(make(n)) + sep).encode())
                entry.write(b"]}\n")
        # Media: stored, never read by the importer (a real export has gigabytes of it).
        archive.writestr("your_facebook_activity/groups/photos/IMG_1.jpg", os.urandom(2**20))


@dataclass
class Case:
    name: str
    kind: str  # facebook-archive or linkedin-export
    build: Callable[[Path], None]
    community: str = GROUP
    limits: dict[str, int] | None = None  # raised limits (through import_export_file)
    long: bool = False


GiB = 1024**3
CASES = [
    Case("facebook-bomb-1mb", "facebook-archive", lambda p: facebook_bomb(p, GiB)),
    Case("facebook-bomb-4mb", "facebook-archive", lambda p: facebook_bomb(p, 4 * GiB)),
    Case("facebook-lying-header", "facebook-archive", lambda p: facebook_lying_header(p, GiB)),
    Case("facebook-deep-json", "facebook-archive", facebook_deep),
    Case("linkedin-1gib-rows", "linkedin-export", lambda p: linkedin_rows(p, GiB), "PM Network"),
    Case(
        "linkedin-256mib-rows-raised",
        "linkedin-export",
        lambda p: linkedin_rows(p, GiB // 4),
        "PM Network",
        {"max_ratio": 1000},
    ),
    Case(
        "linkedin-1gib-rows-raised",
        "linkedin-export",
        lambda p: linkedin_rows(p, GiB),
        "PM Network",
        {"max_ratio": 1000, "max_entry_bytes": 2 * GiB},
        long=True,
    ),
    Case(
        "linkedin-genuine-200k",
        "linkedin-export",
        lambda p: linkedin_genuine(p, 200_000),
        "PM Network",
    ),
    Case("facebook-genuine-2x100k", "facebook-archive", lambda p: facebook_genuine(p, 100_000)),
]


def _rows(data_dir: Path) -> tuple[int, int, int]:
    database = data_dir / "workbench.sqlite3"
    if not database.exists():
        return (0, 0, 0)
    with sqlite3.connect(database) as db:
        return tuple(  # type: ignore[return-value]
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("items", "communities", "accounts")
        )


def run(case: Case, path: Path, data_dir: Path, code: Path, cap_mb: int) -> dict[str, object]:
    if case.limits is None:
        command = [CLI, "--data-dir", str(data_dir), "import", case.kind, str(path)]
        command += ["--community", case.community]
    else:
        command = [RAISED, str(data_dir), case.kind, str(path), case.community]
        command.append(json.dumps(case.limits))
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.setdefault("PYTHON_KEYRING_BACKEND", "workbench.core.accounts.secrets.MemoryKeyring")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(cap_mb), sys.executable, "-c", *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=code,  # `python -c` puts the current folder first on sys.path
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    result["seconds"] = time.perf_counter() - started
    result["rows"] = _rows(data_dir)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    parser.add_argument("--long", action="store_true", help="also the slow 1 GiB raised case")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code to run")
    parser.add_argument("--cap-mb", type=int, default=3072, help="address-space cap per import")
    args = parser.parse_args()
    cases = [
        c
        for c in CASES
        if (not args.only or c.name in args.only) and (args.long or not c.long or args.only)
    ]
    print(f"code: {args.code}; budget {BUDGET_MB} MB resident; cap {args.cap_mb} MB address space")
    print(f"{'case':30} {'zip':>9} {'peak RSS':>9} {'time':>7}  rc  items/comm/acct  outcome")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="wb-import-mem-") as tmp:
        for case in cases:
            path = Path(tmp) / f"{case.name}.zip"
            case.build(path)
            data_dir = Path(tmp) / f"ws-{case.name}"
            result = run(case, path, data_dir, args.code, args.cap_mb)
            peak = int(result["peak_kb"]) / 1024  # type: ignore[call-overload]
            text = str(result["out"] or result["err"]).strip().splitlines()
            outcome = text[-1] if text else ""
            rows = "/".join(str(n) for n in result["rows"])  # type: ignore[attr-defined]
            over = peak >= BUDGET_MB
            failed += over
            print(
                f"{case.name:30} {path.stat().st_size / 2**20:7.2f}MB {peak:7.0f}MB "
                f"{float(result['seconds']):6.1f}s {result['rc']:>3}  {rows:>15}  "  # type: ignore[arg-type]
                f"{'OVER BUDGET ' if over else ''}{outcome[:160]}"
            )
            path.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
