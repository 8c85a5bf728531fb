"""Importing a platform data export (a Facebook archive, a LinkedIn export) into a community.

The connector reads the file (``Connector.read_archive``) as a stream, within the
:class:`ImportLimits` this module sets for it; this module finds or creates the target
community and writes the batches with the same BatchWriter as a sync. The whole archive is
one transaction: a damaged, foreign, oversized or empty file, or any failure halfway,
changes nothing, and an account created for the import is removed again. Archives never
touch the account's sync cursor.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select

from connectors.api import BadData, Batch, Capability, CommunityRecord, CommunityType
from connectors.archive_io import DEFAULT_LIMITS, ImportLimits, import_limits
from workbench.core.accounts.service import AccountError, AccountService, AccountView
from workbench.core.sync.writer import BatchWriter, WriteCounts
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Community
from workbench.db.store import Store

log = logging.getLogger(__name__)

ARCHIVE_ACCOUNT_NAMES = {"facebook": "Facebook archives", "linkedin": "LinkedIn exports"}


@dataclass
class ImportSummary:
    account: str
    community: str
    counts: WriteCounts = field(default_factory=WriteCounts)

    def describe(self) -> Words:
        """What was imported, for the CLI and the log (``str()`` of it is the English)."""
        c = self.counts
        source = QT_TRANSLATE_NOOP(
            "Imports",
            "Imported into {community} ({account}): {new} new, {updated} updated, "
            "{unchanged} already there, {skipped} unreadable entries.",
        )
        values = {"community": self.community, "account": self.account, "new": c.new}
        values |= {"updated": c.updated, "unchanged": c.unchanged, "skipped": c.skipped}
        return Words("Imports", source, values)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "community"


def archive_account(
    accounts: AccountService, connector_id: str, name: str = ""
) -> tuple[AccountView, bool]:
    """The account to import into: the named one, the only one of this connector, or a new
    archive-only account when there is none (then the flag is True)."""
    if name:
        account = accounts.get(name)
        if account.connector_id != connector_id:
            source = QT_TRANSLATE_NOOP("Imports", "“{name}” is a {connector} account, not {kind}.")
            values = {"name": name, "connector": account.connector_name, "kind": connector_id}
            raise AccountError(Words("Imports", source, values))
        return account, False
    mine = [a for a in accounts.all() if a.connector_id == connector_id]
    if len(mine) == 1:
        return mine[0], False
    if len(mine) > 1:
        names = ", ".join(a.name for a in mine)
        source = QT_TRANSLATE_NOOP(
            "Imports", "Several {kind} accounts exist ({names}): choose one."
        )
        raise AccountError(Words("Imports", source, {"kind": connector_id, "names": names}))
    name = ARCHIVE_ACCOUNT_NAMES.get(connector_id, connector_id)
    return accounts.add(connector_id, name, {}), True


def _community(
    store: Store, account: AccountView, platform: str, name: str, url: str
) -> CommunityRecord:
    """The account's community called ``name`` (or with that id), or a new one."""
    with store.session() as session:
        row = session.scalars(
            select(Community).where(
                Community.account_id == account.id,
                or_(Community.name == name, Community.external_id == name),
            )
        ).first()
    if row is None:
        return CommunityRecord(f"archive:{_slug(name)}", name, platform, url)
    kind = CommunityType(row.community_type) if row.community_type else None
    return CommunityRecord(
        row.external_id, row.name, row.platform, url or row.url, kind, row.description
    )


class NothingToImport(BadData):
    """The export holds no item for the community: importing it would change nothing."""


def _write(
    store: Store, writer: BatchWriter, batches: Iterable[Batch], summary: ImportSummary, path: Path
) -> None:
    """All batches in one transaction, as SyncEngine writes one batch."""
    # Holding the write lock from the first statement, as a sync's commit does.
    with store.writing_immediately() as connection:
        for batch in batches:
            # An archive is not a reading position: the sync cursor stays as it is.
            batch = dataclasses.replace(batch, cursor=None, budget=None)
            summary.counts.add(writer.apply(connection, batch))
        c = summary.counts
        if not (c.new or c.updated or c.unchanged):
            # Raised inside the transaction: the community it would create is not kept.
            values = {"file": path.name, "community": summary.community, "skipped": c.skipped}
            if c.skipped:
                source = QT_TRANSLATE_NOOP(
                    "Imports",
                    "{file} holds nothing to import into {community} ({skipped} unreadable "
                    "entries): nothing was changed.",
                )
            else:
                source = QT_TRANSLATE_NOOP(
                    "Imports",
                    "{file} holds nothing to import into {community}: nothing was changed.",
                )
            raise NothingToImport(Words("Imports", source, values))


def import_archive(
    store: Store,
    accounts: AccountService,
    account_id: int,
    path: Path,
    community: str,
    *,
    url: str = "",
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportSummary:
    """Import the export at ``path`` into ``community`` of the account, all or nothing.

    Raises the connector's BadData (damaged, foreign or empty file; LimitExceeded for one
    over ``limits``) with nothing written.
    """
    if not community.strip():
        raise AccountError(
            Words("Imports", QT_TRANSLATE_NOOP("Imports", "Name the community to import into."))
        )
    account = accounts.get(account_id)
    connector = accounts.connector(account)
    try:
        if Capability.IMPORT_ARCHIVE not in connector.capabilities:
            source = QT_TRANSLATE_NOOP("Imports", "{connector} cannot import data exports.")
            raise AccountError(Words("Imports", source, {"connector": connector.display_name}))
        platform = connector.platform or connector.id
        target = _community(store, account, platform, community.strip(), url)
        summary = ImportSummary(account.name, target.name)
        writer = BatchWriter(account.id, platform, fts=store.is_sqlite)
        with import_limits(limits):
            # Connectors check the file (its names, declared sizes) before the first batch:
            # do that before taking the store's write lock, so a foreign or oversized file
            # does not hold up a running sync. The rest is read as it is written.
            batches = iter(connector.read_archive(path, target))
            first = next(batches, None)
            # Environment errors (locked, full, damaged) come out as a plain StoreError.
            _write(store, writer, itertools.chain([first] if first else [], batches), summary, path)
    finally:
        connector.close()
    log.info("archive %s: %s", path.name, summary.describe())
    return summary


ARCHIVE_KINDS = {"facebook-archive": "facebook", "linkedin-export": "linkedin"}


def import_export_file(
    store: Store,
    accounts: AccountService,
    kind: str,
    path: Path,
    community: str,
    *,
    account_name: str = "",
    url: str = "",
    limits: ImportLimits = DEFAULT_LIMITS,
) -> ImportSummary:
    """Import a platform export of ``kind`` (see ARCHIVE_KINDS): the CLI and the GUI path.

    Picks the account (creating an archive-only one when there is none) and, if the archive
    is refused, empty or interrupted, leaves the workspace exactly as it was.
    """
    connector_id = ARCHIVE_KINDS[kind]
    account, created = archive_account(accounts, connector_id, account_name)
    try:
        return import_archive(store, accounts, account.id, path, community, url=url, limits=limits)
    except BaseException:  # Ctrl+C too: an account made for this import goes with it
        if created:
            accounts.remove(account.id)
        raise
