"""The example RSS plugin, installed the two ways a user installs a plugin, synced end to end
by the real CLI in a subprocess from a local feed server.

1. ``pip install --no-deps --target TMP examples/rss-connector`` (a fresh, empty target: no
   network, nothing else installed there), then ``python -m workbench`` with
   ``PYTHONPATH=TMP:<repo>`` so importlib.metadata finds its entry point.
2. The package folder copied into ``<workspace>/plugins/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "rss-connector"
sys.path.insert(0, str(EXAMPLE / "tests"))

from feed_server import FeedServer  # noqa: E402

FEEDS = ("/discourse-latest.rss", "/reddit-new.rss", "/mastodon.rss", "/youtube.xml")


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def workbench(data: Path, *args: str, path: list[Path]) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, path))}
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=data.parent,  # not the checkout: only PYTHONPATH decides what is importable
    )
    assert done.returncode == 0, f"workbench {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


def add_sync_export(data: Path, feeds: FeedServer, path: list[Path]) -> list[dict[str, str]]:
    urls = " ".join(feeds.feed_url(p) for p in FEEDS)
    added = workbench(
        data, "accounts", "add", "rss", "Fablab feeds", "--set", f"feed_urls={urls}", path=path
    )
    assert "Added Fablab feeds" in added
    synced = workbench(data, "sync", path=path)
    assert "Fablab feeds: ok, 7 new" in synced
    exported = workbench(data, "items", "export", path=path)
    return [json.loads(line) for line in exported.splitlines()]


def check_items(records: list[dict[str, str]]) -> None:
    by_id = {r["external_id"]: r for r in records}
    assert len(by_id) == 7
    assert by_id["forum.example.org-topic-123"]["title"] == (
        "Laser cutter won't home after the firmware update?"
    )
    assert by_id["t3_1h3xk2q"]["community"] == "newest submissions : python"
    assert by_id["yt:video:dQw4w9WgXcQ"]["url"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert {r["platform"] for r in records} == {"rss"}


@pytest.mark.slow
def test_pip_installed_plugin_is_found_by_its_entry_point_and_syncs(
    tmp_path: Path, feeds: FeedServer
) -> None:
    source = tmp_path / "source"  # setuptools writes build files beside the sources
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert (target / "workbench_rss" / "__init__.py").is_file()
    data = tmp_path / "workspace"
    path = [target, ROOT]
    listed = workbench(data, "plugins", path=path)
    rss = next(line for line in listed.splitlines() if line.startswith("rss\t"))
    assert "package workbench-rss" in rss and "\tloaded" in rss and "version 1.0.0" in rss
    check_items(add_sync_export(data, feeds, path))
    # The next sync asks with the validators it kept: every feed answers 304.
    assert "Fablab feeds: ok, 0 new" in workbench(data, "sync", "--force", path=path)
    assert all(r.status == 304 for p in FEEDS for r in feeds.seen(p)[1:])


def test_plugin_dropped_in_the_plugin_folder_is_found_and_syncs(
    tmp_path: Path, feeds: FeedServer
) -> None:
    data = tmp_path / "workspace"
    shutil.copytree(
        EXAMPLE / "workbench_rss",
        data / "plugins" / "workbench_rss",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    path = [ROOT]  # the example is not importable any other way
    listed = workbench(data, "plugins", path=path)
    rss = next(line for line in listed.splitlines() if line.startswith("rss\t"))
    assert f"folder {data / 'plugins' / 'workbench_rss'}" in rss and "\tloaded" in rss
    check_items(add_sync_export(data, feeds, path))
