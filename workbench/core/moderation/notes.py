"""Member notes: per member across platforms and accounts (identities linked by hand),
typed as Reddit's mod-note labels, with no size limit.

A member is a row of ``members`` (one platform identity). Members linked by hand share a
``person`` (``member_identities``); a member's notes are the notes of every member of
its person, so a warning given on Reddit shows beside the same person's Facebook page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from workbench.core.moderation.state import NoteKind, NoteSource
from workbench.db.models import Item, Member, MemberIdentity, MemberNote, OutboxEntry
from workbench.db.store import Store


class UnknownMember(LookupError):
    """No stored member has that name (the message says which)."""


@dataclass(frozen=True)
class MemberRef:
    id: int
    platform: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.platform})"


@dataclass(frozen=True)
class NoteView:
    id: int
    member_id: int
    member: str
    platform: str
    community: str
    kind: NoteKind
    text: str
    link: str
    created_at: datetime
    created_by: str
    source: NoteSource
    external_id: str

    def export(self) -> dict[str, Any]:
        """The `workbench notes export` line."""
        return {
            "member": self.member,
            "community": self.community,
            "kind": self.kind.value,
            "text": self.text,
            "created_at": self.created_at.isoformat(),
            "link": self.link,
        }


def plain_name(name: str) -> str:
    return name.strip().removeprefix("/").removeprefix("u/").removeprefix("@")


class MemberNotes:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- members and identities -----------------------------------------------------

    def find(self, name: str, *, platform: str = "") -> list[MemberRef]:
        """Members whose name (or display name) is ``name``, any case, without u/."""
        wanted = plain_name(name).lower()
        query = select(Member).where(
            or_(func.lower(Member.name) == wanted, func.lower(Member.display_name) == wanted)
        )
        if platform:
            query = query.where(Member.platform == platform)
        with self.store.session() as session:
            return [MemberRef(m.id, m.platform, m.name) for m in session.scalars(query)]

    def member(self, member_id: int) -> MemberRef | None:
        with self.store.session() as session:
            m = session.get(Member, member_id)
            return None if m is None else MemberRef(m.id, m.platform, m.name)

    def ensure(self, platform: str, name: str, session: Session | None = None) -> int:
        """The member ``name`` on ``platform`` (by name, as Toolbox knows them), added
        if not stored yet (its external id is then the name, as the sync's for Reddit)."""
        clean = plain_name(name)
        if session is None:
            with self.store.writing() as own:
                return self.ensure(platform, name, own)
        found = session.scalars(
            select(Member.id).where(
                Member.platform == platform, func.lower(Member.name) == clean.lower()
            )
        ).first()
        if found is not None:
            return int(found)
        member = Member(platform=platform, external_id=clean, name=clean, display_name="", url="")
        session.add(member)
        session.flush()
        return member.id

    def author_of(self, item_id: int) -> int | None:
        """The member who wrote the stored item ``item_id`` (None: unknown or none)."""
        with self.store.session() as session:
            return session.scalar(select(Item.author_id).where(Item.id == item_id))

    def identities(self, member_id: int) -> list[MemberRef]:
        """Every member linked to ``member_id`` as one person (itself included)."""
        ids = self._group(member_id)
        with self.store.session() as session:
            members = session.scalars(select(Member).where(Member.id.in_(ids)).order_by(Member.id))
            return [MemberRef(m.id, m.platform, m.name) for m in members]

    def _group(self, member_id: int) -> list[int]:
        with self.store.session() as session:
            person = session.get(MemberIdentity, member_id)
            if person is None:
                return [member_id]
            return list(
                session.scalars(
                    select(MemberIdentity.member_id).where(MemberIdentity.person == person.person)
                )
            )

    def link(self, member_id: int, other_id: int) -> None:
        """Link two members (and everyone already linked to either) as one person."""
        with self.store.writing() as session:
            people = {
                i.person
                for i in session.scalars(
                    select(MemberIdentity).where(
                        MemberIdentity.member_id.in_([member_id, other_id])
                    )
                )
            }
            group = {member_id, other_id}
            if people:
                group |= set(
                    session.scalars(
                        select(MemberIdentity.member_id).where(MemberIdentity.person.in_(people))
                    )
                )
            person = min(group)
            session.execute(delete(MemberIdentity).where(MemberIdentity.member_id.in_(group)))
            session.add_all(MemberIdentity(member_id=m, person=person) for m in sorted(group))

    def unlink(self, member_id: int) -> None:
        with self.store.writing() as session:
            session.execute(delete(MemberIdentity).where(MemberIdentity.member_id == member_id))

    # -- notes ------------------------------------------------------------------------

    def add(
        self,
        member_id: int,
        text: str,
        *,
        kind: NoteKind = NoteKind.NOTE,
        community: str = "",
        link: str = "",
        by: str = "",
        source: NoteSource = NoteSource.LOCAL,
        at: datetime | None = None,
        external_id: str = "",
    ) -> int:
        with self.store.writing() as session:
            return self.add_in(
                session,
                member_id,
                text,
                kind=kind,
                community=community,
                link=link,
                by=by,
                source=source,
                at=at,
                external_id=external_id,
            )

    @staticmethod
    def add_in(
        session: Session,
        member_id: int,
        text: str,
        *,
        kind: NoteKind,
        community: str,
        link: str,
        by: str,
        source: NoteSource,
        at: datetime | None,
        external_id: str,
    ) -> int:
        note = MemberNote(
            member_id=member_id,
            community=community,
            kind=NoteKind(kind).value,
            text=text,
            link=link,
            created_at=at or datetime.now(UTC),
            created_by=by,
            source=NoteSource(source).value,
            external_id=external_id,
        )
        session.add(note)
        session.flush()
        return note.id

    def pushed(self, note_id: int, outbox_id: int) -> None:
        """The note went out as the platform's own (outbox entry ``outbox_id``): keep the
        platform's id with it, so reading the platform's notes does not bring it twice."""
        with self.store.writing() as session:
            note = session.get(MemberNote, note_id)
            entry = session.get(OutboxEntry, outbox_id)
            if note is not None and entry is not None and entry.result_external_id:
                note.external_id = entry.result_external_id

    def delete(self, note_id: int) -> bool:
        with self.store.writing() as session:
            note = session.get(MemberNote, note_id)
            if note is None:
                return False
            session.delete(note)
            return True

    def for_member(self, member_id: int) -> list[NoteView]:
        """The person's notes (every linked member's), newest first."""
        return self._notes(self._group(member_id))

    def all(self, member_ids: Sequence[int] | None = None) -> Iterator[NoteView]:
        """Every note (or those of ``member_ids``), oldest first, a page at a time."""
        last = 0
        while True:
            page = self._notes(member_ids, after=last, limit=1000, oldest_first=True)
            yield from page
            if len(page) < 1000:
                return
            last = page[-1].id

    def _notes(
        self,
        member_ids: Sequence[int] | None,
        *,
        after: int = 0,
        limit: int | None = None,
        oldest_first: bool = False,
    ) -> list[NoteView]:
        query = select(MemberNote, Member).join(Member, Member.id == MemberNote.member_id)
        if member_ids is not None:
            query = query.where(MemberNote.member_id.in_(list(member_ids)))
        if oldest_first:
            query = query.where(MemberNote.id > after).order_by(MemberNote.id)
        else:
            query = query.order_by(MemberNote.created_at.desc(), MemberNote.id.desc())
        if limit:
            query = query.limit(limit)
        with self.store.session() as session:
            return [_view(n, m) for n, m in session.execute(query).all()]


def _view(n: MemberNote, m: Member) -> NoteView:
    return NoteView(
        id=n.id,
        member_id=n.member_id,
        member=m.name,
        platform=m.platform,
        community=n.community,
        kind=NoteKind(n.kind),
        text=n.text,
        link=n.link,
        created_at=n.created_at,
        created_by=n.created_by,
        source=NoteSource(n.source),
        external_id=n.external_id,
    )
