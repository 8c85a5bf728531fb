"""The example RSS plugin, installed the two ways a user installs a plugin, synced end to end
by the real CLI in a subprocess from a local feed server.

1. Into a fresh virtual environment: ``python -m venv`` (without pip), the app and its
   dependencies made visible there by a ``.pth`` file (installing them again would need the
   network), then ``pip --python FRESH install --no-deps examples/rss-connector``; the CLI
   runs on the fresh environment's interpreter, which finds the plugin by its entry point.
2. The package folder copied into ``<workspace>/plugins/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
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


def workbench(data: Path, *args: str, path: list[Path], python: str = sys.executable) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, path))}
    if not path:
        del env["PYTHONPATH"]
    done = subprocess.run(
        [python, "-m", "workbench", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=data.parent,  # not the checkout: only PYTHONPATH decides what is importable
    )
    assert done.returncode == 0, f"workbench {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


def add_sync_export(
    data: Path, feeds: FeedServer, path: list[Path], python: str = sys.executable
) -> list[dict[str, str]]:
    urls = " ".join(feeds.feed_url(p) for p in FEEDS)
    added = workbench(
        data,
        "accounts",
        "add",
        "rss",
        "Fablab feeds",
        "--set",
        f"feed_urls={urls}",
        path=path,
        python=python,
    )
    assert "Added Fablab feeds" in added
    synced = workbench(data, "sync", path=path, python=python)
    assert "Fablab feeds: ok, 7 new" in synced
    exported = workbench(data, "items", "export", path=path, python=python)
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
def test_plugin_pip_installed_in_a_fresh_venv_is_found_by_its_entry_point_and_syncs(
    tmp_path: Path, feeds: FeedServer
) -> None:
    source = tmp_path / "source"  # setuptools writes build files beside the sources
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    fresh = tmp_path / "fresh-venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True, timeout=120
    )
    python = str(fresh / ("Scripts" if os.name == "nt" else "bin") / "python")
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The app and its dependencies, as if installed there too (this interpreter's).
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], str(ROOT)}
    (site / "workbench-under-test.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "-q",
            "--no-deps",
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert (site / "workbench_rss" / "__init__.py").is_file()
    data = tmp_path / "workspace"
    listed = workbench(data, "plugins", path=[], python=python)
    rss = next(line for line in listed.splitlines() if line.startswith("rss\t"))
    assert "package workbench-rss" in rss and "\tloaded" in rss and "version 1.0.0" in rss
    check_items(add_sync_export(data, feeds, [], python))
    # The next sync asks with the validators it kept: every feed answers 304.
    assert "Fablab feeds: ok, 0 new" in workbench(data, "sync", "--force", path=[], python=python)
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
