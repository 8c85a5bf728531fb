"""Using a prompt in a community (``workspace.prompt_uses``): post now or schedule it through
the outbox (manual assist where the connector cannot post), follow it to the synced post,
and count what it brought (outcomes.py).

A use is linked to its post by the outbox entry's ``result_external_id`` (the platform's id
of the new post) and the synced item with that id in the account. A manual-assist use has
no such id: it is linked to the team's own post in the community, made after the use, whose
text is the prompt's filled text (the user pasted it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from connectors.api import FLAG_OWN
from workbench.core.communities import Communities
from workbench.core.outbox.actions import OutboxActions
from workbench.core.outbox.state import OutboxStatus
from workbench.core.prompts.library import PromptLibrary, now
from workbench.core.prompts.outcomes import ResultRow, count_linked, result_rows, use_score
from workbench.core.prompts.state import UseState
from workbench.core.prompts.suggest import CANDIDATE_LIMIT, Suggestion, choose
from workbench.core.prompts.variables import fill
from workbench.core.settings import WorkspaceSettings
from workbench.core.text import QT_TRANSLATE_NOOP, Words, local_time_text
from workbench.db.models import Item, OutboxEntry, Prompt, PromptUse, WorkspaceSetting
from workbench.db.store import Store

REST_WEEKS_KEY = "prompts.rest_weeks"
COUNTED_KEY = "prompts.counted_through"  # the newest item id when replies were last counted
REST_WEEKS_DEFAULT = 6
# Replies keep coming for a while; after this a post's counts are taken as final.
COUNT_FOR = timedelta(days=30)
MAX_TITLE = 300  # Reddit's limit for a title
# A manual post is looked for from a little before the use (clocks differ) on.
MANUAL_SLACK = timedelta(hours=1)

_STATES = {
    OutboxStatus.PENDING: UseState.SCHEDULED,
    OutboxStatus.SENDING: UseState.SCHEDULED,
    OutboxStatus.SENT: UseState.SENT,
    OutboxStatus.FAILED: UseState.FAILED,
    OutboxStatus.MANUAL: UseState.MANUAL,
    OutboxStatus.DONE: UseState.DONE,
}
_FINAL = (UseState.LINKED, UseState.CANCELLED)


class PastSchedule(ValueError):
    """The chosen time has passed: ask the user whether to post now (``allow_past``)."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self.words = Words(
            "Prompts",
            QT_TRANSLATE_NOOP("Prompts", "{time} has passed. Post it now instead?"),
            {"time": local_time_text(at)},
        )
        super().__init__(str(self.words))


@dataclass(frozen=True)
class UseView:
    id: int
    prompt_id: int
    community_id: int
    title: str
    text: str
    state: UseState
    created_at: datetime
    created_by: str
    due_at: datetime | None
    outbox_id: int | None
    item_id: int | None  # the synced post, once linked
    replies: int
    member_replies: int
    team_replies: int
    members: int  # distinct members who replied
    first_reply_minutes: float | None
    score: float | None  # None until the post is linked and counted


def _view(use: PromptUse) -> UseView:
    seconds = use.first_reply_seconds
    return UseView(
        id=use.id,
        prompt_id=use.prompt_id,
        community_id=use.community_id,
        title=use.title,
        text=use.text,
        state=UseState(use.state),
        created_at=use.created_at,
        created_by=use.created_by,
        due_at=use.due_at,
        outbox_id=use.outbox_id,
        item_id=use.item_id,
        replies=use.replies,
        member_replies=use.member_replies,
        team_replies=use.team_replies,
        members=use.members,
        first_reply_minutes=None if seconds is None else round(seconds / 60, 1),
        score=(
            use_score(use.members, use.member_replies, seconds)
            if use.counted_at is not None
            else None
        ),
    )


