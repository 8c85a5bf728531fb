"""Outcome memory: what a used prompt's post brought, counted from the replies later syncs
stored, and the score the library sorts by, explained in a manager's words.

A reply is the team's when it is flagged ``own`` or written by the post's own author (the
team posted the prompt); team replies are counted but never count as success.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from connectors.api import FLAG_OWN, ItemKind
from workbench.core.prompts.state import UseState
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Item, PromptUse

# The score of one use: who answered weighs most, then how much, then how soon.
MEMBER_POINTS = 3.0  # each distinct member who replied
REPLY_POINTS = 1.0  # each reply by a member
FAST_POINTS = 2.0  # the first member reply within FAST_SECONDS
DAY_POINTS = 1.0  # ... or within a day
FAST_SECONDS = 3600
DAY_SECONDS = 86400

EXPLANATION = QT_TRANSLATE_NOOP(
    "Prompts",
    "Score: 3 points for each member who replied, 1 point for each member reply, and 2 more "
    "points when the first member answered within an hour (1 within a day). Replies from the "
    "team do not count. A prompt's score is the average over its posts that came back "
    "with a sync.",
)


@dataclass(frozen=True)
class Outcome:
    replies: int
    member_replies: int
    team_replies: int
    members: int
    first_reply_seconds: int | None


def use_score(members: int, member_replies: int, first_reply_seconds: int | None) -> float:
    score = MEMBER_POINTS * members + REPLY_POINTS * member_replies
    if first_reply_seconds is not None:
        if first_reply_seconds <= FAST_SECONDS:
            score += FAST_POINTS
        elif first_reply_seconds <= DAY_SECONDS:
            score += DAY_POINTS
    return score


class Counted(Protocol):
    """A use's counts (a PromptUse, or a row of its columns)."""

    @property
    def members(self) -> int: ...
    @property
    def member_replies(self) -> int: ...
    @property
    def first_reply_seconds(self) -> int | None: ...
    @property
    def counted_at(self) -> datetime | None: ...


def score_expression() -> ColumnElement[Any]:
    """``use_score`` as SQL over prompt_uses' columns, for the database to average."""
    bonus = case(
        (PromptUse.first_reply_seconds <= FAST_SECONDS, FAST_POINTS),
        (PromptUse.first_reply_seconds <= DAY_SECONDS, DAY_POINTS),
        else_=0.0,
    )
    return MEMBER_POINTS * PromptUse.members + REPLY_POINTS * PromptUse.member_replies + bonus


def mean_score(uses: Sequence[Counted]) -> float | None:
    """The average score of the uses whose post was linked (None: nothing to judge by)."""
    scores = [
        use_score(u.members, u.member_replies, u.first_reply_seconds)
        for u in uses
        if u.counted_at is not None
    ]
    return round(statistics.fmean(scores), 2) if scores else None


def median_minutes(uses: Sequence[Counted]) -> float | None:
    seconds = [u.first_reply_seconds for u in uses if u.first_reply_seconds is not None]
    return round(statistics.median(seconds) / 60, 1) if seconds else None


def count_linked(session: Session, since: datetime, after_id: int) -> dict[int, Outcome]:
    """Outcomes of the linked uses to count, by use id: those never counted, and those
    whose post was made after ``since`` and whose thread holds an item stored after item
    ``after_id`` (new since the last count: the thread index alone answers that). One
    query counts the comments in each post's thread, team and members told apart."""
    post, reply, newer = aliased(Item), aliased(Item), aliased(Item)
    touched = (
        select(newer.id)
        .where(
            newer.account_id == post.account_id,
            newer.thread_external_id == post.external_id,
            newer.id > after_id,
        )
        .exists()
    )
    own = reply.flags.like(f"%{FLAG_OWN}%")
    # The team posted the prompt: replies by the post's own author are the team's too.
    by_poster = func.coalesce(reply.author_id, 0) == func.coalesce(post.author_id, -1)
    team = or_(own, by_poster)
    member = and_(~own, ~by_poster)
    query = (
        select(
            PromptUse.id,
            post.created_at,
            func.count(reply.id),
            func.count(reply.id).filter(team),
            func.count(case((member, reply.author_id)).distinct()),
            func.min(case((member, reply.created_at))),
        )
        .select_from(PromptUse)
        .join(post, post.id == PromptUse.item_id)
        .outerjoin(
            reply,
            and_(
                reply.account_id == post.account_id,
                reply.thread_external_id == post.external_id,
                reply.id != post.id,
                reply.kind == ItemKind.COMMENT,
                reply.deleted_at.is_(None),
            ),
        )
        .where(
            PromptUse.state == UseState.LINKED,
            or_(PromptUse.counted_at.is_(None), and_(post.created_at >= since, touched)),
        )
        .group_by(PromptUse.id, post.created_at)
    )
    found = {}
    for use_id, posted, replies, team_replies, members, first in session.execute(query):
        first_seconds = None
        if first is not None:
            first_at = first if isinstance(first, datetime) else datetime.fromtimestamp(first, UTC)
            first_seconds = max(0, int((first_at - posted).total_seconds()))
        found[int(use_id)] = Outcome(
            replies=int(replies),
            member_replies=int(replies) - int(team_replies),
            team_replies=int(team_replies),
            members=int(members),
            first_reply_seconds=first_seconds,
        )
    return found


def explanation(score: float | None, uses: int, linked: int) -> Words:
    if score is None:
        return Words(
            "Prompts",
            QT_TRANSLATE_NOOP(
                "Prompts", "No score yet: none of its {uses} posts has come back with a sync."
            ),
            {"uses": uses},
        )
    return Words(
        "Prompts",
        QT_TRANSLATE_NOOP("Prompts", "{score} on average over {linked} posts. {how}"),
        {"score": f"{score:g}", "linked": linked, "how": Words("Prompts", EXPLANATION)},
    )


@dataclass(frozen=True)
class ResultRow:
    """What a prompt brought (in one community, or everywhere: ``community_id`` None)."""

    prompt_id: int
    community_id: int | None
    uses: int
    linked: int  # uses whose post came back with a sync (the score is over these)
    replies: int
    members: int  # members who replied, summed over the posts
    team_replies: int
    member_replies: int
    first_reply_minutes: float | None  # median over the posts with a member reply
    score: float | None
    explanation: str
    words: Words


def result_rows(uses: Sequence[PromptUse], *, per: str) -> list[ResultRow]:
    """``per`` "prompt" or "community"; best score first, prompts without one last."""
    if per not in ("prompt", "community"):
        raise ValueError(f'Results are per "prompt" or per "community", not {per!r}.')
    groups: dict[tuple[int, int | None], list[PromptUse]] = {}
    for use in uses:
        key = (use.prompt_id, use.community_id if per == "community" else None)
        groups.setdefault(key, []).append(use)
    rows = []
    for (prompt_id, community_id), group in groups.items():
        score = mean_score(group)
        linked = sum(1 for u in group if u.counted_at is not None)
        words = explanation(score, len(group), linked)
        rows.append(
            ResultRow(
                prompt_id=prompt_id,
                community_id=community_id,
                uses=len(group),
                linked=linked,
                replies=sum(u.replies for u in group),
                members=sum(u.members for u in group),
                team_replies=sum(u.team_replies for u in group),
                member_replies=sum(u.member_replies for u in group),
                first_reply_minutes=median_minutes(group),
                score=score,
                explanation=str(words),
                words=words,
            )
        )
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), r.prompt_id, r.community_id or 0))
    return rows
