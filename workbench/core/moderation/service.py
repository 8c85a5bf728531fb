"""The moderation service: the queue, actions, the decision log, member notes, Toolbox
import, removal reasons, platform mod notes, erasing, cases; one object the workspace
builds and hands to the Moderation pane and the CLI."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from connectors.api import Capability, Connector, ModerationTools, ModNote
from workbench.core.accounts.service import AccountService
from workbench.core.inbox.service import InboxService
from workbench.core.moderation import toolbox
from workbench.core.moderation.actions import ModerationActions
from workbench.core.moderation.cases import Cases
from workbench.core.moderation.decisions import DecisionLog
from workbench.core.moderation.erase import erase_person
from workbench.core.moderation.notes import MemberNotes
from workbench.core.moderation.queue import ModerationQueue
from workbench.core.moderation.reasons import RemovalTemplate, bundled
from workbench.core.moderation.sources import MemberReports, PlatformReports, QueueSource
from workbench.core.moderation.state import NoteKind, NoteSource
from workbench.core.outbox.actions import OutboxActions
from workbench.db.interfaces import Erased
from workbench.db.models import Account, Community, Guideline, MemberNote
from workbench.db.moderation import moderation_sql
from workbench.db.store import Store

log = logging.getLogger(__name__)

LABELS = {kind.platform_label: kind for kind in NoteKind if kind is not NoteKind.NOTE}


@dataclass(frozen=True)
class NotesImport:
    members: int
    notes: int
    duplicates: int  # already imported before: left out


class ModerationService:
    def __init__(
        self,
        store: Store,
        *,
        inbox: InboxService,
        actions: OutboxActions,
        accounts: AccountService,
        sources: Sequence[QueueSource] = (),
    ) -> None:
        self.store = store
        self.accounts = accounts
        self.sql = moderation_sql(store)
        self.decisions = DecisionLog(store)
        self.notes = MemberNotes(store)
        self.reports = MemberReports(store)
        self.cases = Cases(store)
        self.queue = ModerationQueue(
            inbox=inbox,
            decisions=self.decisions,
            notes=self.notes,
            sources=[PlatformReports(self.sql), self.reports, *sources],
        )
        self.actions = ModerationActions(
            actions=actions,
            accounts=accounts,
            inbox=inbox,
            decisions=self.decisions,
            notes=self.notes,
            sql=self.sql,
        )

    # -- member reports ---------------------------------------------------------------

    def report(self, item_id: int, *, reporter: str, reason: str, by: str) -> int:
        """ "Report this" on any stored item: it joins the queue with reporter and reason.
        (The inbox can offer it as an action on its items.)"""
        return self.reports.record(item_id, reporter=reporter, reason=reason, by=by)

    # -- Toolbox usernotes ------------------------------------------------------------

    def import_toolbox(
        self, path: Path, *, community: str, platform: str = "reddit", by: str = ""
    ) -> NotesImport:
        """Import a saved usernotes page; raises ToolboxError (then nothing is imported)."""
        return self._import(toolbox.read_file(path), community, platform, by)

    def import_toolbox_page(
        self, raw: bytes, *, name: str, community: str, platform: str = "reddit", by: str = ""
    ) -> NotesImport:
        return self._import(toolbox.parse(raw, name), community, platform, by)

    def import_toolbox_from(
        self, account_id: int, community_id: str, *, by: str = ""
    ) -> NotesImport:
        """Read the community's usernotes wiki page through the account's connector."""
        account = self.accounts.get(account_id)
        connector = self.accounts.connector(account)
        try:
            if (
                not isinstance(connector, ModerationTools)
                or Capability.WIKI not in connector.capabilities
            ):
                raise toolbox.ToolboxError(f"{account.name} cannot read wiki pages.")
            raw = connector.wiki_page(community_id, "usernotes").encode()
        finally:
            connector.close()
        return self.import_toolbox_page(
            raw,
            name=f"{community_id} usernotes",
            community=community_id,
            platform=connector.platform,
            by=by,
        )

    def _import(
        self, found: Sequence[toolbox.ToolboxNote], community: str, platform: str, by: str
    ) -> NotesImport:
        members: dict[str, int] = {}
        added = duplicates = 0
        # One transaction: a failure halfway leaves nothing imported.
        with self.store.writing() as session:
            seen = {
                (n.member_id, n.text, int(n.created_at.timestamp()))
                for n in session.scalars(
                    select(MemberNote).where(
                        MemberNote.source == NoteSource.TOOLBOX.value,
                        MemberNote.community == community,
                    )
                )
            }
            for note in found:
                key = note.user.lower()
                if key not in members:
                    members[key] = self.notes.ensure(platform, note.user, session)
                member_id = members[key]
                if (member_id, note.text, int(note.created_at.timestamp())) in seen:
                    duplicates += 1
                    continue
                seen.add((member_id, note.text, int(note.created_at.timestamp())))
                self.notes.add_in(
                    session,
                    member_id,
                    note.text,
                    kind=note.kind,
                    community=community,
                    link=note.link,
                    by=note.moderator or by,
                    source=NoteSource.TOOLBOX,
                    at=note.created_at,
                    external_id="",
                )
                added += 1
        return NotesImport(len(members), added, duplicates)

    # -- the platform's own notes and removal reasons ---------------------------------

    def _tools(self, account_id: int, capability: Capability) -> Connector | None:
        """The account's connector if it offers ``capability`` (the caller closes it)."""
        connector = self.accounts.connector(self.accounts.get(account_id))
        if isinstance(connector, ModerationTools) and capability in connector.capabilities:
            return connector
        connector.close()
        return None

    def community_language(self, account_id: int | None, community_id: str) -> str | None:
        """The language a community writes in, when we know it: its guideline document's
        language, else the account's ``language`` setting (the demo's); None otherwise."""
        if account_id is None:
            return None
        with self.store.session() as session:
            guideline = session.scalar(
                select(Guideline.language)
                .join(Community, Community.id == Guideline.community_id)
                .where(Community.account_id == account_id, Community.external_id == community_id)
            )
            settings = session.scalar(select(Account.settings).where(Account.id == account_id))
        setting = settings.get("language") if isinstance(settings, dict) else None
        return guideline or (setting if isinstance(setting, str) and setting else None)

    def removal_reasons(
        self, account_id: int | None, community_id: str, *, language: str = "en"
    ) -> list[RemovalTemplate]:
        """Our bundled removal reasons, the user's, then the platform's own for the community.
        The bundled ones are in the community's language if known, else ``language`` (the
        user interface's: core does not know it)."""
        # The user's own (playbooks' removal_reasons table) follow the bundled ones.
        from workbench.core.playbooks.reasons_store import stored_templates

        language = self.community_language(account_id, community_id) or language
        templates = bundled(language) + stored_templates(self.store)
        if account_id is None:
            return templates
        connector = self._tools(account_id, Capability.REMOVAL_REASONS)
        if connector is None:
            return templates
        try:
            assert isinstance(connector, ModerationTools)
            native = connector.removal_reasons(community_id)
        finally:
            connector.close()
        return templates + [RemovalTemplate(r.title, r.message, r.id, native=True) for r in native]

    def read_platform_notes(self, account_id: int, community_id: str, member_id: int) -> int:
        """Fetch the platform's mod notes on the member and keep the new ones; returns how
        many were new."""
        member = self.notes.member(member_id)
        if member is None:
            return 0
        connector = self._tools(account_id, Capability.MOD_NOTES)
        if connector is None:
            return 0
        try:
            assert isinstance(connector, ModerationTools)
            platform_notes: Sequence[ModNote] = connector.mod_notes(community_id, member.name)
        finally:
            connector.close()
        known = {n.external_id for n in self.notes.for_member(member_id) if n.external_id}
        new = 0
        for note in platform_notes:
            if note.id in known or not note.note:
                continue
            self.notes.add(
                member_id,
                note.note,
                kind=LABELS.get(note.label, NoteKind.NOTE),
                community=community_id,
                link=note.link,
                by=note.moderator,
                source=NoteSource.PLATFORM,
                at=note.created_at,
                external_id=note.id,
            )
            new += 1
        return new

    # -- erasing ----------------------------------------------------------------------

    def erase_member(self, member_id: int) -> Erased:
        return erase_person(self.notes, self.sql, member_id)

    def communities(self) -> list[str]:
        with self.store.session() as session:
            return sorted(set(session.scalars(select(Community.name))))
