"""The demo connector: sample communities with a few weeks of realistic activity.

It goes through the same plugin API and sync path as the real connectors, so the demo
workspace shows the true app. Content is generated deterministically from a seed: item
number ``i`` is always the same item, so re-syncs are idempotent. Each later sync adds the
activity of the minutes since the previous one, edits an item and deletes one, like a live
community. The account's ``language`` setting picks the words: English (``content``) or
French (``content_fr``), with the same generation either way.
"""

from __future__ import annotations

import json
import random
import time
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from connectors.api import (
    FLAG_OWN,
    FLAG_QUESTION,
    QT_TRANSLATE_NOOP,
    Action,
    ActionResult,
    Batch,
    Capability,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    Deletion,
    FieldKind,
    ItemKind,
    ItemRecord,
    MemberRecord,
    Post,
    Progress,
    Reply,
    SettingField,
)
from connectors.demo import content
from connectors.demo.content_fr import FRENCH

BATCH = 500
WEEK = 7 * 24 * 3600


TABLES = {"en": content.ENGLISH, "fr": FRENCH}


def _ascii(name: str) -> str:
    """Handles are plain letters on every platform ("chloé" signs in as "chloe")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _member(rng: random.Random, platform: str, words: content.Tables) -> MemberRecord:
    first, last = rng.choice(words.first), rng.choice(words.last)
    number = rng.randrange(100)
    handle = _ascii(f"{first}_{last}{number}")
    return MemberRecord(
        external_id=f"{platform}-{handle}",
        name=handle,
        platform=platform,
        display_name=f"{first.title()} {last.title()}",
    )


class DemoConnector(Connector):
    id = "demo"
    display_name = "Demo communities"
    version = "1.0"
    api_versions = (1,)
    platform = "demo"
    capabilities = frozenset(
        {
            Capability.READ,
            Capability.REPLY,
            Capability.POST,
            Capability.MODERATE,
            Capability.REPORTS,
            Capability.MESSAGES,
        }
    )
    settings_fields = (
        SettingField(
            "size",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Number of sample items"),
            FieldKind.INTEGER,
            default="3000",
            help=QT_TRANSLATE_NOOP("ConnectorSettings", "How many items the first sync creates."),
        ),
        SettingField(
            "weeks",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Weeks of history"),
            FieldKind.INTEGER,
            default="4",
        ),
        SettingField(
            "seed",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Random seed"),
            FieldKind.INTEGER,
            default="7",
            advanced=True,
        ),
        SettingField(
            "manager",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Your name in the demo"),
            default="cm_alex",
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Replies written by this name count as the team's."
            ),
        ),
        SettingField(
            "language",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Language of the sample content"),
            FieldKind.CHOICE,
            default="en",
            choices=tuple(TABLES),
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "en: English communities; fr: French-speaking communities."
            ),
        ),
    )

    def __init__(self, context: ConnectorContext) -> None:
        super().__init__(context)
        self.size = int(context.get("size", "3000") or 3000)
        self.weeks = int(context.get("weeks", "4") or 4)
        self.seed = int(context.get("seed", "7") or 7)
        self.manager = context.get("manager", "cm_alex")
        self.language = context.get("language", "en") or "en"
        self.words = TABLES.get(self.language, content.ENGLISH)

    def test_connection(self) -> ConnectionInfo:
        return ConnectionInfo(self.words.ready.format(count=len(self.words.communities)))

    def list_communities(self) -> Sequence[CommunityRecord]:
        return [
            CommunityRecord(
                c.external_id, c.name, c.platform, c.url, c.community_type, c.description
            )
            for c in self.words.communities
        ]

    # -- generation -------------------------------------------------------------------

    def _when(self, index: int, start: float, span: float, count: int) -> datetime:
        offset = span * index / max(count, 1)
        return datetime.fromtimestamp(start + offset, UTC)

    def item(self, index: int, created: datetime) -> ItemRecord:
        """Item number ``index``: the same every time for the same seed."""
        rng = random.Random(self.seed * 1_000_003 + index)
        slot = index % 10
        post_number = index // 10
        if slot in (0, 5):  # posts: a fifth of everything
            number = post_number * 2 + (slot == 5)
            community = self.words.communities[number % len(self.words.communities)]
            topic = rng.choice(community.topics)
            title = rng.choice(self.words.post_openers).format(topic=topic)
            text = rng.choice(community.bodies or self.words.post_bodies)
            question = title.endswith("?") or "?" in text
            return self._record(
                rng,
                f"p{number}",
                ItemKind.POST,
                community,
                created,
                text,
                title=title,
                flags=(FLAG_QUESTION,) if question else (),
            )
        # Everything else belongs to an earlier post of the same community.
        parent = rng.randrange(max(post_number * 2, 1))
        community = self.words.communities[parent % len(self.words.communities)]
        topic = rng.choice(community.topics)
        if slot in (1, 2, 3, 6, 7, 8):
            if slot == 8 and rng.random() < 0.5:  # the team answers some threads
                return self._record(
                    rng,
                    f"c{index}",
                    ItemKind.COMMENT,
                    community,
                    created,
                    rng.choice(self.words.team_replies),
                    parent=f"p{parent}",
                    own=True,
                )
            return self._record(
                rng,
                f"c{index}",
                ItemKind.COMMENT,
                community,
                created,
                rng.choice(community.comments + self.words.comments),
                parent=f"p{parent}",
            )
        if slot == 4:
            return self._record(
                rng,
                f"m{index}",
                ItemKind.MESSAGE,
                community,
                created,
                rng.choice(self.words.messages),
            )
        if rng.random() < 0.6:
            return self._record(
                rng,
                f"r{index}",
                ItemKind.REPORT,
                community,
                created,
                rng.choice(self.words.report_reasons),
                parent=f"p{parent}",
                title=self.words.reported_title,
            )
        text = rng.choice(self.words.mentions).format(community=community.name, topic=topic)
        return self._record(rng, f"n{index}", ItemKind.MENTION, community, created, text)

    def _record(
        self,
        rng: random.Random,
        external_id: str,
        kind: ItemKind,
        community: content.SampleCommunity,
        created: datetime,
        text: str,
        *,
        title: str = "",
        parent: str | None = None,
        own: bool = False,
        flags: tuple[str, ...] = (),
    ) -> ItemRecord:
        author = (
            MemberRecord(
                f"{community.platform}-{self.manager}",
                self.manager,
                community.platform,
                self.words.manager_name,
            )
            if own
            else _member(rng, community.platform, self.words)
        )
        return ItemRecord(
            external_id=external_id,
            kind=kind,
            community_id=community.external_id,
            created_at=created,
            title=title,
            text=text,
            url=f"{community.url}/{external_id}",
            author=author,
            parent_id=parent,
            thread_id=parent or (external_id if kind is ItemKind.POST else None),
            score=rng.randrange(0, 60),
            reply_count=rng.randrange(0, 12) if kind is ItemKind.POST else None,
            flags=flags + ((FLAG_OWN,) if own else ()),
            raw={"demo": True, "seed": self.seed, "id": external_id},
        )

    # -- reading ----------------------------------------------------------------------

    def read(self, cursor: str | None) -> Iterator[Batch]:
        now = time.time()
        state: dict[str, Any]
        if cursor is None:
            start = now - self.weeks * WEEK
            state = {
                "emitted": 0,
                "target": self.size,
                "start": start,
                "end": now,
                "origin": [start, now, self.size],
            }
        else:
            state = json.loads(cursor)
            if state["emitted"] >= state["target"]:
                # Activity since the last sync: about one item a minute, at most 50 a sync.
                fresh = min(50, int((now - state["end"]) // 60))
                if fresh <= 0:
                    yield Batch(communities=self.list_communities(), cursor=json.dumps(state))
                    return
                state = {
                    "emitted": state["emitted"],
                    "target": state["emitted"] + fresh,
                    "start": state["end"],
                    "end": now,
                    "origin": state["origin"],
                }
        first_of_run = state.setdefault("first", state["emitted"])
        count = state["target"] - first_of_run
        yield Batch(communities=self.list_communities())
        while state["emitted"] < state["target"]:
            if self.context.is_cancelled():
                return
            stop = min(state["emitted"] + BATCH, state["target"])
            items = [
                self.item(
                    i,
                    self._when(
                        i - first_of_run, state["start"], state["end"] - state["start"], count
                    ),
                )
                for i in range(state["emitted"], stop)
            ]
            state["emitted"] = stop
            yield Batch(
                items=items,
                cursor=json.dumps(state),
                progress=Progress(stop - first_of_run, count, self.words.progress),
            )
        if cursor is not None and first_of_run > 20:
            # Live communities change: a member edits an old comment and deletes another.
            rng = random.Random(self.seed + first_of_run)
            origin_start, origin_end, origin_size = state["origin"]
            edited = rng.randrange(origin_size)
            if edited % 10 in (1, 2, 3, 6, 7):
                created = self._when(edited, origin_start, origin_end - origin_start, origin_size)
                yield Batch(items=[_edited(self.item(edited, created), self.words.edit_note)])
            gone = rng.randrange(first_of_run)
            yield Batch(deletions=[Deletion(self.item(gone, datetime.now(UTC)).external_id)])

    # -- acting -----------------------------------------------------------------------

    def send(self, action: Action) -> ActionResult:
        stamp = int(time.time() * 1000)
        if isinstance(action, Reply):
            return ActionResult(external_id=f"demo-reply-{stamp}")
        if isinstance(action, Post):
            return ActionResult(external_id=f"demo-post-{stamp}")
        return ActionResult(message=f"{action.action} done")


def _edited(item: ItemRecord, note: str) -> ItemRecord:
    from dataclasses import replace

    return replace(item, text=item.text + note, edited_at=datetime.now(UTC))
