"""The prompt library: browse, full-text search, filter, favourite, create, edit, duplicate
and archive prompts (``workspace.prompts``).

Editing a bundled prompt makes it the user's own (origin ``user``): later bundle updates
leave it as the user wrote it (core/prompts/bundle.py).
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.api import CommunityType
from workbench.core.inbox.search import parse
from workbench.core.prompts.outcomes import mean_score
from workbench.core.prompts.state import LANGUAGES, PromptOrigin, Purpose, UseState
from workbench.core.prompts.variables import variables_of
from workbench.db.interfaces import PromptQuery, PromptSearch, SearchTerm, TextSearch
from workbench.db.models import Prompt, PromptUse
from workbench.db.store import Store

if TYPE_CHECKING:
    from workbench.core.prompts.user_files import ImportReport

MAX_TEXT = 5000  # characters: a prompt is a question or two, not an article
_COLUMNS = (
    Prompt.id,
    Prompt.lang,
    Prompt.text,
    Prompt.types,
    Prompt.purposes,
    Prompt.pair_id,
    Prompt.origin,
    Prompt.bundle_id,
    Prompt.favourite,
    Prompt.archived,
)
_USE_COLUMNS = (
    PromptUse.prompt_id,
    PromptUse.members,
    PromptUse.member_replies,
    PromptUse.first_reply_seconds,
    PromptUse.counted_at,
)


_ORIGINS = {o.value: o for o in PromptOrigin}
_variables = functools.lru_cache(maxsize=50_000)(variables_of)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class PromptView:
    id: int
    lang: str
    text: str
    types: tuple[CommunityType, ...]
    purposes: tuple[Purpose, ...]
    pair_id: str
    origin: PromptOrigin
    bundle_id: str | None
    favourite: bool
    archived: bool
    variables: tuple[str, ...]
    uses: int
    score: float | None


@dataclass(frozen=True)
class PromptFilter:
    text: str = ""
    types: tuple[CommunityType, ...] = ()
    purposes: tuple[Purpose, ...] = ()
    lang: str | None = None
    favourites_only: bool = False
    include_archived: bool = False


def join_tags(values: Iterable[str]) -> str:
    """``,a,b,`` (sorted, each once): one LIKE finds a tag, "" means none."""
    tags = sorted({str(v) for v in values})
    return "," + ",".join(tags) + "," if tags else ""


def _split(stored: str) -> list[str]:
    return [v for v in stored.split(",") if v]


@functools.cache
def _types(stored: str) -> tuple[CommunityType, ...]:
    # Cached: a library holds few distinct combinations, and a list shows up to 1,000.
    known = {t.value for t in CommunityType}
    return tuple(CommunityType(v) for v in _split(stored) if v in known)


@functools.cache
def _purposes(stored: str) -> tuple[Purpose, ...]:
    known = {p.value for p in Purpose}
    return tuple(Purpose(v) for v in _split(stored) if v in known)


def text_search(raw: str) -> TextSearch:
    """What the user typed as terms; each word also matches as a prefix (search as you type)."""
    parsed = parse(raw).text

    def loose(term: SearchTerm) -> SearchTerm:
        return SearchTerm(term.text, prefix=True)

    return TextSearch(
        tuple(tuple(loose(t) for t in group) for group in parsed.groups), parsed.excluded
    )


def check_text(lang: str, text: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"A prompt is in English (en) or French (fr), not {lang!r}.")
    text = text.strip()
    if not text:
        raise ValueError("A prompt needs a text.")
    if len(text) > MAX_TEXT:
        raise ValueError(f"A prompt is at most {MAX_TEXT} characters long.")
    return text


class PromptLibrary:
    def __init__(
        self, store: Store, search: PromptSearch, *, bundle: Callable[[], object] | None = None
    ) -> None:
        """``bundle``: merges the bundled prompts into the store (bundle.load_bundle); run
        once, on the library's first use, so opening a workspace never waits for it."""
        self.store = store
        self._search = search
        self._bundle = bundle
        self._bundle_lock = threading.Lock()

    def ensure_bundle(self) -> None:
        if self._bundle is None:
            return
        with self._bundle_lock:  # the GUI may ask from two worker threads at once
            if self._bundle is not None:
                self._bundle()
                self._bundle = None

    # -- reading ---------------------------------------------------------------------

    def search(self, f: PromptFilter, *, limit: int = 1000) -> list[PromptView]:
        """Prompts matching ``f``: favourites first, then the best text matches."""
        self.ensure_bundle()
        rows = self._search.rows(
            PromptQuery(
                text=text_search(f.text),
                types=tuple(str(t) for t in f.types),
                purposes=tuple(str(p) for p in f.purposes),
                lang=f.lang,
                favourites_only=f.favourites_only,
                include_archived=f.include_archived,
            ),
            limit=limit,
        )
        return self._views(rows)

    def candidates(
        self, community_type: CommunityType | None, lang: str | None, limit: int
    ) -> list[PromptView]:
        """The live prompts fit for a community of this type (or for any community)."""
        self.ensure_bundle()
        types = (str(community_type),) if community_type else ()
        query = PromptQuery(types=types, untyped_too=True, lang=lang)
        return self._views(self._search.rows(query, limit=limit))

    def views(self, ids: Sequence[int]) -> list[PromptView]:
        """Views of ``ids``, in that order (ids not found are left out)."""
        self.ensure_bundle()
        with self.store.session() as session:
            found: dict[int, Any] = {}
            for chunk in _chunks(ids):
                query = select(*_COLUMNS).where(Prompt.id.in_(chunk))
                found.update((r.id, r) for r in session.execute(query))
        return self._views([found[i] for i in ids if i in found])

    def _views(self, rows: Sequence[Any]) -> list[PromptView]:
        if not rows:
            return []
        uses: dict[int, list[Any]] = defaultdict(list)
        live = PromptUse.state != UseState.CANCELLED
        with self.store.session() as session:
            if len(rows) > 200:  # all uses (a few thousand at most) beat a long IN list
                queries = [select(*_USE_COLUMNS).where(live)]
            else:
                ids = [r.id for r in rows]
                queries = [
                    select(*_USE_COLUMNS).where(live, PromptUse.prompt_id.in_(chunk))
                    for chunk in _chunks(ids)
                ]
            for query in queries:
                for use in session.execute(query):
                    uses[use.prompt_id].append(use)
        return [self._view(r, uses.get(r.id, ())) for r in rows]

    @staticmethod
    def _view(row: Any, uses: Sequence[Any]) -> PromptView:
        return PromptView(
            id=row.id,
            lang=row.lang,
            text=row.text,
            types=_types(row.types),
            purposes=_purposes(row.purposes),
            pair_id=row.pair_id,
            origin=_ORIGINS[row.origin],
            bundle_id=row.bundle_id,
            favourite=row.favourite,
            archived=row.archived,
            variables=_variables(row.text),
            uses=len(uses),
            score=mean_score(uses) if uses else None,
        )

    def get(self, prompt_id: int) -> PromptView:
        found = self.views([prompt_id])
        if not found:
            raise LookupError(f"There is no prompt {prompt_id}.")
        return found[0]

    def pair(self, prompt_id: int) -> list[PromptView]:
        """The prompt and its other-language twin(s), the prompt first."""
        first = self.get(prompt_id)
        with self.store.session() as session:
            others = session.scalars(
                select(Prompt.id)
                .where(Prompt.pair_id == first.pair_id, Prompt.id != prompt_id)
                .order_by(Prompt.lang, Prompt.id)
            ).all()
        return [first, *self.views(list(others))]

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        *,
        lang: str,
        text: str,
        types: Sequence[CommunityType] = (),
        purposes: Sequence[Purpose] = (),
        pair_of: int | None = None,
    ) -> PromptView:
        """A prompt of the user's own; ``pair_of``: it is that prompt in another language."""
        text = check_text(lang, text)
        pair_id = self.get(pair_of).pair_id if pair_of is not None else f"u-{uuid.uuid4().hex}"
        with self.store.writing() as session:
            row = new_row(lang, text, types, purposes, pair_id)
            session.add(row)
            session.flush()
            prompt_id = row.id
        return self.get(prompt_id)

    def edit(
        self,
        prompt_id: int,
        *,
        text: str | None = None,
        types: Sequence[CommunityType] | None = None,
        purposes: Sequence[Purpose] | None = None,
    ) -> PromptView:
        """Change a prompt; a bundled one becomes the user's own (bundle updates leave it)."""
        with self.store.writing() as session:
            row = self._row(session, prompt_id)
            changed = False
            if text is not None and text.strip() != row.text:
                row.text, changed = check_text(row.lang, text), True
            if types is not None and join_tags(types) != row.types:
                row.types, changed = join_tags(types), True
            if purposes is not None and join_tags(purposes) != row.purposes:
                row.purposes, changed = join_tags(purposes), True
            if changed:
                row.origin = PromptOrigin.USER
                row.updated_at = now()
        return self.get(prompt_id)

    def duplicate(self, prompt_id: int) -> PromptView:
        """A copy of the user's own to change freely (a pair of its own, not favourite)."""
        with self.store.writing() as session:
            source = self._row(session, prompt_id)
            row = new_row(
                source.lang,
                source.text,
                _types(source.types),
                _purposes(source.purposes),
                f"u-{uuid.uuid4().hex}",
            )
            session.add(row)
            session.flush()
            new_id = row.id
        return self.get(new_id)

    def set_favourite(self, prompt_id: int, on: bool) -> None:
        with self.store.writing() as session:
            self._row(session, prompt_id).favourite = on

    def set_archived(self, prompt_id: int, on: bool) -> None:
        """Archived prompts leave browsing and suggestions; their results are kept."""
        with self.store.writing() as session:
            self._row(session, prompt_id).archived = on

    def import_file(self, path: Path) -> ImportReport:
        """Add a user's prompt file (user_files.py); raises PromptFileError when the whole
        file is refused. Refused lines are in the report as "file:line: why"."""
        from workbench.core.prompts.user_files import import_prompt_file  # it builds on this

        self.ensure_bundle()
        return import_prompt_file(self.store, path)

    def _row(self, session: Session, prompt_id: int) -> Prompt:
        self.ensure_bundle()
        row = session.get(Prompt, prompt_id)
        if row is None:
            raise LookupError(f"There is no prompt {prompt_id}.")
        return row


def row_values(
    lang: str,
    text: str,
    types: Iterable[str],
    purposes: Iterable[str],
    pair_id: str,
    *,
    origin: PromptOrigin = PromptOrigin.USER,
    bundle_id: str | None = None,
    bundle_hash: str = "",
) -> dict[str, Any]:
    """A new prompt's columns (for ``insert(Prompt)`` with many rows at once)."""
    stamp = now()
    return {
        "lang": lang,
        "text": text,
        "types": join_tags(types),
        "purposes": join_tags(purposes),
        "pair_id": pair_id,
        "origin": origin,
        "bundle_id": bundle_id,
        "bundle_hash": bundle_hash,
        "favourite": False,
        "archived": False,
        "created_at": stamp,
        "updated_at": stamp,
    }


def new_row(
    lang: str,
    text: str,
    types: Iterable[str],
    purposes: Iterable[str],
    pair_id: str,
    *,
    origin: PromptOrigin = PromptOrigin.USER,
    bundle_id: str | None = None,
    bundle_hash: str = "",
) -> Prompt:
    values = row_values(
        lang, text, types, purposes, pair_id, origin=origin, bundle_id=bundle_id,
        bundle_hash=bundle_hash,
    )  # fmt: skip
    return Prompt(**values)
