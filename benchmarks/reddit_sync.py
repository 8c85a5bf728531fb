"""Figures for the Reddit connector: sync 100,000 posts and comments from the fake Reddit.

The fake server runs in a separate process, so the client's process CPU time is the time
spent in our code (connector, praw, requests, the sync engine and SQLite), without the
server's. Prints items, HTTP requests per 1,000 items and client time per 1,000 items.

    .venv/bin/python benchmarks/reddit_sync.py [--items 100000] [--subreddits 2]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import tempfile
import time
import urllib.request
from multiprocessing.connection import Connection
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "workbench.core.accounts.secrets.MemoryKeyring")

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
COMMENTS_PER_POST = 3
DAYS = 30


def serve(items: int, subreddits: int, pipe: Connection) -> None:
    """The child process: fill the fake Reddit, tell the parent its address, wait."""
    from connectors.testing.reddit_server import FakeReddit

    fake = FakeReddit(FIXTURES)
    model = fake.model
    posts = items // (1 + COMMENTS_PER_POST)
    start = time.time() - DAYS * 86400
    step = DAYS * 86400 / items
    moment = start
    made = 0
    for number in range(posts):
        sub = f"bench{number % subreddits}"
        title = f"Question {number}: which version?" if number % 4 == 0 else f"Post {number}"
        moment += step
        post = model.add_post(sub, title, f"Body {number} " * 8, created=moment)
        made += 1
        for reply in range(COMMENTS_PER_POST):
            if made >= items:
                break
            moment += step
            model.add_comment(post, f"Comment {reply} on {number} " * 4, created=moment)
            made += 1
    fake.start()
    pipe.send((fake.url, made, fake.settings()))
    pipe.recv()  # until the parent is done
    fake.stop()


def stats(url: str) -> dict[str, float]:
    with urllib.request.urlopen(f"{url}/_fake/stats", timeout=10) as response:
        data: dict[str, float] = json.loads(response.read())
        return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--subreddits", type=int, default=2)
    args = parser.parse_args()

    from workbench.core.workspace import Workspace

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=serve, args=(args.items, args.subreddits, child))
    server.start()
    try:
        url, made, settings = parent.recv()
        names = ",".join(f"bench{i}" for i in range(args.subreddits))
        with tempfile.TemporaryDirectory() as folder:
            ws = Workspace.open(Path(folder))
            account = ws.accounts.add("reddit", "bench", {**settings, "subreddits": names})
            before = stats(url)
            cpu, wall = time.process_time(), time.perf_counter()
            summary = ws.sync.sync(account.id, force=True)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            after = stats(url)
            count = ws.accounts.get(account.id).item_count
            ws.close()
        requests = int(after["requests"] - before["requests"])
        server_seconds = after["seconds"] - before["seconds"]
        per_k = max(count, 1) / 1000
        print(f"sync status            {summary.status} {summary.message}")
        print(f"items served / stored  {made} / {count}")
        print(f"HTTP requests          {requests}  ({requests / per_k:.2f} per 1,000 items)")
        print(f"wall time              {wall:.1f} s")
        print(f"server handler time    {server_seconds:.1f} s (other process, excluded)")
        print(f"client CPU (our code)  {cpu:.1f} s  ({cpu / per_k * 1000:.0f} ms per 1,000 items)")
    finally:
        parent.send("done")
        server.join(timeout=30)


if __name__ == "__main__":
    main()
