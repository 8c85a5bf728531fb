"""The contract's rules on what a connector declares, and on what it must refuse."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from connectors.api import (
    API_MAJOR,
    Action,
    Capability,
    CommunityRecord,
    Connector,
    FieldKind,
    ModAction,
    Moderate,
    PermissionDenied,
    Post,
    Reply,
    SettingField,
)
from connectors.testing.contract_support import ContractViolation, violation

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


# -- declaration ---------------------------------------------------------------------------


def check_declaration(cls: type[Connector]) -> None:
    """The class attributes the host reads to list and check the plugin are well formed."""
    name = getattr(cls, "id", None)
    label = name if isinstance(name, str) else cls.__name__

    def bad(detail: str) -> ContractViolation:
        return violation(label, "declaration", detail)

    if not (isinstance(cls, type) and issubclass(cls, Connector)):
        raise bad(f"{cls!r} is not a Connector subclass")
    if not isinstance(name, str) or not _ID.match(name):
        raise bad(f"id {name!r} must be a lower-case word (a-z, 0-9, - and _)")
    for attribute in ("display_name", "version"):
        value = getattr(cls, attribute, None)
        if not isinstance(value, str) or not value.strip():
            raise bad(f"{attribute} {value!r} must be a non-empty string")
    versions = getattr(cls, "api_versions", None)
    if (
        not isinstance(versions, tuple)
        or not versions
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in versions)
    ):
        raise bad(f"api_versions {versions!r} must be a non-empty tuple of ints, e.g. (1,)")
    if API_MAJOR not in versions:
        raise bad(f"api_versions {versions!r} does not include this host's major {API_MAJOR}")
    if not isinstance(cls.platform, str):
        raise bad(f"platform {cls.platform!r} must be a string")
    capabilities = cls.capabilities
    if not isinstance(capabilities, frozenset) or not all(
        isinstance(c, Capability) for c in capabilities
    ):
        raise bad(f"capabilities {capabilities!r} must be a frozenset of Capability members")
    _check_settings(cls.settings_fields, bad)


def _check_settings(settings: object, bad: Callable[[str], ContractViolation]) -> None:
    if not isinstance(settings, tuple):
        raise bad(f"settings_fields must be a tuple of SettingField, not {type(settings).__name__}")
    keys: set[str] = set()
    for setting in settings:
        if not isinstance(setting, SettingField):
            raise bad(f"settings_fields holds {setting!r}, not a SettingField")
        if not setting.key or not setting.key.isidentifier():
            raise bad(f"setting key {setting.key!r} must be a non-empty identifier")
        if setting.key in keys:
            raise bad(f"setting key {setting.key!r} is declared twice")
        keys.add(setting.key)
        if not setting.label.strip():
            raise bad(f"setting {setting.key!r} has no label")
        if not isinstance(setting.kind, FieldKind):
            raise bad(f"setting {setting.key!r} kind {setting.kind!r} is not a FieldKind")
        if setting.kind is FieldKind.CHOICE and not setting.choices:
            raise bad(f"setting {setting.key!r} is a CHOICE without choices")
        if setting.choices and setting.default and setting.default not in setting.choices:
            raise bad(f"setting {setting.key!r} default {setting.default!r} is not a choice")
        if setting.secret and setting.default:
            raise bad(f"secret setting {setting.key!r} has a default value (it would leak)")


# -- capabilities ----------------------------------------------------------------------------

_ACTIONS: tuple[tuple[Capability, Action], ...] = (
    (Capability.REPLY, Reply("contract-target", "A reply the contract suite sends")),
    (Capability.POST, Post("contract-community", "A post the contract suite sends", "Title")),
    (Capability.MODERATE, Moderate("contract-target", ModAction.REMOVE)),
)


def _send(connector: Connector, action: Action) -> object:
    return connector.send(action)


def check_capabilities(cls: type[Connector], make_connector: Callable[[], Connector]) -> None:
    """Undeclared actions and archive imports raise the API's PermissionDenied."""
    for capability, action in _ACTIONS:
        if capability in cls.capabilities:
            continue
        _expect_denied(cls, make_connector, partial(_send, action=action), capability)
    if Capability.IMPORT_ARCHIVE not in cls.capabilities:

        def archive(connector: Connector) -> object:
            community = CommunityRecord("contract", "Contract", cls.platform)
            return next(iter(connector.read_archive(Path("contract-no-such.zip"), community)))

        _expect_denied(cls, make_connector, archive, Capability.IMPORT_ARCHIVE)


def _expect_denied(
    cls: type[Connector],
    make_connector: Callable[[], Connector],
    call: Callable[[Connector], object],
    capability: Capability,
) -> None:
    connector = make_connector()
    try:
        call(connector)
    except PermissionDenied:
        return
    except Exception as error:
        raise violation(
            cls.id,
            "capabilities honoured",
            f"{capability} is not declared, so it must raise PermissionDenied, "
            f"but it raised {type(error).__module__}.{type(error).__name__}: {error}",
        ) from error
    finally:
        connector.close()
    raise violation(
        cls.id,
        "capabilities honoured",
        f"{capability} is not declared, yet the connector did it without raising PermissionDenied",
    )
