"""Secrets (passwords, tokens) live in a keyring only, never in the database.

Each account's secrets are stored under the service ``community-workbench`` with the user
name ``<account uid>/<setting key>``, so renaming an account keeps its secrets.

Where they go is decided once, by ``configure``: the backend named by PYTHON_KEYRING_BACKEND
(or keyring's config file) when there is one; else the system keyring (Secret Service,
KWallet, macOS Keychain, Windows Credential Locker); else the encrypted secrets file, once the
user has chosen it and given its passphrase. A secret is never reported as saved when no
persistent store took it: without one, saving raises SecretsUnavailable saying what to do.
"""

from __future__ import annotations

import enum
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import keyring.errors

from workbench.core.accounts import secret_file
from workbench.core.logs import remember_secret
from workbench.core.text import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)

SERVICE = "community-workbench"
PASSPHRASE_ENV = "WORKBENCH_SECRETS_PASSPHRASE"
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"


class SecretsUnavailable(Exception):
    """No usable keyring: the message says what to do."""


K = "Keyring"  # the translation context of what is said about keyrings
_HOW_TO_FIX_SOURCE = QT_TRANSLATE_NOOP(
    "Keyring",
    "No system keyring is available to store passwords and tokens, so accounts that need one "
    "cannot be saved. Keep them in an encrypted secrets file instead (Accounts › Where "
    "passwords are kept, or set {variable} for the command line), or install and unlock "
    "a system keyring (on Linux GNOME Keyring or KWallet: apt install gnome-keyring) and "
    "restart.",
)
HOW_TO_FIX = _HOW_TO_FIX_SOURCE.format(variable=PASSPHRASE_ENV)  # the English (startup notices)
LOCKED = QT_TRANSLATE_NOOP(
    "Keyring",
    "Passwords and tokens are in the encrypted secrets file {path}, which is locked. Give its "
    "passphrase (Accounts › Where passwords are kept, or {variable} for the command line).",
)
MEMORY_ONLY = QT_TRANSLATE_NOOP(
    "Keyring", "Secrets are only kept in memory and would be lost at exit. {how_to_fix}"
)


class Storage(enum.StrEnum):
    SYSTEM = "system"  # a system keyring (or a persistent one named in PYTHON_KEYRING_BACKEND)
    ENCRYPTED_FILE = "encrypted-file"
    MEMORY = "memory"  # MemoryKeyring: tests and smoke tests only, forgotten at exit
    LOCKED = "locked"  # the encrypted file exists but has no passphrase yet
    NONE = "none"


@dataclass(frozen=True, slots=True)
class KeyringState:
    storage: Storage
    backend: str
    explicit: bool  # chosen by PYTHON_KEYRING_BACKEND rather than found

    @property
    def can_store(self) -> bool:
        """Secrets can be saved: persistently, or in memory when a test asked for that."""
        return self.persistent or (self.storage is Storage.MEMORY and self.explicit)

    @property
    def persistent(self) -> bool:
        return self.storage in (Storage.SYSTEM, Storage.ENCRYPTED_FILE)

    def problem_words(self) -> Words | None:
        """What is wrong, in words the GUI and CLI translate, or None when secrets can be
        stored."""
        if self.can_store:
            return None
        if self.storage is Storage.LOCKED:
            values = {"path": str(secret_file.default_path()), "variable": PASSPHRASE_ENV}
            return Words(K, LOCKED, values)
        if self.storage is Storage.MEMORY:
            return Words(K, MEMORY_ONLY, {"how_to_fix": how_to_fix()})
        return how_to_fix()

    def problem(self) -> str:
        """What is wrong, in English, or "" when secrets can be stored."""
        words = self.problem_words()
        return "" if words is None else str(words)

    def describe(self) -> str:
        if self.storage is Storage.ENCRYPTED_FILE:
            return f"the encrypted secrets file {secret_file.default_path()}"
        if self.storage is Storage.MEMORY:
            how = ", chosen by PYTHON_KEYRING_BACKEND" if self.explicit else ""
            return f"memory keyring (tests only{how}): secrets are forgotten at exit"
        if self.storage is Storage.SYSTEM:
            return f"the keyring {self.backend}"
        return self.problem()


def how_to_fix() -> Words:
    return Words(K, _HOW_TO_FIX_SOURCE, {"variable": PASSPHRASE_ENV})


