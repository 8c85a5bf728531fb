"""Reading a Reddit account: moderation queues, modmail, new posts and new comments.

Order is priority order: when the request budget runs low the reader stops after the
moderation queues (and then after modmail) and the next sync carries on from the cursor.
Every batch carries the cursor of everything read up to it and the request budget left.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from connectors.api import BadData, Batch, Deletion, ItemRecord, Progress, Skipped
from connectors.reddit.client import Client, Settings
from connectors.reddit.cursor import CursorState, id_number
from connectors.reddit.errors import translate
from connectors.reddit.parsing import Parser, fields, when_iso

PAGE = 100
MOD_PAGES = 3  # per moderation listing and sync; the queue is re-read every sync
MOD_LISTINGS = ("modqueue", "reports", "spam", "unmoderated")
# Requests that must be left before a phase starts (or goes on to its next page).
RESERVE_MODERATION = 1
RESERVE_MODMAIL = 10
RESERVE_LISTINGS = 25
RESERVE_EXTRAS = 40


class BudgetLow(Exception):
    """Raised between pages when the request budget is below a phase's reserve."""


class Reader:
    """One sync's reading, on the sync thread with that thread's praw instance."""

    def __init__(
        self,
        client: Client,
        settings: Settings,
        state: CursorState,
        subreddits: Sequence[str],
        is_cancelled: Callable[[], bool],
    ) -> None:
        self.client = client
        self.settings = settings
        self.state = state
        self.subreddits = list(subreddits)
        self.is_cancelled = is_cancelled
        self.parser = Parser(settings.username, settings.reddit_url)
        self.mod_flags: dict[str, tuple[str, ...]] = {}
        self.seen: set[str] = set()  # fullnames read in this sync
        self.num_comments: dict[str, int] = {}  # post -> num_comments, posts read now
        self.comment_counts: dict[str, int] = {}  # post -> comments read now
        self.post_subreddits: dict[str, str] = {}  # post -> subreddit, posts read now
        self.exhausted: set[str] = set()  # subreddits whose comment listing ran out
        self.done = 0
        self.stopped_early = False

    # -- helpers ----------------------------------------------------------------------

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        with translate(self.client.rate.reset_in()):
            return self.client.reddit.get(path, params=params)

    def get_json(
        self, path: str, params: dict[str, Any] | None = None
    ) -> tuple[list[dict[str, Any]], str | None]:
        """A listing page as Reddit's JSON: (children's data, after)."""
        with translate(self.client.rate.reset_in()):
            answer = self.client.reddit.request(method="GET", path=path, params=params)
        if not isinstance(answer, dict) or not isinstance(answer.get("data"), dict):
            raise BadData(f"Reddit answered {path} with something that is not a listing.")
        data = answer["data"]
        children = [c["data"] for c in data.get("children") or [] if isinstance(c, dict)]
        return children, data.get("after")

    def check(self, reserve: int) -> None:
        remaining = self.client.rate.remaining
        if remaining is not None and remaining < reserve:
            self.stopped_early = True
            raise BudgetLow

    def batch(
        self,
        items: Sequence[ItemRecord] = (),
        deletions: Sequence[Deletion] = (),
        skipped: Sequence[Skipped] = (),
        message: str = "",
    ) -> Batch:
        self.done += len(items) + len(deletions)
        return Batch(
            items=items,
            deletions=deletions,
            skipped=skipped,
            cursor=self.state.dump(self.settings.recheck_hours),
            progress=Progress(self.done, None, message),
            budget=self.client.rate.budget(),
        )

    def parse(
        self, things: Sequence[Any], extra: tuple[str, ...] = ()
    ) -> tuple[list[ItemRecord], list[Deletion], list[Skipped]]:
        items: list[ItemRecord] = []
        deletions: list[Deletion] = []
        skipped: list[Skipped] = []
        for thing in things:
            data = fields(thing)
            fullname = str(data.get("name") or "")
            try:
                if self.parser.is_gone(thing):
                    deletions.append(Deletion(fullname))
                    self.state.recent.pop(fullname, None)
                    continue
                flags = tuple(dict.fromkeys(extra + self.mod_flags.get(fullname, ())))
                record = self.parser.thing(thing, flags)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                skipped.append(Skipped(fullname or "?", f"unreadable: {error!r}"))
                continue
            items.append(record)
            self.seen.add(fullname)
            self.state.remember(
                fullname, record.created_at.timestamp(), self.settings.recheck_hours
            )
        return items, deletions, skipped

    # -- moderation -------------------------------------------------------------------

    def moderation(self) -> Iterator[Batch]:
        """Mod queue, reports, spam and unmoderated of all followed subreddits at once."""
        multi = "+".join(self.subreddits)
        now = time.time()
        for listing in MOD_LISTINGS:
            extra = {"modqueue": ("modqueue",), "unmoderated": ("unmoderated",)}.get(listing, ())
            reported: set[str] = set()
            after: str | None = None
            for page in range(MOD_PAGES):
                if self.is_cancelled():
                    return
                self.check(RESERVE_MODERATION)
                params: dict[str, Any] = {"limit": PAGE}
                if after:
                    params["after"] = after
                things, next_page = self.get_json(f"r/{multi}/about/{listing}/", params)
                for thing in things:
                    data = fields(thing)
                    name = str(data.get("name") or "")
                    flags = self.mod_flags.get(name, ()) + extra
                    if listing == "spam":
                        flags += ("spam",) if data.get("spam") else ("removed",)
                    self.mod_flags[name] = tuple(dict.fromkeys(flags))
                items, deletions, skipped = self.parse(things)
                if listing == "reports":
                    items.extend(self._reports(things, reported, now))
                after = next_page
                last = not after or page == MOD_PAGES - 1
                if listing == "reports" and last and not after:
                    # Reports no longer listed were resolved: forget their first-seen times.
                    self.state.reports = {
                        k: v for k, v in self.state.reports.items() if k in reported
                    }
                yield self.batch(items, deletions, skipped, "Reading the moderation queue")
                if last:
                    break

    def _reports(self, things: Sequence[Any], reported: set[str], now: float) -> list[ItemRecord]:
        records: list[ItemRecord] = []
        for thing in things:
            if self.parser.is_gone(thing):
                continue
            for report in self.parser.reports(thing, self.state.reports, now):
                self.state.reports.setdefault(report.external_id, now)
                reported.add(report.external_id)
                records.append(report)
        return records

    # -- modmail ----------------------------------------------------------------------

    def modmail(self) -> Iterator[Batch]:
        """Conversations updated since the last sync, newest first, with their messages."""
        stream = self.state.stream("modmail")
        resumed = stream.resuming
        while True:
            if self.is_cancelled():
                return
            self.check(RESERVE_MODMAIL)
            params: dict[str, Any] = {
                "entity": ",".join(self.subreddits),
                "sort": "recent",
                "state": "all",
                "limit": PAGE,
            }
            if stream.after:
                params["after"] = stream.after
            listing = self.get("api/mod/conversations/", params)
            conversations = list(listing.conversations)
            if not conversations and resumed:
                stream.after, resumed = None, False  # the saved page vanished: start over
                continue
            resumed = False
            items: list[ItemRecord] = []
            reached = False
            for conversation in conversations:
                data = fields(conversation)
                updated = when_iso(str(data["last_updated"])).timestamp()
                if updated <= stream.top:
                    reached = True
                    break
                messages = data.get("messages")
                if messages is None:  # the list had only part of it: fetch the whole
                    self.check(RESERVE_MODMAIL)
                    full = self.get(f"api/mod/conversations/{data['id']}")
                    messages = fields(full).get("messages") or []
                items.extend(self.parser.modmail(conversation, list(messages)))
                stream.see(updated)
            if reached or len(conversations) < PAGE:
                stream.complete()
                yield self.batch(items, message="Reading modmail")
                return
            stream.after = str(fields(conversations[-1])["id"])
            yield self.batch(items, message="Reading modmail")

    # -- posts and comments -----------------------------------------------------------

    def listing(self, subreddit: str, kind: str) -> Iterator[Batch]:
        """New posts ("new") or new comments ("comments") of one subreddit since the cursor."""
        stream = self.state.stream(f"{kind}:{subreddit.lower()}")
        resumed = stream.resuming
        while True:
            if self.is_cancelled():
                return
            self.check(RESERVE_LISTINGS)
            params: dict[str, Any] = {"limit": PAGE}
            if stream.after:
                params["after"] = stream.after
            things, next_page = self.get_json(f"r/{subreddit}/{kind}/", params)
            if not things and resumed:
                stream.after, resumed = None, False  # the saved page vanished: start over
                continue
            resumed = False
            fresh = []
            reached = False
            for thing in things:
                number = id_number(str(fields(thing)["id"]))
                if number <= stream.top:
                    reached = True
                    break
                fresh.append(thing)
                stream.see(number)
            self._count(fresh, kind, subreddit.lower())
            items, deletions, skipped = self.parse(fresh)
            label = "Reading new posts" if kind == "new" else "Reading new comments"
            if reached or not next_page:
                if not reached and kind == "comments":
                    self.exhausted.add(subreddit.lower())
                stream.complete()
                yield self.batch(items, deletions, skipped, f"{label} in r/{subreddit}")
                return
            stream.after = str(next_page)
            yield self.batch(items, deletions, skipped, f"{label} in r/{subreddit}")

    def _count(self, things: Sequence[Any], kind: str, subreddit: str) -> None:
        for thing in things:
            data = fields(thing)
            if kind == "new":
                name = str(data.get("name"))
                self.num_comments[name] = int(data.get("num_comments") or 0)
                self.post_subreddits[name] = subreddit
            else:
                link = str(data.get("link_id"))
                self.comment_counts[link] = self.comment_counts.get(link, 0) + 1
