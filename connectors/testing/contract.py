"""The connector contract suite: what every connector must do, checked against its fake platform.

A plugin author calls it from pytest with a way to build the connector against a local fake
server (and, for the error checks, ways to make that server fail)::

    from connectors.api import AuthExpired, RateLimited, TemporaryError
    from connectors.testing.contract import ConnectorContract

    def test_my_connector_keeps_the_contract(feed_server):
        contract = ConnectorContract(
            MyConnector,
            lambda: MyConnector(ConnectorContext("test", {"url": feed_server.url})),
            secrets=["the-token-i-gave-it"],
            failures={
                AuthExpired: lambda: feed_server.fail(401),
                RateLimited: lambda: feed_server.fail(429),
                TemporaryError: lambda: feed_server.fail(500),
            },
        )
        contract.check_all()

Each ``check_*`` raises :class:`ContractViolation` (an ``AssertionError``) whose first line says
which rule was broken and how. The rules, precisely:

declaration
    ``id`` is a non-empty lower-case word (letters, digits, ``-`` and ``_``), ``display_name``
    and ``version`` non-empty strings, ``api_versions`` a non-empty tuple of ints including
    this host's major, ``platform`` a string, ``capabilities`` a frozenset of ``Capability``,
    ``settings_fields`` a tuple of ``SettingField`` with unique, non-empty keys, choices for
    a CHOICE field, and no default value for a secret one.
capabilities honoured
    ``send`` of an action whose capability (REPLY, POST, MODERATE) is not declared raises the
    API's ``PermissionDenied``; so does ``read_archive`` without IMPORT_ARCHIVE.
reads well formed
    ``read(None)`` yields ``Batch`` objects only, holding the API's record types; item ids are
    non-empty and unique within one batch; times are timezone-aware; every item's
    ``community_id`` is a community the connector yielded or lists.
cursor resume
    (a) Nothing is lost: for each cursor ``c`` yielded by the first read, every item that
    read yielded after ``c`` is yielded again (by id) by ``read(c)`` (a crash after
    committing ``c`` loses nothing). (b) Nothing is invented: with nothing new on the
    platform, every item ``read(last cursor)`` yields is one the first read yielded, equal
    to it. Yielding such an item again is allowed by default (the host stores an unchanged
    item for free, and the built-ins re-read a recent window on purpose to notice edits and
    deletions); with ``rereads=False`` the contract demands that ``read(last cursor)``
    yields no item at all (a connector whose cursor is an exact position, like a feed's
    ETag).
idempotent re-read
    ``read(c)`` twice from the same cursor yields equal items, in the same order.
errors mapped
    After each ``failures`` callback (which makes the fake platform fail), building a new
    connector and reading raises the mapped type (a subclass counts), never a library's own
    exception (requests', praw's...) or a bare Exception.
no secrets in items
    No secret value appears in any text field of any item, community, member, raw payload,
    skipped record, notice or cursor: everything the host stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime

from connectors.api import (
    Batch,
    Connector,
    ConnectorError,
    Deletion,
    ItemRecord,
    Skipped,
)
from connectors.testing.contract_declaration import check_capabilities, check_declaration
from connectors.testing.contract_support import (
    ContractViolation,
    Reading,
    read_all,
    violation,
)

__all__ = [
    "ConnectorContract",
    "ContractViolation",
    "Reading",
    "check_capabilities",
    "check_declaration",
    "check_errors",
    "check_idempotent",
    "check_no_secrets",
    "check_resume",
    "check_well_formed",
    "read_all",
]

# Shorter values (a "1" setting) would match by chance.
MIN_SECRET_LENGTH = 4


# -- reading ---------------------------------------------------------------------------------


def check_well_formed(cls: type[Connector], reading: Reading, listed: Sequence[str]) -> None:
    """Every batch holds the API's types; ids, times and communities are consistent."""
    known = {c.external_id for c in reading.communities} | set(listed)
    for number, batch in enumerate(reading.batches):
        where = f"batch {number}"
        if not isinstance(batch, Batch):
            raise violation(cls.id, "reads well formed", f"{where} is a {type(batch).__name__}")
        seen: set[str] = set()
        for item in batch.items:
            if not isinstance(item, ItemRecord):
                raise violation(cls.id, "reads well formed", f"{where} holds {item!r}")
            if not item.external_id or not isinstance(item.external_id, str):
                raise violation(cls.id, "reads well formed", f"{where}: empty external_id")
            if item.external_id in seen:
                raise violation(cls.id, "reads well formed", f"{where}: {item.external_id} twice")
            seen.add(item.external_id)
            for stamp in (item.created_at, item.edited_at):
                if stamp is not None and (not isinstance(stamp, datetime) or stamp.tzinfo is None):
                    raise violation(
                        cls.id,
                        "reads well formed",
                        f"item {item.external_id}: naive time {stamp!r}",
                    )
            if item.community_id not in known:
                raise violation(
                    cls.id,
                    "reads well formed",
                    f"item {item.external_id} is in community {item.community_id!r}, "
                    "which the connector never yielded nor lists",
                )
        for record, kind in [(d, Deletion) for d in batch.deletions] + [
            (s, Skipped) for s in batch.skipped
        ]:
            if not isinstance(record, kind):
                raise violation(cls.id, "reads well formed", f"{where} holds {record!r}")


