"""The encrypted secrets file: a keyring kept in one file, locked with the user's passphrase.

For machines without a system keyring (a headless server, a minimal desktop). Built on
keyrings.cryptfile (AES-GCM, Argon2id key derivation). The passphrase is held in memory only,
for as long as the app runs; it is never written anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import keyring.errors
import platformdirs
from keyrings.cryptfile.cryptfile import CryptFileKeyring

APP_NAME = "Community Workbench"
FILE_ENV = "WORKBENCH_SECRETS_FILE"


def default_path() -> Path:
    """Per user, like a system keyring: every workspace of the user shares it."""
    configured = os.environ.get(FILE_ENV)
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir(APP_NAME, False)) / "secrets.cfg"


class WrongPassphrase(keyring.errors.KeyringError):
    """The passphrase does not open the file (or none was given yet)."""


class DamagedEntry(keyring.errors.KeyringError):
    """An entry of the file cannot be decrypted (the file was changed or damaged)."""


class EncryptedFileKeyring(CryptFileKeyring):  # type: ignore[misc]
    """keyrings.cryptfile's backend at our path, unlocked by ``unlock`` and never by a prompt.

    ``priority`` is negative so keyring never picks it on its own (the library's entry point
    registers its own class, which the app leaves out of detection, see secrets.configure).
    """

    priority = -1
    # RFC 9106's second recommended Argon2id setting (the library's default takes 1.5 s per
    # secret read or written on a small machine; this takes about 0.4 s).
    time_cost = 3

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.file_path = str(path)
        self._keys: dict[tuple[str, bytes], bytes] = {}

    def unlock(self, passphrase: str) -> None:
        """Open the file with ``passphrase``, or create it when it does not exist yet."""
        if not passphrase.strip():
            raise WrongPassphrase("The passphrase cannot be empty.")
        Path(self.file_path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.keyring_key = passphrase  # the library checks it against the file
        except (ValueError, DamagedEntry) as error:
            raise WrongPassphrase(
                f"That is not the passphrase of the secrets file {self.file_path}."
            ) from error

    def get_password(self, service: str, username: str) -> str | None:
        try:
            value = super().get_password(service, username)
        except (ValueError, KeyError, TypeError) as error:  # a failed MAC check, bad JSON
            raise DamagedEntry(
                f"The entry for {username} in the secrets file {self.file_path} cannot be read "
                "(the file was changed or damaged): save that password or token again."
            ) from error
        return None if value is None else str(value)

    def _get_new_password(self) -> str:
        raise WrongPassphrase("The secrets file is locked: give its passphrase first.")

    def _unlock(self) -> None:
        if self._keyring_key is None:
            raise WrongPassphrase("The secrets file is locked: give its passphrase first.")
        super()._unlock()

    def _create_cipher(self, password: str, salt: bytes, nonce: bytes | None = None) -> Any:
        """Derive each entry's key once per run: reading the same secret again costs nothing."""
        from Crypto.Cipher import AES

        key = self._keys.get((password, salt))
        if key is None:
            from argon2.low_level import Type, hash_secret_raw

            key = hash_secret_raw(
                secret=password.encode(self.password_encoding),
                salt=salt,
                time_cost=self.time_cost,
                memory_cost=self.memory_cost,
                parallelism=self.parallelism,
                hash_len=16,
                type=Type.ID,
            )
            self._keys[(password, salt)] = key
        return AES.new(key, self._get_mode(self.aesmode), nonce)
