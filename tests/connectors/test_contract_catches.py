"""The contract suite catches a broken connector, rule by rule, with a message naming the rule.

``Tiny`` is a small, correct connector over an in-memory platform (a list of posts, a switch
to make it fail); each test breaks one thing in a subclass and expects that rule to fail.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import requests

from connectors.api import (
    ActionResult,
    AuthExpired,
    Batch,
    Capability,
    CommunityRecord,
    ConnectionInfo,
    Connector,
    ConnectorContext,
    ConnectorError,
    ItemKind,
    ItemRecord,
    RateLimited,
    SettingField,
    TemporaryError,
)
from connectors.testing.contract import ConnectorContract, ContractViolation, check_declaration

TOKEN = "tiny-secret-token-31337"


@dataclass
class Platform:
    posts: list[str] = field(default_factory=lambda: [f"Post number {n}" for n in range(7)])
    failing: int = 0  # the HTTP status the platform answers with, 0: none

    def fail(self, status: int) -> Callable[[], None]:
        def make_it_fail() -> None:
            self.failing = status

        return make_it_fail


PLATFORM = Platform()


class Tiny(Connector):
    id = "tiny"
    display_name = "Tiny platform"
    version = "1.0"
    platform = "tiny"
    settings_fields = (SettingField("token", "Token", required=True, secret=True),)

    def test_connection(self) -> ConnectionInfo:
        return ConnectionInfo("ok")

    def list_communities(self) -> Sequence[CommunityRecord]:
        return [CommunityRecord("c1", "Tiny", "tiny")]

    def check_platform(self) -> None:
        status = PLATFORM.failing
        if status == 401:
            raise AuthExpired("Sign in again.")
        if status == 429:
            raise RateLimited("Slow down.")
        if status >= 500:
            raise TemporaryError("Tiny failed; will retry.")

    def item(self, number: int) -> ItemRecord:
        created = datetime(2026, 1, 1, 12, number, tzinfo=UTC)
        return ItemRecord(f"p{number}", ItemKind.POST, "c1", created, text=PLATFORM.posts[number])

    def read(self, cursor: str | None) -> Iterator[Batch]:
        start = json.loads(cursor)["next"] if cursor else 0
        yield Batch(communities=self.list_communities())
        for number in range(start, len(PLATFORM.posts), 3):  # three items a batch
            self.check_platform()
            stop = min(number + 3, len(PLATFORM.posts))
            items = [self.item(n) for n in range(number, stop)]
            yield Batch(items=items, cursor=json.dumps({"next": stop}))


def contract(cls: type[Connector], **more: object) -> ConnectorContract:
    return ConnectorContract(
        cls,
        lambda: cls(ConnectorContext("test", {}, {"token": TOKEN})),
        secrets=[TOKEN],
        failures={
            AuthExpired: PLATFORM.fail(401),
            RateLimited: PLATFORM.fail(429),
            TemporaryError: PLATFORM.fail(500),
        },
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def platform() -> Iterator[Platform]:
    PLATFORM.failing = 0
    yield PLATFORM
    PLATFORM.failing = 0


def test_the_tiny_connector_passes_every_rule() -> None:
    contract(Tiny, rereads=False).check_all()


def broken(rule: str) -> pytest.RaisesExc[ContractViolation]:
    return pytest.raises(ContractViolation, match=f"connector 'tiny' breaks '{rule}': ")


@pytest.mark.parametrize(
    ("attributes", "detail"),
    [
        ({"id": "Tiny Platform"}, "id 'Tiny Platform' must be a lower-case word"),
        ({"display_name": ""}, "display_name '' must be a non-empty string"),
        ({"api_versions": 1}, "api_versions 1 must be a non-empty tuple of ints"),
        ({"api_versions": (2,)}, "does not include this host's major 1"),
        ({"capabilities": frozenset({"read"})}, "must be a frozenset of Capability members"),
        (
            {"settings_fields": (SettingField("token", "Token"), SettingField("token", "Again"))},
            "setting key 'token' is declared twice",
        ),
        (
            {"settings_fields": (SettingField("token", "Token", secret=True, default="abc"),)},
            "secret setting 'token' has a default value",
        ),
    ],
)
def test_a_malformed_declaration_is_named(attributes: dict[str, object], detail: str) -> None:
    cls = type("BadDeclaration", (Tiny,), attributes)
    with pytest.raises(ContractViolation, match="breaks 'declaration': ") as caught:
        check_declaration(cls)
    assert detail in str(caught.value)


def test_an_action_it_did_not_declare_must_be_refused() -> None:
    class Eager(Tiny):
        def send(self, action: object) -> ActionResult:
            return ActionResult(external_id="sent-anyway")

    with broken("capabilities honoured") as caught:
        contract(Eager).check_capabilities()
    assert "reply is not declared" in str(caught.value)
    assert Capability.REPLY not in Eager.capabilities


def test_resuming_that_loses_items_is_caught() -> None:
    class Skipper(Tiny):
        def read(self, cursor: str | None) -> Iterator[Batch]:
            for batch in super().read(cursor):
                # Resumes one item too far: the item right after the cursor is lost.
                yield batch if cursor is None else Batch(items=batch.items[1:], cursor=batch.cursor)

    with broken("cursor resume") as caught:
        contract(Skipper).check_reads()
    assert "lost 2 items" in str(caught.value) and "['p3', 'p6']" in str(caught.value)


def test_ignoring_the_cursor_is_caught_when_rereads_are_not_expected() -> None:
    class Forgetful(Tiny):
        def read(self, cursor: str | None) -> Iterator[Batch]:
            yield from super().read(None)

    with broken("cursor resume") as caught:
        contract(Forgetful, rereads=False).check_reads()
    assert "yielded again 7 items already read" in str(caught.value)


def test_a_reread_that_changes_items_is_not_idempotent() -> None:
    class Moody(Tiny):
        def item(self, number: int) -> ItemRecord:
            record = super().item(number)
            return ItemRecord(
                record.external_id,
                record.kind,
                record.community_id,
                record.created_at,
                text=f"{record.text} ({random.random():.6f})",
            )

    with broken("idempotent re-read") as caught:
        contract(Moody).check_reads()
    assert "gave different items (p3 vs p3)" in str(caught.value)


def test_a_library_error_must_be_mapped_to_the_api_types() -> None:
    class Leaky(Tiny):
        def check_platform(self) -> None:
            if PLATFORM.failing:
                raise requests.HTTPError(f"{PLATFORM.failing} Client Error: Unauthorized")

    with broken("errors mapped") as caught:
        contract(Leaky).check_errors()
    assert "read raised requests.exceptions.HTTPError" in str(caught.value)
    assert "AuthExpired" in str(caught.value)


def test_a_failure_that_raises_nothing_is_caught() -> None:
    class Blind(Tiny):
        def check_platform(self) -> None:
            pass

    with broken("errors mapped") as caught:
        contract(Blind).check_errors()
    assert "read did not raise" in str(caught.value)


def test_a_secret_in_the_raw_payload_is_caught() -> None:
    class Chatty(Tiny):
        def item(self, number: int) -> ItemRecord:
            record = super().item(number)
            raw = {"request": {"headers": {"Authorization": f"Bearer {self.context.get('token')}"}}}
            return ItemRecord(
                record.external_id, record.kind, "c1", record.created_at, record.text, raw=raw
            )

    with broken("no secrets in items") as caught:
        contract(Chatty).check_reads()
    message = str(caught.value)
    assert "batch 1.items[0].raw.request.headers.Authorization" in message
    assert TOKEN not in message  # the message never shows the secret itself


def test_an_item_in_a_community_it_never_yielded_is_caught() -> None:
    class Stray(Tiny):
        def item(self, number: int) -> ItemRecord:
            record = super().item(number)
            return ItemRecord(record.external_id, record.kind, "elsewhere", record.created_at)

    with broken("reads well formed") as caught:
        contract(Stray).check_reads()
    assert "community 'elsewhere'" in str(caught.value)


def test_connector_errors_are_the_only_ones_it_accepts() -> None:
    # A ConnectorError of the wrong kind is not enough: 401 must be AuthExpired.
    class Vague(Tiny):
        def check_platform(self) -> None:
            if PLATFORM.failing:
                raise ConnectorError("Something failed.")

    with broken("errors mapped") as caught:
        contract(Vague).check_errors()
    assert "connectors.api.ConnectorError: Something failed." in str(caught.value)
