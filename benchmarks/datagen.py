"""Generated community data for benchmarks and large-store tests.

``generate_batches`` yields realistic, deterministic connector batches: posts with titles,
comments threaded under them, direct messages, reports and mentions, about 40 words each
drawn from resources/words.txt with a Zipf-like distribution, written by a pool of 50,000
members over the last weeks. Some posts are questions; some comments are the team's own.

``build_store`` makes a whole workspace of that data through the real sync path: it drops a
small plugin into the workspace's plugin folder (so the app itself can open and re-sync the
workspace later), adds an account for it and syncs it with the real SyncEngine.

    python benchmarks/datagen.py DIR --items 1000000 --communities 50

A folder that already holds a store with the same data is reused, not rebuilt.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from connectors.api import (
    FLAG_OWN,
    FLAG_QUESTION,
    Batch,
    Capability,
    CommunityRecord,
    CommunityType,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    FieldKind,
    ItemKind,
    ItemRecord,
    MemberRecord,
    Progress,
    SettingField,
)

ROOT = Path(__file__).resolve().parents[1]
WORDS_FILE = ROOT / "resources" / "words.txt"
PLATFORM = "bench"
CONNECTOR_ID = "bench"
ACCOUNT_NAME = "Benchmark communities"
PLUGIN_FILE = "bench_generated.py"
MEMBERS = 50_000
TEAM = ("cm_alex", "cm_sam", "cm_robin", "cm_kai")
WEEKS = 4
MEAN_WORDS = 40


@lru_cache(maxsize=1)
def vocabulary() -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The words in rank order and their cumulative Zipf weights (rank r weighs 1/(r+2.7))."""
    words: list[str] = []
    seen: set[str] = set()
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for word in line.split():
            if word not in seen:
                seen.add(word)
                words.append(word)
    weights = [1.0 / (rank + 2.7) for rank in range(len(words))]
    return tuple(words), tuple(itertools.accumulate(weights))


@lru_cache(maxsize=1)
def members() -> tuple[MemberRecord, ...]:
    """The member pool: the same 50,000 people for every seed, plus the team."""
    words, _ = vocabulary()
    rng = random.Random(50_000)
    pool = []
    for number in range(MEMBERS):
        handle = f"{rng.choice(words)}_{rng.choice(words)}{number}"
        pool.append(
            MemberRecord(
                external_id=f"m{number}",
                name=handle,
                platform=PLATFORM,
                display_name=handle.replace("_", " ").title(),
                url=f"https://bench.example/u/{handle}",
            )
        )
    for handle in TEAM:
        pool.append(MemberRecord(f"team-{handle}", handle, PLATFORM, handle, ""))
    return tuple(pool)


def communities(n_communities: int, seed: int) -> list[CommunityRecord]:
    words, _ = vocabulary()
    rng = random.Random(seed)
    types = list(CommunityType)
    result = []
    for number in range(n_communities):
        name = f"{rng.choice(words[200:]).title()} {rng.choice(words[200:]).title()} {number}"
        result.append(
            CommunityRecord(
                external_id=f"g{number}",
                name=name,
                platform=PLATFORM,
                url=f"https://bench.example/g/{number}",
                community_type=types[number % len(types)],
                description=f"A generated {types[number % len(types)].value} community.",
            )
        )
    return result


@dataclass
class _Thread:
    post_id: str
    comment_ids: list[str]


