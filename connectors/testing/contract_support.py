"""What the contract suite's checks share: the violation, one reading, ``read_all``."""

from __future__ import annotations

from dataclasses import dataclass, field

from connectors.api import Batch, CommunityRecord, Connector, ItemRecord

# A read yields at most this many batches here: fake platforms are small.
MAX_BATCHES = 10_000


class ContractViolation(AssertionError):
    """A connector broke a rule of the plugin contract; the message says which and how."""


@dataclass
class Reading:
    """Everything one ``read(cursor)`` yielded, in order."""

    batches: list[Batch] = field(default_factory=list)

    @property
    def items(self) -> list[ItemRecord]:
        return [item for batch in self.batches for item in batch.items]

    @property
    def cursors(self) -> list[tuple[int, str]]:
        """(number of items yielded before the cursor, the cursor) for each cursor."""
        found: list[tuple[int, str]] = []
        count = 0
        for batch in self.batches:
            count += len(batch.items)
            if batch.cursor is not None:
                found.append((count, batch.cursor))
        return found

    @property
    def communities(self) -> list[CommunityRecord]:
        return [c for batch in self.batches for c in batch.communities]


def violation(connector_id: str, rule: str, detail: str) -> ContractViolation:
    return ContractViolation(f"connector {connector_id!r} breaks '{rule}': {detail}")


def read_all(connector: Connector, cursor: str | None) -> Reading:
    """Run ``connector.read(cursor)`` to its end (bounded) and close the connector."""
    reading = Reading()
    try:
        for count, batch in enumerate(connector.read(cursor)):
            if count >= MAX_BATCHES:
                raise violation(
                    type(connector).id, "reads well formed", f"more than {MAX_BATCHES} batches"
                )
            reading.batches.append(batch)
    finally:
        connector.close()
    return reading