def title_of(text: str) -> str:
    """A post's title from the prompt's text when the user gave none: its first line."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= MAX_TITLE else first[: MAX_TITLE - 1].rstrip() + "…"


class PromptUses:
    def __init__(
        self,
        store: Store,
        *,
        library: PromptLibrary,
        communities: Communities,
        actions: OutboxActions,
        settings: WorkspaceSettings,
    ) -> None:
        self.store = store
        self.library = library
        self.communities = communities
        self.actions = actions
        self.settings = settings

    @property
    def rest_weeks(self) -> int:
        """Weeks a prompt rests in a community after it was used there (a setting)."""
        return max(0, int(self.settings.get(REST_WEEKS_KEY, REST_WEEKS_DEFAULT)))

    def use(
        self,
        prompt_id: int,
        community_id: int,
        *,
        values: Mapping[str, str],
        title: str = "",
        at: datetime | None = None,
        by: str,
        allow_past: bool = False,
    ) -> UseView:
        """Post the prompt in the community now (``at`` None) or at ``at`` (aware); raises
        MissingVariable for a variable left empty and PastSchedule for a time that has
        passed unless ``allow_past`` (then it goes out now). ``{community}`` defaults to
        the community's name."""
        prompt = self.library.get(prompt_id)
        community = self.communities.get(community_id)
        text = fill(prompt.text, {"community": community.name, **values})
        if at is not None:
            if at.tzinfo is None:
                raise ValueError("A schedule needs a time zone (the user's).")
            at = at.astimezone(UTC)
            if at.microsecond:  # stored in whole seconds: never before the time asked for
                at = at.replace(microsecond=0) + timedelta(seconds=1)
            if at <= datetime.now(UTC):
                if not allow_past:
                    raise PastSchedule(at)
                at = None
        title = title.strip()[:MAX_TITLE] or title_of(text)
        queued = self.actions.schedule_post(community, title, text, by=by, at=at)
        with self.store.writing() as session:
            use = PromptUse(
                prompt_id=prompt.id,
                community_id=community.id,
                outbox_id=queued.entry_id,
                item_id=None,
                title=title,
                text=text,
                created_at=now(),
                created_by=by,
                due_at=at,
                state=_STATES.get(queued.status, UseState.SCHEDULED),
                replies=0,
                member_replies=0,
                team_replies=0,
                members=0,
            )
            session.add(use)
            session.flush()
            return _view(use)

    def retry(self, use_id: int) -> UseView:
        """Send a failed use's post again (the outbox's retry: an explicit decision)."""
        use = self.get(use_id)
        if use.state is not UseState.FAILED or use.outbox_id is None:
            raise ValueError(f"Use {use_id} is {use.state}; only a failed one is retried.")
        self.actions.retry(use.outbox_id)
        self.refresh()
        return self.get(use_id)

    def get(self, use_id: int) -> UseView:
        with self.store.session() as session:
            use = session.get(PromptUse, use_id)
            if use is None:
                raise LookupError(f"There is no use {use_id}.")
            return _view(use)

    def uses(
        self, *, prompt_id: int | None = None, community_id: int | None = None
    ) -> list[UseView]:
        """Uses, newest first, after bringing their states and counts up to date."""
        self.refresh()
        query = select(PromptUse).order_by(PromptUse.created_at.desc(), PromptUse.id.desc())
        if prompt_id is not None:
            query = query.where(PromptUse.prompt_id == prompt_id)
        if community_id is not None:
            query = query.where(PromptUse.community_id == community_id)
        with self.store.session() as session:
            return [_view(u) for u in session.scalars(query)]

    def used_since(self, community_id: int, since: datetime) -> set[str]:
        """Pair ids of the prompts used in the community since ``since`` (either language)."""
        with self.store.session() as session:
            return set(
                session.scalars(
                    select(Prompt.pair_id)
                    .join(PromptUse, PromptUse.prompt_id == Prompt.id)
                    .where(
                        PromptUse.community_id == community_id,
                        PromptUse.created_at >= since,
                        PromptUse.state != UseState.CANCELLED,
                    )
                )
            )

    # -- suggestions and results ---------------------------------------------------

    def suggest(
        self, community_id: int, *, limit: int = 10, lang: str | None = None
    ) -> list[Suggestion]:
        """Prompts for this community, best results first, some untried (see suggest.py)."""
        community = self.communities.get(community_id)
        weeks = self.rest_weeks
        resting = self.used_since(community_id, now() - timedelta(weeks=weeks)) if weeks else set()
        return choose(
            self.library.candidates(community.community_type, lang, CANDIDATE_LIMIT),
            resting=resting,
            community_id=community_id,
            limit=limit,
            today=datetime.now(UTC).date(),
        )

    def results(self, *, per: str = "prompt") -> list[ResultRow]:
        """What each prompt brought, per prompt or per prompt and community (outcomes.py)."""
        self.refresh()
        with self.store.session() as session:
            uses = session.scalars(
                select(PromptUse).where(PromptUse.state != UseState.CANCELLED)
            ).all()
        return result_rows(uses, per=per)

    # -- following uses to their posts ----------------------------------------------

    def _up_to_date(self) -> bool:
        """No use waits on its outbox entry and no item arrived since the last count: then
        there is nothing to follow or recount, and reads (uses, results) take no write lock."""
        with self.store.session() as session:
            waiting = session.scalar(
                select(func.count())
                .select_from(PromptUse)
                .where(PromptUse.state.not_in(list(_FINAL)))
            )
            newest = session.scalar(select(func.max(Item.id))) or 0
            marker = session.get(WorkspaceSetting, COUNTED_KEY)
        return not waiting and marker is not None and marker.value == newest

    def refresh(self) -> int:
        """Bring uses up to date with their outbox entries and the synced items: states,
        links to posts, reply counts (of posts younger than COUNT_FOR whose threads got
        new items since the last count). Returns how many uses changed. The pane calls it
        after each sync; suggest() reads the counts it stored."""
        if self._up_to_date():
            return 0
        changed = 0
        stamp = now()
        with self.store.writing() as session:
            open_uses = session.scalars(
                select(PromptUse).where(PromptUse.state.not_in(list(_FINAL)))
            ).all()
            for use in open_uses:
                changed += self._follow(session, use)
            # Items only ever get higher ids: what came after the last count is all new.
            newest = session.scalar(select(func.max(Item.id))) or 0
            marker = session.get(WorkspaceSetting, COUNTED_KEY)
            after = marker.value if marker is not None and isinstance(marker.value, int) else 0
            counted = count_linked(session, stamp - COUNT_FOR, after)
            if marker is None:
                session.add(WorkspaceSetting(key=COUNTED_KEY, value=newest))
            elif marker.value != newest:
                marker.value = newest
            for use in session.scalars(select(PromptUse).where(PromptUse.id.in_(counted))):
                outcome = counted[use.id]
                values = (
                    outcome.replies,
                    outcome.member_replies,
                    outcome.team_replies,
                    outcome.members,
                    outcome.first_reply_seconds,
                )
                before = (
                    use.replies,
                    use.member_replies,
                    use.team_replies,
                    use.members,
                    use.first_reply_seconds,
                )
                if use.counted_at is None or values != before:
                    (
                        use.replies,
                        use.member_replies,
                        use.team_replies,
                        use.members,
                        use.first_reply_seconds,
                    ) = values
                    use.counted_at = stamp
                    changed += 1
        return changed

    def _follow(self, session: Session, use: PromptUse) -> int:
        entry = session.get(OutboxEntry, use.outbox_id) if use.outbox_id is not None else None
        state = (
            UseState.CANCELLED
            if entry is None
            else _STATES.get(OutboxStatus(entry.status), UseState.SCHEDULED)
        )
        post: Item | None = None
        if entry is not None and state is UseState.SENT and entry.result_external_id:
            post = session.scalars(
                select(Item).where(
                    Item.account_id == entry.account_id,
                    Item.external_id == entry.result_external_id,
                )
            ).first()
        elif state in (UseState.MANUAL, UseState.DONE):
            post = self._manual_post(session, use)
        if post is not None:
            use.item_id, state = post.id, UseState.LINKED
        if state == use.state:
            return 0
        use.state = state
        return 1

    @staticmethod
    def _manual_post(session: Session, use: PromptUse) -> Item | None:
        candidates = session.scalars(
            select(Item).where(
                Item.community_id == use.community_id,
                Item.kind == "post",
                Item.created_at >= use.created_at - MANUAL_SLACK,
                Item.flags.like(f"%{FLAG_OWN}%"),
                Item.deleted_at.is_(None),
            )
        ).all()
        wanted = " ".join(use.text.split())
        for item in candidates:
            if " ".join(item.text.split()) == wanted or " ".join(item.title.split()) == wanted:
                return item
        return None
