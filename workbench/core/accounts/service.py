"""Accounts: adding, editing, testing and removing connected platform accounts.

Settings declared ``secret`` by the connector go to the keyring; everything else is kept in
the accounts table. Every method is safe to call from a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update

from connectors.api import (
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    FieldKind,
    SettingField,
)
from connectors.registry import Registry
from workbench.core.accounts import secrets
from workbench.core.accounts.state import AccountState
from workbench.core.outbox.state import OutboxStatus
from workbench.core.stored_words import from_stored
from workbench.core.text import QT_TRANSLATE_NOOP, Words, local_time_text
from workbench.db.models import Account, Community, Item, OutboxEntry
from workbench.db.store import Store

STATE = "AccountState"  # the translation context of account states


class AccountError(Exception):
    """A user mistake (unknown connector, duplicate name, missing setting): plain words,
    as Words (``error.args[0]``) the GUI and CLI translate; ``str(error)`` is the English."""


A = "Accounts"  # the translation context of accounts' messages


def _refuse(source: str, **values: object) -> AccountError:
    return AccountError(Words(A, source, values))


def _label(field: SettingField) -> Words:
    # The connector marked its labels (connectors.api.QT_TRANSLATE_NOOP): the GUI shows the
    # translated one inside the translated sentence, the CLI the English.
    return Words("ConnectorSettings", field.label)


@dataclass(frozen=True)
class AccountView:
    id: int
    uid: str
    name: str
    connector_id: str
    connector_name: str
    settings: Mapping[str, Any]
    enabled: bool
    status: AccountState
    status_words: Words  # the last sync's message (core/stored_words.py): translate to show
    retry_at: datetime | None
    last_sync_at: datetime | None
    budget_remaining: int | None
    budget_reset_at: datetime | None
    item_count: int = 0
    community_count: int = 0

    @property
    def status_message(self) -> str:
        """The last sync's message in English (logs, tests); show ``status_words`` translated."""
        return str(self.status_words)

    @property
    def signed_in_before(self) -> bool:
        """Only an account that once synced has a sign-in that can expire."""
        return self.last_sync_at is not None

    def state_words(self) -> Words:
        """The account's state in words: translated by the GUI, English in the CLI."""
        if not self.enabled:
            return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Disabled"))
        if self.status is AccountState.OK:
            return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "OK"))
        if self.status is AccountState.NEVER:
            return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Not synced yet"))
        if self.status is AccountState.AUTH_NEEDED:
            if self.signed_in_before:
                return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Sign in again"))
            return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Sign in"))
        if self.status is AccountState.RATE_LIMITED:
            if self.retry_at:
                until = local_time_text(self.retry_at)
                text = QT_TRANSLATE_NOOP("AccountState", "Rate limited until {time}")
                return Words(STATE, text, {"time": until})
            return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Rate limited"))
        return Words(STATE, QT_TRANSLATE_NOOP("AccountState", "Failing"))

    @property
    def state_text(self) -> str:
        """The state in English, for the CLI ("rate limited until 14:05")."""
        return str(self.state_words()).lower()


@dataclass(frozen=True)
class RemovalSummary:
    account: str
    communities: int
    items: int
    pending_actions: int

    def words(self) -> Words:
        text = QT_TRANSLATE_NOOP(
            "Accounts",
            "Removing “{account}” deletes its {communities} communities, {items} stored items "
            "and {actions} unsent actions from this workspace, and its saved passwords and "
            "tokens from the keyring. Nothing is deleted on the platform.",
        )
        values = {
            "account": self.account,
            "communities": self.communities,
            "items": self.items,
            "actions": self.pending_actions,
        }
        return Words(A, text, values)

    def describe(self) -> str:
        return str(self.words())


def _now() -> datetime:
    return datetime.now(UTC)


