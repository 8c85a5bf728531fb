"""Imports within bounds: hostile exports are refused in one line and change nothing.

Every case runs the real import (``workbench.cli.main`` on a real workspace, or the core
function with raised limits); the archives are generated here. One zip bomb runs in a
subprocess whose peak resident size is measured.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from connectors.archive_io import ImportLimits, LimitExceeded, open_export
from tests.test_archives import (
    GROUP,
    facebook_files,
    linkedin_files,
    mojibake,
    write_folder,
    write_zip,
)
from workbench.cli import main
from workbench.core.imports.archives import import_export_file
from workbench.core.workspace import Workspace
from workbench.db.models import Account, Community, Item

POSTS = "your_facebook_activity/groups/your_posts_in_groups.json"
COMMENTS = "your_facebook_activity/groups/your_comments_in_groups.json"
MiB = 1024 * 1024


def counts(data_dir: Path) -> tuple[int, int, int]:
    ws = Workspace.open(data_dir)
    try:
        with ws.store.session() as session:
            return (
                session.scalar(select(func.count()).select_from(Item)) or 0,
                session.scalar(select(func.count()).select_from(Community)) or 0,
                session.scalar(select(func.count()).select_from(Account)) or 0,
            )
    finally:
        ws.close()


def cli_import(data_dir: Path, kind: str, path: Path, community: str = GROUP) -> int:
    args = ["--data-dir", str(data_dir), "import", kind, str(path), "--community", community]
    return main(args, io.StringIO())


def bomb(path: Path, name: str, head: bytes, size: int, tail: bytes) -> Path:
    """One entry of ``size`` bytes of spaces between head and tail: ~1000:1 compressed."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open(name, "w") as entry,
    ):
        entry.write(head)
        block = b" " * MiB
        for _ in range(size // MiB):
            entry.write(block)
        entry.write(tail)
    return path


def facebook_bomb(path: Path, size: int) -> Path:
    """Valid JSON: whitespace between the entries of a list is legal."""
    entry = json.dumps({"timestamp": 1700000000, "data": [{"post": "x"}], "title": "t"})
    return bomb(path, POSTS, b'{"group_posts_v2": [', size, entry.encode() + b"]}")


def lying_header(path: Path, real: int, claimed: int) -> Path:
    """A bomb whose local header and central directory claim ``claimed`` bytes."""
    facebook_bomb(path, real)
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, data.find(b"PK\x03\x04") + 22, claimed)
    struct.pack_into("<I", data, data.find(b"PK\x01\x02") + 24, claimed)
    path.write_bytes(bytes(data))
    return path


def test_a_zip_bomb_is_refused_in_one_line_and_the_import_stays_small(tmp_path: Path) -> None:
    """Without bounds, this 400 KB zip makes the import read 400 MB and parse it (~1 GB)."""
    path = facebook_bomb(tmp_path / "facebook-bomb.zip", 400 * MiB)
    assert path.stat().st_size < MiB
    data_dir = tmp_path / "workspace"
    # A wrapper process, so that RUSAGE_CHILDREN holds the import's own peak alone.
    wrapper = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    cli = "import sys; from workbench.cli import main; sys.exit(main(sys.argv[1:]))"
    argv = ["--data-dir", str(data_dir), "import", "facebook-archive", str(path)]
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-c", cli, *argv, "--community", GROUP],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=300,
        check=True,
    )
    returncode, peak_kb = (int(n) for n in done.stdout.split())
    assert returncode == 1
    assert peak_kb / 1024 < 300, f"peak resident size {peak_kb / 1024:.0f} MB"
    assert done.stderr.count("\n") == 1, done.stderr
    assert "facebook-bomb.zip" in done.stderr
    assert "zip bomb" in done.stderr
    assert counts(data_dir) == (0, 0, 0)


def _traversal(path: Path) -> Path:
    files = facebook_files()
    files["../../" + POSTS] = files.pop(POSTS)
    return write_zip(path, files)


