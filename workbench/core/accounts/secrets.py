"""Secrets (passwords, tokens) live in the system keyring only, never in the database.

Each account's secrets are stored under the service ``community-workbench`` with the user
name ``<account uid>/<setting key>``, so renaming an account keeps its secrets.
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

SERVICE = "community-workbench"


class SecretsUnavailable(Exception):
    """No usable keyring: the message says what to do."""


HOW_TO_FIX = (
    "No system keyring is available to store passwords and tokens. On Linux, install and "
    "unlock a Secret Service provider (GNOME Keyring or KWallet), or set "
    "PYTHON_KEYRING_BACKEND to another keyring backend."
)


def _key(account_uid: str, key: str) -> str:
    return f"{account_uid}/{key}"


def get_secret(account_uid: str, key: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(account_uid, key))
    except keyring.errors.KeyringError as error:
        raise SecretsUnavailable(f"{HOW_TO_FIX} ({error})") from error


def set_secret(account_uid: str, key: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, _key(account_uid, key), value)
    except keyring.errors.KeyringError as error:
        raise SecretsUnavailable(f"{HOW_TO_FIX} ({error})") from error


def delete_secret(account_uid: str, key: str) -> None:
    try:
        keyring.delete_password(SERVICE, _key(account_uid, key))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as error:
        raise SecretsUnavailable(f"{HOW_TO_FIX} ({error})") from error


# Keyrings cannot list their entries: the names (never the values) of an account's secrets
# are kept under this key, so removing the account finds them even when its plugin is gone.
INDEX_KEY = "~secret-keys"


def stored_keys(account_uid: str) -> list[str]:
    return (get_secret(account_uid, INDEX_KEY) or "").split()


def set_account_secret(account_uid: str, key: str, value: str) -> None:
    set_secret(account_uid, key, value)
    names = stored_keys(account_uid)
    if key not in names:
        set_secret(account_uid, INDEX_KEY, " ".join([*names, key]))


def delete_account_secrets(account_uid: str, keys: tuple[str, ...] = ()) -> None:
    """Delete every secret stored for the account: ``keys`` and those in its index."""
    for key in dict.fromkeys([*keys, *stored_keys(account_uid)]):
        delete_secret(account_uid, key)
    delete_secret(account_uid, INDEX_KEY)


def keyring_available() -> bool:
    """False when only keyring's fail backend is there (headless Linux without a keyring)."""
    import keyring.backends.fail

    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything at exit: for tests and smoke tests.

    Select it with PYTHON_KEYRING_BACKEND=workbench.core.accounts.secrets.MemoryKeyring.
    """

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