def validate(fields: tuple[SettingField, ...], values: Mapping[str, str]) -> dict[str, str]:
    """Check values against the declared fields; return them with defaults filled in."""
    known = {f.key: f for f in fields}
    unknown = sorted(set(values) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise _refuse(
            QT_TRANSLATE_NOOP("Accounts", "Unknown setting {unknown}. Known settings: {names}."),
            unknown=", ".join(unknown),
            names=names,
        )
    result: dict[str, str] = {}
    for field in fields:
        value = values.get(field.key, "").strip()
        if not value:
            if field.required:
                required = QT_TRANSLATE_NOOP("Accounts", "“{label}” ({key}) is required.")
                raise _refuse(required, label=_label(field), key=field.key)
            value = field.default
        if value and field.kind is FieldKind.INTEGER and not value.lstrip("-").isdigit():
            text = QT_TRANSLATE_NOOP("Accounts", "“{label}” must be a whole number, not “{value}”.")
            raise _refuse(text, label=_label(field), value=value)
        if (
            value
            and field.kind is FieldKind.BOOLEAN
            and value.lower()
            not in (
                "true",
                "false",
                "yes",
                "no",
                "1",
                "0",
            )
        ):
            text = QT_TRANSLATE_NOOP("Accounts", "“{label}” must be yes or no, not “{value}”.")
            raise _refuse(text, label=_label(field), value=value)
        if (
            value
            and field.kind is FieldKind.CHOICE
            and field.choices
            and value not in field.choices
        ):
            text = QT_TRANSLATE_NOOP("Accounts", "“{label}” must be one of {choices}.")
            raise _refuse(text, label=_label(field), choices=", ".join(field.choices))
        if value and field.kind is FieldKind.URL and not value.startswith(("http://", "https://")):
            text = QT_TRANSLATE_NOOP(
                "Accounts", "“{label}” must be a web address starting with https://."
            )
            raise _refuse(text, label=_label(field))
        result[field.key] = value
    return result


class AccountService:
    def __init__(self, store: Store, registry: Registry) -> None:
        self.store = store
        self.registry = registry

    # -- reading ----------------------------------------------------------------------

    def connector_class(self, connector_id: str) -> type[Connector]:
        cls = self.registry.get(connector_id)
        if cls is None:
            info = self.registry.info(connector_id)
            if info and info.reason:  # the registry's reason: the plugin's own words
                text = QT_TRANSLATE_NOOP(
                    "Accounts", "The connector “{id}” is not available: {why}."
                )
                raise _refuse(text, id=connector_id, why=info.reason)
            text = QT_TRANSLATE_NOOP(
                "Accounts", "The connector “{id}” is not available (not installed)."
            )
            raise _refuse(text, id=connector_id)
        return cls

    def _view(self, account: Account, items: int = 0, communities: int = 0) -> AccountView:
        info = self.registry.info(account.connector_id)
        return AccountView(
            id=account.id,
            uid=account.uid,
            name=account.name,
            connector_id=account.connector_id,
            connector_name=info.display_name if info else account.connector_id,
            settings=dict(account.settings),
            enabled=account.enabled,
            status=AccountState(account.status),
            status_words=from_stored(account.status_message),
            retry_at=account.retry_at,
            last_sync_at=account.last_sync_at,
            budget_remaining=account.budget_remaining,
            budget_reset_at=account.budget_reset_at,
            item_count=items,
            community_count=communities,
        )

    def all(self) -> list[AccountView]:
        with self.store.session() as session:
            accounts = session.scalars(select(Account).order_by(Account.name)).all()
            items = dict(
                session.execute(
                    select(Item.account_id, func.count()).group_by(Item.account_id)
                ).all()
            )
            communities = dict(
                session.execute(
                    select(Community.account_id, func.count()).group_by(Community.account_id)
                ).all()
            )
            return [self._view(a, items.get(a.id, 0), communities.get(a.id, 0)) for a in accounts]

    def has_any(self) -> bool:
        """Is there an account at all? (all() counts every account's items.)"""
        with self.store.session() as session:
            return session.scalar(select(Account.id).limit(1)) is not None

    def get(self, name_or_id: str | int) -> AccountView:
        with self.store.session() as session:
            condition = (
                Account.id == name_or_id
                if isinstance(name_or_id, int)
                else Account.name == name_or_id
            )
            account = session.scalars(select(Account).where(condition)).first()
            if account is None:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Accounts", "There is no account “{name}”."), name=name_or_id
                )
            items = session.scalar(select(func.count()).where(Item.account_id == account.id)) or 0
            communities = (
                session.scalar(select(func.count()).where(Community.account_id == account.id)) or 0
            )
            return self._view(account, items, communities)

    # -- changing ---------------------------------------------------------------------

    def _split(
        self, connector: type[Connector], values: Mapping[str, str]
    ) -> tuple[dict[str, str], dict[str, str]]:
        checked = validate(connector.settings_fields, values)
        secret_keys = set(connector.secret_keys())
        plain = {k: v for k, v in checked.items() if k not in secret_keys}
        secret = {k: v for k, v in checked.items() if k in secret_keys and v}
        return plain, secret

    def add(self, connector_id: str, name: str, values: Mapping[str, str]) -> AccountView:
        """Add an account; ``values`` holds settings and secrets, split by the declaration."""
        name = name.strip()
        if not name:
            raise _refuse(QT_TRANSLATE_NOOP("Accounts", "An account needs a name."))
        connector = self.connector_class(connector_id)
        plain, secret = self._split(connector, values)
        with self.store.writing() as session:
            if session.scalar(select(Account.id).where(Account.name == name)) is not None:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Accounts", "An account named “{name}” already exists."),
                    name=name,
                )
            account = Account(
                uid=str(uuid.uuid4()),
                connector_id=connector_id,
                name=name,
                settings=plain,
                enabled=True,
                created_at=_now(),
                status=AccountState.NEVER,
                status_message="",
            )
            session.add(account)
            session.flush()
            # Inside the transaction: if the keyring refuses, the account is not created.
            for key, value in secret.items():
                secrets.set_account_secret(account.uid, key, value)
            session.flush()
            return self._view(account)

    def update(self, account_id: int, values: Mapping[str, str], *, name: str = "") -> AccountView:
        """Change settings. A secret left empty keeps the stored one."""
        with self.store.writing() as session:
            account = session.get_one(Account, account_id)
            connector = self.connector_class(account.connector_id)
            # A secret left empty keeps the stored one, so a required secret stays satisfied.
            kept = {
                key: secrets.get_secret(account.uid, key) or ""
                for key in connector.secret_keys()
                if not values.get(key, "").strip()
            }
            plain, secret = self._split(connector, {**values, **kept})
            secret = {k: v for k, v in secret.items() if k not in kept}
            if name.strip() and name.strip() != account.name:
                clash = session.scalar(select(Account.id).where(Account.name == name.strip()))
                if clash is not None:
                    raise _refuse(
                        QT_TRANSLATE_NOOP("Accounts", "An account named “{name}” already exists."),
                        name=name.strip(),
                    )
                account.name = name.strip()
            account.settings = plain
            for key, value in secret.items():
                secrets.set_account_secret(account.uid, key, value)
            # New settings deserve a fresh try.
            if AccountState(account.status).needs_attention:
                account.status, account.status_message = AccountState.NEVER, ""
            session.flush()
            return self._view(account)

    def set_enabled(self, account_id: int, enabled: bool) -> None:
        with self.store.writing() as session:
            session.get_one(Account, account_id).enabled = enabled

    def removal_summary(self, account_id: int) -> RemovalSummary:
        with self.store.session() as session:
            account = session.get_one(Account, account_id)
            count = select(func.count())
            return RemovalSummary(
                account=account.name,
                communities=session.scalar(count.where(Community.account_id == account_id)) or 0,
                items=session.scalar(count.where(Item.account_id == account_id)) or 0,
                pending_actions=session.scalar(
                    count.where(
                        OutboxEntry.account_id == account_id,
                        OutboxEntry.status.in_([s for s in OutboxStatus if s.cancellable]),
                    )
                )
                or 0,
            )

    def remove(self, account_id: int) -> RemovalSummary:
        summary = self.removal_summary(account_id)
        with self.store.writing() as session:
            account = session.get_one(Account, account_id)
            connector = self.registry.get(account.connector_id)
            keys = connector.secret_keys() if connector else ()
            uid = account.uid
            # Keep the search index in step with the items the cascade deletes.
            self.store.search_index.forget_account(session.connection(), account_id)
            session.delete(account)
        secrets.delete_account_secrets(uid, keys)
        return summary

    # -- communities ------------------------------------------------------------------

    def communities(self, account_id: int) -> list[Community]:
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(Community)
                    .where(Community.account_id == account_id)
                    .order_by(Community.name)
                )
            )

    def set_community(
        self, community_id: int, *, community_type: str | None = None, followed: bool | None = None
    ) -> None:
        with self.store.writing() as session:
            community = session.get_one(Community, community_id)
            if community_type is not None:
                community.community_type = community_type or None
            if followed is not None:
                community.followed = followed

    def follow(
        self, account_id: int, records: list[CommunityRecord], types: Mapping[str, str]
    ) -> None:
        """Follow the chosen communities, with the community type the user picked for each."""
        with self.store.writing() as session:
            for record in records:
                community = session.scalars(
                    select(Community).where(
                        Community.account_id == account_id,
                        Community.external_id == record.external_id,
                    )
                ).first()
                if community is None:
                    community = Community(
                        account_id=account_id,
                        external_id=record.external_id,
                        platform=record.platform,
                        name=record.name,
                        url=record.url,
                        description=record.description,
                    )
                    session.add(community)
                community.followed = True
                community.community_type = types.get(record.external_id) or (
                    record.community_type.value if record.community_type else None
                )

    def unfollow(self, account_id: int, external_ids: list[str]) -> None:
        """Stop following communities; their stored items stay until the account is removed."""
        if not external_ids:
            return
        with self.store.writing() as session:
            session.execute(
                update(Community)
                .where(Community.account_id == account_id, Community.external_id.in_(external_ids))
                .values(followed=False)
            )

    # -- connectors -------------------------------------------------------------------

    def context(
        self, account: AccountView, is_cancelled: Callable[[], bool] = lambda: False
    ) -> ConnectorContext:
        connector = self.connector_class(account.connector_id)
        values = {k: v for k, v in validate_lenient(connector, account.settings).items()}
        stored = {}
        for key in connector.secret_keys():
            value = secrets.get_secret(account.uid, key)
            if value:
                stored[key] = value
        with self.store.session() as session:
            followed = session.scalars(
                select(Community.external_id).where(
                    Community.account_id == account.id, Community.followed.is_(True)
                )
            ).all()
        return ConnectorContext(
            account_name=account.name,
            settings=values,
            secrets=stored,
            save_secret=lambda key, value: secrets.set_account_secret(account.uid, key, value),
            is_cancelled=is_cancelled,
            followed_communities=tuple(followed),
        )

    def connector(
        self, account: AccountView, is_cancelled: Callable[[], bool] = lambda: False
    ) -> Connector:
        return self.connector_class(account.connector_id)(self.context(account, is_cancelled))

    def test_connection(self, account_id: int) -> ConnectionInfo:
        connector = self.connector(self.get(account_id))
        try:
            return connector.test_connection()
        finally:
            connector.close()

    def test_settings(self, connector_id: str, values: Mapping[str, str]) -> ConnectionInfo:
        """Test settings before the account is saved (the Add account form)."""
        cls = self.connector_class(connector_id)
        plain, secret = self._split(cls, values)
        connector = cls(ConnectorContext(account_name="test", settings=plain, secrets=secret))
        try:
            return connector.test_connection()
        finally:
            connector.close()


def validate_lenient(connector: type[Connector], stored: Mapping[str, Any]) -> dict[str, str]:
    """Stored settings with defaults for fields added since the account was saved."""
    result = {f.key: f.default for f in connector.settings_fields if not f.secret}
    result.update({k: str(v) for k, v in stored.items() if k in result})
    return result