def _truncated(path: Path) -> Path:
    whole = write_zip(path.with_suffix(".whole"), facebook_files(extra_post=True)).read_bytes()
    path.write_bytes(whole[: len(whole) * 2 // 3])
    return path


def _symlink_out(path: Path) -> Path:
    outside = path.parent / "outside.json"
    outside.write_text(json.dumps([{"timestamp": 1, "data": [], "title": "secret"}]))
    folder = write_folder(path, facebook_files())
    (folder / POSTS).unlink()
    (folder / POSTS).symlink_to(outside)
    return folder


def _fifo(path: Path) -> Path:
    folder = write_folder(path, facebook_files())
    (folder / COMMENTS).unlink()
    os.mkfifo(folder / COMMENTS)  # reading it would block the import for ever
    return folder


def _bad_utf8_json(path: Path) -> Path:
    files = {k: v.encode() for k, v in facebook_files().items()}
    files[COMMENTS] = b'{"group_comments_v2": [{"title": "\xff\xfe caf\xe9"}]}'
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def _deep(path: Path) -> Path:
    files = facebook_files()
    files[POSTS] = '{"group_posts_v2": [' + "[" * 100_000 + "]" * 100_000 + "]}"
    return write_zip(path, files)


def _not_a_zip(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" * 100)
    return path


def _empty_zip(path: Path) -> Path:
    zipfile.ZipFile(path, "w").close()
    return path


def _many_then_damaged(path: Path) -> Path:
    """1,200 good posts (several batches are written), then the file breaks off."""
    posts = [
        {"timestamp": 1600000000 + n, "data": [{"post": f"p{n}"}], "title": f"Z posted in {GROUP}."}
        for n in range(1200)
    ]
    files = facebook_files()
    files[POSTS] = json.dumps({"group_posts_v2": posts})[:-40]
    return write_zip(path, files)


FACEBOOK_CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "traversal-names": (_traversal, "points outside the export"),
    "truncated-zip": (_truncated, "not a readable .zip file"),
    "not-a-zip": (_not_a_zip, "not a readable .zip file"),
    "symlink-out": (_symlink_out, "outside the export's folder"),
    "fifo": (_fifo, "is not a regular file"),
    "bad-utf8-json": (_bad_utf8_json, "is damaged"),
    "nested-100000-deep": (_deep, "nested too deeply"),
    "empty-zip": (_empty_zip, "is not a Facebook “Download Your Information” archive"),
    "bomb": (lambda p: facebook_bomb(p, 8 * MiB), "zip bomb"),
    "lying-header": (lambda p: lying_header(p, 64 * MiB, 2 * MiB), "is damaged"),
    "damaged-after-1200-posts": (_many_then_damaged, "is damaged"),
}


@pytest.mark.parametrize("case", FACEBOOK_CASES)
def test_a_hostile_facebook_archive_gets_one_line_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    good = write_zip(tmp_path / "good.zip", facebook_files())
    assert cli_import(data_dir, "facebook-archive", good) == 0
    before = counts(data_dir)
    assert before == (3, 1, 1)
    capsys.readouterr()
    build, message = FACEBOOK_CASES[case]
    path = build(tmp_path / f"{case}.zip")
    assert cli_import(data_dir, "facebook-archive", path) == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: ") and err.count("\n") == 1, err
    assert message in err
    assert "Traceback" not in err and "RecursionError" not in err
    assert counts(data_dir) == before


def _latin1(path: Path) -> Path:
    files = linkedin_files()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            encoding = "latin-1" if name == "messages.csv" else "utf-8"
            archive.writestr(name, content.encode(encoding))
    return path


def _long_row(path: Path) -> Path:
    files = linkedin_files()
    # Quoted fields under csv's field limit, each over short lines: the row grows on and on
    # without a long line or a long field.
    field = '"' + "a\n" * 30_000 + '"'
    files["Comments.csv"] += "2024-03-05 10:00:00,https://x," + ",".join([field] * 150) + "\n"
    return write_zip(path, files)


def _rows_bomb(path: Path) -> Path:
    row = b"2024-03-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:69,Hi\n"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("Comments.csv", "w") as entry,
    ):
        entry.write(b"Date,Link,Message\n")
        block = row * (MiB // len(row))
        for _ in range(64):
            entry.write(block)
    return path


LINKEDIN_CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "latin-1-csv": (_latin1, "not UTF-8"),
    "row-over-the-record-limit": (_long_row, "holds a row over"),
    "rows-bomb": (_rows_bomb, "zip bomb"),
    "empty-zip": (_empty_zip, "is not a LinkedIn data export"),
}


@pytest.mark.parametrize("case", LINKEDIN_CASES)
def test_a_hostile_linkedin_export_gets_one_line_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    good = write_zip(tmp_path / "good.zip", linkedin_files())
    assert cli_import(data_dir, "linkedin-export", good, "PM Network") == 0
    before = counts(data_dir)
    capsys.readouterr()
    build, message = LINKEDIN_CASES[case]
    path = build(tmp_path / f"{case}.zip")
    assert cli_import(data_dir, "linkedin-export", path, "PM Network") == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: ") and err.count("\n") == 1, err
    assert message in err
    assert counts(data_dir) == before


@pytest.mark.parametrize(
    "kind, files",
    [
        ("linkedin-export", {"Shares.csv": "Date,ShareLink,ShareCommentary\n"}),
        ("facebook-archive", {POSTS: '{"group_posts_v2": []}'}),
        ("facebook-archive", {POSTS: '{"group_posts_v2": [{"title": "no time"}]}'}),
    ],
    ids=["linkedin-headers-only", "facebook-empty-list", "facebook-only-unreadable"],
)
def test_an_empty_export_leaves_no_account_or_community(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    files: dict[str, str],
) -> None:
    path = write_zip(tmp_path / "empty.zip", files)
    assert cli_import(data_dir, kind, path) == 1
    err = capsys.readouterr().err
    assert "empty.zip holds nothing to import into" in err and err.count("\n") == 1, err
    assert counts(data_dir) == (0, 0, 0)


def test_a_failed_import_leaves_no_account_or_community(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Batches were already written in the transaction when the file turned out damaged."""
    path = _many_then_damaged(tmp_path / "broken.zip")
    assert cli_import(data_dir, "facebook-archive", path) == 1
    assert "broken.zip is damaged" in capsys.readouterr().err
    assert counts(data_dir) == (0, 0, 0)


def test_the_limits_can_be_raised(workspace: Workspace, tmp_path: Path) -> None:
    """The core's limits reach the reader: a tight limit refuses, the defaults accept."""
    path = write_zip(tmp_path / "li.zip", linkedin_files())
    tight = ImportLimits(max_entry_bytes=200)
    with pytest.raises(LimitExceeded, match="over 200 bytes, the limit for one file"):
        import_export_file(
            workspace.store, workspace.accounts, "linkedin-export", path, "PM", limits=tight
        )
    assert workspace.accounts.all() == []
    summary = import_export_file(workspace.store, workspace.accounts, "linkedin-export", path, "PM")
    assert summary.counts.new == 5


def test_the_real_bytes_count_not_the_declared_size(workspace: Workspace, tmp_path: Path) -> None:
    """A folder's file can be bigger than its size was when checked; the stream counts."""
    folder = write_folder(tmp_path / "export", facebook_files())
    limits = ImportLimits(max_total_bytes=2000)
    # The declared check passes (the files are small), then the posts file grows.
    posts = folder / POSTS
    grown = json.loads(posts.read_text())
    grown["group_posts_v2"] *= 40
    with open_export(folder, lambda n: n if n.endswith(".json") else None, limits) as export:
        posts.write_text(json.dumps(grown))
        with pytest.raises(LimitExceeded, match="over 2,000 bytes of data to import"):
            export.open(posts.name).read()


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="max_ratio must be a whole number above 0"):
        ImportLimits(max_ratio=0)


def test_broken_mojibake_is_kept_as_it_is(workspace: Workspace, tmp_path: Path) -> None:
    """Text that is not Facebook's byte-wise escaping (or half of it) is not mangled."""
    files = facebook_files()
    posts = json.loads(files[POSTS])
    posts["group_posts_v2"][0]["data"][0]["post"] = "\u00c3 half an escape, and 日本"
    posts["group_posts_v2"][1]["data"][0]["post"] = mojibake("Grüße") + " \u00e9t\u00e9"
    files[POSTS] = json.dumps(posts)
    summary = import_export_file(
        workspace.store,
        workspace.accounts,
        "facebook-archive",
        write_zip(tmp_path / "fb.zip", files),
        GROUP,
    )
    assert summary.counts.new == 3
    with workspace.store.session() as session:
        texts = set(session.scalars(select(Item.text)))
    assert "\u00c3 half an escape, and 日本" in texts
    assert "Grüße été" not in texts  # mixed text is left alone, not guessed at
    assert mojibake("Grüße") + " été" in texts


def test_many_rows_stream_in_batches(workspace: Workspace, tmp_path: Path) -> None:
    header = linkedin_files()["messages.csv"].splitlines()[0]
    rows = [
        f"c{n // 5},,Member {n},,Zoë Müller,,2024-03-03 11:{n // 60 % 60:02d}:{n % 60:02d} UTC,,"
        f'"Message {n},\nover two lines",INBOX'
        for n in range(1700)
    ]
    path = write_zip(tmp_path / "li.zip", {"messages.csv": "\n".join([header, *rows]) + "\n"})
    summary = import_export_file(workspace.store, workspace.accounts, "linkedin-export", path, "PM")
    assert summary.counts.new == 1700
    with workspace.store.session() as session:
        assert "Message 1699,\nover two lines" in set(session.scalars(select(Item.text)))


def test_media_entries_are_never_read(tmp_path: Path) -> None:
    """Media entries are not read at all: a broken photo does not break the import."""
    path = write_zip(tmp_path / "fb.zip", facebook_files())
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("your_facebook_activity/groups/photos/big.jpg", b"\0" * (8 * MiB))
    # Break the photo's data: a reader that opened it would fail its CRC check.
    data = bytearray(path.read_bytes())
    start = data.find(b"big.jpg") + len(b"big.jpg")  # the local header, then the data
    data[start + 100 : start + 200] = b"\xff" * 100
    path.write_bytes(bytes(data))
    data_dir = tmp_path / "ws"
    assert cli_import(data_dir, "facebook-archive", path) == 0
    assert counts(data_dir) == (3, 1, 1)


def test_the_command_line_raises_the_limits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-ratio lets a genuine but very repetitive export in; a wrong value is refused."""
    path = facebook_bomb(tmp_path / "repetitive.zip", 3 * MiB)  # about 1000:1, and valid
    data_dir = tmp_path / "workspace"
    assert cli_import(data_dir, "facebook-archive", path) == 1
    assert "zip bomb" in capsys.readouterr().err
    assert counts(data_dir) == (0, 0, 0)
    args = ["--data-dir", str(data_dir), "import", "facebook-archive", str(path)]
    assert main([*args, "--community", GROUP, "--max-ratio", "5000"], io.StringIO()) == 0
    assert counts(data_dir)[0] == 1
    with pytest.raises(SystemExit) as refused:
        main([*args, "--community", GROUP, "--max-file-mb", "0"], io.StringIO())
    assert refused.value.code == 2
    assert "whole number of 1 or more" in capsys.readouterr().err