def _system_keyring(backend: keyring.backend.KeyringBackend) -> bool:
    """Keyring's detection may consider only system keyrings: never a file or memory one."""
    module = type(backend).__module__
    return not module.startswith(("keyrings.cryptfile", "keyrings.alt", "workbench."))


_configured = False


def configure() -> None:
    """Choose where secrets go (see the module doc). Runs once, on first use."""
    global _configured
    _configured = True
    if BACKEND_ENV not in os.environ:
        # Without a limit, keyring would also pick keyrings.cryptfile's own backend, which
        # asks for a passphrase on the terminal (and hangs a GUI app).
        keyring.core.init_backend(limit=_system_keyring)
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if passphrase and not state().can_store:
        try:
            use_encrypted_file(passphrase)
        except SecretsUnavailable as error:
            log.warning("%s: %s", PASSPHRASE_ENV, error)  # the file stays locked


def _ready() -> None:
    if not _configured:
        configure()


def state() -> KeyringState:
    """Where secrets go now, and whether they survive a restart."""
    _ready()
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    explicit = os.environ.get(BACKEND_ENV, "") == name
    if isinstance(backend, secret_file.EncryptedFileKeyring):
        return KeyringState(Storage.ENCRYPTED_FILE, name, False)
    if isinstance(backend, MemoryKeyring):
        return KeyringState(Storage.MEMORY, name, explicit)
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        locked = secret_file.default_path().is_file()
        return KeyringState(Storage.LOCKED if locked else Storage.NONE, name, explicit)
    return KeyringState(Storage.SYSTEM, name, explicit)


def use_encrypted_file(passphrase: str) -> Path:
    """Keep secrets in the encrypted file from now on: open it, or create it if it is new.

    Raises SecretsUnavailable when the passphrase does not open the existing file.
    """
    _ready()
    path = secret_file.default_path()
    backend = secret_file.EncryptedFileKeyring(path)
    try:
        backend.unlock(passphrase)
    except secret_file.WrongPassphrase as error:
        raise SecretsUnavailable(str(error)) from error
    except OSError as error:
        text = QT_TRANSLATE_NOOP("Keyring", "The secrets file {path} cannot be used: {error}")
        raise SecretsUnavailable(
            Words(K, text, {"path": str(path), "error": str(error)})
        ) from error
    keyring.set_keyring(backend)
    return path


def _unavailable(error: Exception) -> SecretsUnavailable:
    if isinstance(error, secret_file.DamagedEntry | secret_file.WrongPassphrase):
        return SecretsUnavailable(str(error))
    problem = state().problem_words()
    if problem:
        return SecretsUnavailable(problem)
    text = QT_TRANSLATE_NOOP(
        "Keyring",
        "The keyring could not be used ({error}). Unlock it and try again, or keep passwords "
        "in the encrypted secrets file instead (Accounts › Where passwords are kept).",
    )
    return SecretsUnavailable(Words(K, text, {"error": str(error)}))


def _require() -> None:
    problem = state().problem_words()
    if problem:
        raise SecretsUnavailable(problem)


def _key(account_uid: str, key: str) -> str:
    return f"{account_uid}/{key}"


def get_secret(account_uid: str, key: str) -> str | None:
    _ready()
    try:
        value = keyring.get_password(SERVICE, _key(account_uid, key))
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from error
    if key != INDEX_KEY:
        remember_secret(value)  # never in a log line from now on
    return value


def set_secret(account_uid: str, key: str, value: str) -> None:
    """Store a secret, or raise SecretsUnavailable: never a silent loss."""
    if key != INDEX_KEY:
        remember_secret(value)
    _require()
    try:
        keyring.set_password(SERVICE, _key(account_uid, key), value)
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from error


def delete_secret(account_uid: str, key: str) -> None:
    _ready()
    try:
        keyring.delete_password(SERVICE, _key(account_uid, key))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from error


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
    if state().storage is Storage.NONE:
        return  # nothing can have been stored, and removing the account must still work
    for key in dict.fromkeys([*keys, *stored_keys(account_uid)]):
        delete_secret(account_uid, key)
    delete_secret(account_uid, INDEX_KEY)


def keyring_available() -> bool:
    """False when secrets cannot be stored (no keyring, or the encrypted file is locked)."""
    return state().can_store


def backend_name() -> str:
    return state().backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything at exit: for tests and smoke tests.

    Select it with PYTHON_KEYRING_BACKEND=workbench.core.accounts.secrets.MemoryKeyring.
    The negative priority keeps keyring from ever choosing it on its own.
    """

    priority = -1.0

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