def check_resume(
    cls: type[Connector],
    first: Reading,
    make_connector: Callable[[], Connector],
    rereads: bool = True,
) -> None:
    """Nothing lost when resuming from any cursor; nothing repeated from the last one."""
    items = first.items
    cursors = first.cursors
    if not cursors:
        raise violation(cls.id, "cursor resume", "read(None) yielded no cursor at all")
    for before, cursor in cursors[:-1]:
        expected = {item.external_id for item in items[before:]}
        again = {item.external_id for item in read_all(make_connector(), cursor).items}
        lost = sorted(expected - again)
        if lost:
            raise violation(
                cls.id,
                "cursor resume",
                f"read(cursor after {before} items) lost {len(lost)} items the first read "
                f"yielded after that cursor, e.g. {lost[:3]}",
            )
    earlier = {item.external_id: item for item in items}
    last = read_all(make_connector(), cursors[-1][1])
    for item in last.items:
        before_item = earlier.get(item.external_id)
        if before_item is None:
            raise violation(
                cls.id,
                "cursor resume",
                f"read(last cursor) yielded {item.external_id}, which the first read never "
                "yielded, though nothing new was added to the platform",
            )
        if before_item != item:
            raise violation(
                cls.id,
                "cursor resume",
                f"read(last cursor) yielded {item.external_id} changed, though nothing changed "
                "on the platform",
            )
    if not rereads and last.items:
        raise violation(
            cls.id,
            "cursor resume",
            f"read(last cursor) yielded again {len(last.items)} items already read, e.g. "
            f"{[i.external_id for i in last.items[:3]]} (pass rereads=True if it re-reads "
            "recent items on purpose)",
        )


def check_idempotent(
    cls: type[Connector], first: Reading, make_connector: Callable[[], Connector]
) -> None:
    """The same cursor twice gives the same items (the first, a middle and the last cursor)."""
    cursors = [cursor for _, cursor in first.cursors]
    chosen = list(dict.fromkeys(cursors[:1] + cursors[len(cursors) // 2 :][:1] + cursors[-1:]))
    for cursor in chosen:
        one = read_all(make_connector(), cursor).items
        two = read_all(make_connector(), cursor).items
        if one != two:
            differ = next(
                (
                    f"{a.external_id} vs {b.external_id}"
                    for a, b in zip(one, two, strict=False)
                    if a != b
                ),
                f"{len(one)} items vs {len(two)}",
            )
            raise violation(
                cls.id,
                "idempotent re-read",
                f"reading twice from cursor {cursor[:60]!r} gave different items ({differ})",
            )


def check_errors(
    cls: type[Connector],
    make_connector: Callable[[], Connector],
    failures: Mapping[type[ConnectorError], Callable[[], object]],
) -> None:
    """Each platform failure comes out as the API's error type, never a library's."""
    for expected, make_it_fail in failures.items():
        make_it_fail()
        connector = make_connector()
        try:
            read_all(connector, None)
        except expected:
            continue
        except ContractViolation:
            raise
        except Exception as error:
            raise violation(
                cls.id,
                "errors mapped",
                f"after the platform failed for {expected.__name__}, read raised "
                f"{type(error).__module__}.{type(error).__name__}: {error}",
            ) from error
        raise violation(
            cls.id,
            "errors mapped",
            f"after the platform failed for {expected.__name__}, read did not raise",
        )


def check_no_secrets(cls: type[Connector], reading: Reading, secrets: Iterable[str]) -> None:
    """No secret value in anything the host would store."""
    values = [s for s in secrets if len(s) >= MIN_SECRET_LENGTH]
    for number, batch in enumerate(reading.batches):
        for where, text in _texts(batch, f"batch {number}"):
            for secret in values:
                if secret in text:
                    raise violation(
                        cls.id,
                        "no secrets in items",
                        f"{where} holds a secret setting's value ({len(secret)} characters)",
                    )


def _texts(value: object, where: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > 20:  # raw payloads are nested JSON; deeper would be a cycle
        return
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _texts(str(key), f"{where}.{key}", depth + 1)
            yield from _texts(inner, f"{where}.{key}", depth + 1)
    elif isinstance(value, (list, tuple)):
        for index, inner in enumerate(value):
            yield from _texts(inner, f"{where}[{index}]", depth + 1)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _texts(getattr(value, f.name), f"{where}.{f.name}", depth + 1)


# -- the whole contract ----------------------------------------------------------------------


@dataclass
class ConnectorContract:
    """Every rule for one connector: ``make_connector`` builds a new instance against the fake
    platform each time it is called (same settings); ``secrets`` are the secret values its
    context holds; ``failures`` maps an API error type to a callback making the platform fail
    in the way that should raise it (the next request or few); ``rereads=False`` forbids
    yielding an already read item again from the last cursor (see "cursor resume")."""

    connector_class: type[Connector]
    make_connector: Callable[[], Connector]
    secrets: Sequence[str] = ()
    failures: Mapping[type[ConnectorError], Callable[[], object]] = field(default_factory=dict)
    rereads: bool = True

    def first_reading(self) -> Reading:
        return read_all(self.make_connector(), None)

    def check_declaration(self) -> None:
        check_declaration(self.connector_class)

    def check_capabilities(self) -> None:
        check_capabilities(self.connector_class, self.make_connector)

    def check_reads(self) -> Reading:
        """Well formed, resumable, idempotent and free of secrets; returns the first read."""
        cls = self.connector_class
        first = self.first_reading()
        connector = self.make_connector()
        try:
            listed = [c.external_id for c in connector.list_communities()]
        finally:
            connector.close()
        check_well_formed(cls, first, listed)
        check_no_secrets(cls, first, self.secrets)
        check_resume(cls, first, self.make_connector, self.rereads)
        check_idempotent(cls, first, self.make_connector)
        return first

    def check_errors(self) -> None:
        check_errors(self.connector_class, self.make_connector, self.failures)

    def check_all(self) -> None:
        """All rules, errors last (a failing platform may stay failed for a while)."""
        self.check_declaration()
        self.check_capabilities()
        self.check_reads()
        self.check_errors()
