"""An account's state, as stored in ``accounts.status``; the GUI and CLI put it in words."""

from __future__ import annotations

import enum


class AccountState(enum.StrEnum):
    NEVER = "never"  # added, not synced yet
    OK = "ok"
    AUTH_NEEDED = "auth-needed"  # the platform refused the sign-in: sign in again
    RATE_LIMITED = "rate-limited"  # waits until ``retry_at``
    FAILING = "failing"  # the last sync failed for another reason

    @property
    def needs_attention(self) -> bool:
        return self in (AccountState.AUTH_NEEDED, AccountState.FAILING)