class _Writer:
    """Draws sentences from the vocabulary; one per generator, seeded."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words, self.cumulative = vocabulary()
        self.total = self.cumulative[-1]

    def words_of(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def text(self, count: int) -> str:
        # Sentences of 6 to 16 words, so the text reads like posts, not a word soup.
        out: list[str] = []
        left = count
        while left > 0:
            size = min(left, self.rng.randint(6, 16))
            sentence = self.words_of(size)
            sentence[0] = sentence[0].capitalize()
            out.append(" ".join(sentence) + self.rng.choice(".....!?"))
            left -= size
        return " ".join(out)


def generate_items(
    n_items: int, n_communities: int, seed: int, *, end: int | None = None
) -> Iterator[ItemRecord]:
    """``n_items`` items in time order, the same for the same arguments."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    people = members()
    team = people[MEMBERS:]
    end = int(time.time()) // 3600 * 3600 if end is None else end
    start = end - WEEKS * 7 * 24 * 3600
    span = end - start
    threads: list[list[_Thread]] = [[] for _ in range(n_communities)]
    kinds = (ItemKind.POST, ItemKind.COMMENT, ItemKind.MESSAGE, ItemKind.REPORT, ItemKind.MENTION)
    cumulative_kinds = (15, 90, 94, 97, 100)  # percent: posts, comments, messages, ...
    # Some communities are much busier than others.
    sizes = list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(n_communities)))
    order = list(range(n_communities))
    rng.shuffle(order)
    for index in range(n_items):
        community = order[bisect.bisect_left(sizes, rng.random() * sizes[-1])]
        created = datetime.fromtimestamp(start + span * index // max(n_items, 1), UTC)
        kind = kinds[bisect.bisect_right(cumulative_kinds, rng.randrange(100))]
        recent = threads[community]
        if kind is not ItemKind.POST and not recent:
            kind = ItemKind.POST
        words = max(8, int(rng.gauss(MEAN_WORDS, 12)))
        author = people[rng.randrange(MEMBERS)]
        flags: tuple[str, ...] = ()
        title = ""
        parent_id = thread_id = None
        score = reply_count = None
        community_id = f"g{community}"
        if kind is ItemKind.POST:
            external_id = f"p{index}"
            title = " ".join(writer.words_of(rng.randint(4, 10))).capitalize()
            if rng.random() < 0.3:
                title += "?"
                flags = (FLAG_QUESTION,)
            score, reply_count = rng.randrange(200), rng.randrange(40)
            recent.append(_Thread(external_id, []))
            if len(recent) > 40:  # people answer recent posts
                del recent[0]
        elif kind is ItemKind.COMMENT:
            external_id = f"c{index}"
            thread = recent[int(len(recent) * rng.random() ** 0.5)]  # newer posts get more
            thread_id = thread.post_id
            parent_id = rng.choice(thread.comment_ids) if thread.comment_ids else thread_id
            if rng.random() > 0.5:
                parent_id = thread_id
            thread.comment_ids.append(external_id)
            del thread.comment_ids[:-20]
            score = rng.randrange(50)
            if rng.random() < 0.05:
                author = team[rng.randrange(len(team))]
                flags = (FLAG_OWN,)
        elif kind is ItemKind.MESSAGE:
            external_id = f"d{index}"
            thread_id = f"conversation-{rng.randrange(5000)}"
        elif kind is ItemKind.REPORT:
            external_id = f"r{index}"
            thread = recent[rng.randrange(len(recent))]
            parent_id = thread_id = thread.post_id
            words = min(words, 20)
        else:
            external_id = f"n{index}"
            thread = recent[rng.randrange(len(recent))]
            parent_id = thread_id = thread.post_id
        text = writer.text(words)
        if kind is ItemKind.MENTION:
            text = f"@{team[rng.randrange(len(team))].name} {text}"
        elif kind is ItemKind.REPORT:
            reason = rng.choice(("spam", "harassment", "off-topic", "misinformation", "scam"))
            text = f"Reported for {reason}: {text}"
        yield ItemRecord(
            external_id=external_id,
            kind=kind,
            community_id=community_id,
            created_at=created,
            text=text,
            title=title,
            url=f"https://bench.example/g/{community}/{external_id}",
            author=author,
            parent_id=parent_id,
            thread_id=thread_id,
            score=score,
            reply_count=reply_count,
            flags=flags,
        )


def generate_batches(
    n_items: int,
    n_communities: int = 50,
    seed: int = 1,
    batch_size: int = 5000,
    *,
    end: int | None = None,
) -> Iterator[Batch]:
    """Batches of generated items; the first one carries the communities.

    The cursor after each batch is the number of items delivered so far.
    """
    records = communities(n_communities, seed)
    items = generate_items(n_items, n_communities, seed, end=end)
    done = 0
    first = True
    while True:
        chunk = list(itertools.islice(items, batch_size))
        if not chunk and not first:
            return
        done += len(chunk)
        yield Batch(
            communities=records if first else (),
            items=chunk,
            cursor=str(done),
            progress=Progress(done, n_items, "Generating"),
        )
        first = False
        if done >= n_items:
            return


class BenchConnector(Connector):
    """A connector over generated data, for benchmarks and large-store tests."""

    id = CONNECTOR_ID
    display_name = "Generated benchmark data"
    version = "1.0"
    api_versions = (1,)
    platform = PLATFORM
    capabilities = frozenset({Capability.READ})
    settings_fields = (
        SettingField("items", "Items", FieldKind.INTEGER, default="1000000"),
        SettingField("communities", "Communities", FieldKind.INTEGER, default="50"),
        SettingField("seed", "Seed", FieldKind.INTEGER, default="1"),
        SettingField("batch_size", "Batch size", FieldKind.INTEGER, default="5000"),
        SettingField("end", "End of the time window (epoch seconds)", FieldKind.INTEGER),
    )

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        self.items = int(context.get("items", "1000000"))
        self.communities = int(context.get("communities", "50"))
        self.seed = int(context.get("seed", "1"))
        self.batch_size = int(context.get("batch_size", "5000"))
        end = context.get("end")
        self.end = int(end) if end else None

    def test_connection(self) -> ConnectionInfo:
        return ConnectionInfo(f"{self.items} generated items in {self.communities} communities.")

    def list_communities(self) -> Sequence[CommunityRecord]:
        return communities(self.communities, self.seed)

    def read(self, cursor: str | None) -> Iterator[Batch]:
        # Generated data never changes: resume after the items already delivered.
        delivered = int(cursor) if cursor else 0
        if delivered >= self.items:
            return
        batches = generate_batches(
            self.items, self.communities, self.seed, self.batch_size, end=self.end
        )
        for batch in batches:
            if int(batch.cursor or 0) > delivered:
                yield batch
            if self.context.is_cancelled():
                return


# -- building a workspace ---------------------------------------------------------------

PLUGIN_SOURCE = '''"""Generated-data connector for benchmarks (written by benchmarks/datagen.py)."""

import sys

sys.path.insert(0, {path!r})

from datagen import BenchConnector as CONNECTOR  # noqa: E402

__all__ = ["CONNECTOR"]
'''


def install_plugin(data_dir: Path) -> Path:
    """Drop the benchmark connector into the workspace's plugin folder."""
    folder = data_dir / "plugins"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / PLUGIN_FILE
    target.write_text(PLUGIN_SOURCE.format(path=str(Path(__file__).resolve().parent)))
    return target


def build_store(
    data_dir: Path,
    n_items: int = 1_000_000,
    n_communities: int = 50,
    seed: int = 1,
    *,
    batch_size: int = 5000,
    report: Callable[[str], None] = print,
) -> Path:
    """A workspace in ``data_dir`` holding ``n_items`` generated items; returns ``data_dir``.

    Goes through the real path: plugin discovery, AccountService and SyncEngine. A
    workspace that already holds the same data is reused.
    """
    from sqlalchemy import func, select

    from workbench.core.workspace import Workspace
    from workbench.db.models import Item

    install_plugin(data_dir)
    workspace = Workspace.open(data_dir)
    try:
        wanted = {"items": str(n_items), "communities": str(n_communities), "seed": str(seed)}
        account = next((a for a in workspace.accounts.all() if a.name == ACCOUNT_NAME), None)
        if account is not None and any(account.settings.get(k) != v for k, v in wanted.items()):
            report(f"{data_dir}: different generated data; removing it")
            workspace.accounts.remove(account.id)
            account = None
        if account is None:
            values = {**wanted, "batch_size": str(batch_size), "end": str(_window_end())}
            account = workspace.accounts.add(CONNECTOR_ID, ACCOUNT_NAME, values)
        with workspace.store.session() as session:
            count = session.scalar(
                select(func.count()).select_from(Item).where(Item.account_id == account.id)
            )
        if count == n_items:
            report(f"{data_dir}: reusing the store with {n_items} items")
            return data_dir
        started = time.perf_counter()
        last = [0]

        def progress(update: object) -> None:
            done = getattr(update, "done", 0)
            if done - last[0] >= 100_000:
                last[0] = done
                report(f"  {done} items ({time.perf_counter() - started:.0f} s)")

        summary = workspace.sync.sync(account.id, progress=progress)
        if summary.failed:
            raise RuntimeError(f"generating the store failed: {summary.message}")
        elapsed = time.perf_counter() - started
        report(f"{data_dir}: {summary.counts.new} items generated and synced in {elapsed:.1f} s")
        return data_dir
    finally:
        workspace.close()


def _window_end() -> int:
    return int(time.time()) // 3600 * 3600


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="workspace folder to create or reuse")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=5000)
    args = parser.parse_args(argv)
    build_store(args.data_dir, args.items, args.communities, args.seed, batch_size=args.batch_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
