"""Reading platform data exports within bounds: the import limits and bounded entry streams.

An export is a .zip (or its unpacked folder) that a stranger may have built: a 1 MB zip can
expand to gigabytes. Readers open only the entries they use, never read media, and read
each entry as a stream through :class:`_Bounded`, which counts the bytes really produced
(the zip's header can lie) against :class:`ImportLimits`. So memory stays flat whatever
the file; a file over a limit is refused with :class:`LimitExceeded`, a plain one-liner.

The host sets the limits of an import with :func:`import_limits`; a reader (built-in or a
plugin's ``read_archive``) asks :func:`current_limits`. The plugin API's ``read_archive``
signature stays as it is, so connectors written for an older API keep working.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from connectors.api import BadData

MiB = 1024 * 1024
CHUNK = 256 * 1024
_SPACE = re.compile(r"[ \t\r\n]*")
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+-]*\Z")
RATIO_FLOOR = MiB  # small files compress far better than real data (a page of spaces)


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """How much of an export an import reads before it refuses the file.

    Only the entries an importer uses count (JSON or CSV files); photos and videos are
    never read, so a several-GB export with media fits. Sizes are uncompressed bytes.
    """

    max_entry_bytes: int = 512 * MiB  # one JSON/CSV file
    max_total_bytes: int = 2048 * MiB  # all the files read, together
    max_ratio: int = 100  # uncompressed / compressed size of a zip entry
    max_record_bytes: int = 8 * MiB  # one JSON entry or one CSV row

    def __post_init__(self) -> None:
        for name in ("max_entry_bytes", "max_total_bytes", "max_ratio", "max_record_bytes"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise ValueError(f"{name} must be a whole number above 0.")


DEFAULT_LIMITS = ImportLimits()
_current: ContextVar[ImportLimits] = ContextVar("import_limits", default=DEFAULT_LIMITS)


def current_limits() -> ImportLimits:
    """The limits of the import being run (the defaults outside one)."""
    return _current.get()


@contextmanager
def import_limits(limits: ImportLimits) -> Iterator[None]:
    """Run an import's reading (and its batches' iteration) under ``limits``."""
    token = _current.set(limits)
    try:
        yield
    finally:
        _current.reset(token)


class LimitExceeded(BadData):
    """The export is bigger than the import limits allow (or a zip bomb)."""


RAISE_HINT = "If the export is genuine, raise the import limits (see “Import limits”)."


def _mb(size: int) -> str:
    return f"{size / MiB:,.0f} MB" if size >= MiB else f"{size:,} bytes"


@dataclass
class _Budget:
    """What one import has read so far, across its entries."""

    limits: ImportLimits
    archive: str
    total: int = 0


class _Bounded(io.RawIOBase):
    """An entry's bytes, counted as they are produced; refuses past the limits."""

    def __init__(self, raw: IO[bytes], label: str, budget: _Budget, compressed: int | None) -> None:
        super().__init__()
        self._raw, self._label, self._budget, self._compressed = raw, label, budget, compressed
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(min(len(buffer), CHUNK))
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as error:
            raise BadData(
                f"{self._budget.archive} is damaged ({self._label}: {error}): the download "
                "may be incomplete. Download the export again."
            ) from None
        self._count(len(data))
        buffer[: len(data)] = data
        return len(data)

    def _count(self, size: int) -> None:
        self.count += size
        self._budget.total += size
        limits, name = self._budget.limits, self._budget.archive
        if self.count > limits.max_entry_bytes:
            raise LimitExceeded(
                f"{self._label} in {name} is over {_mb(limits.max_entry_bytes)}, the limit for "
                f"one file of an export. {RAISE_HINT}"
            )
        if self._budget.total > limits.max_total_bytes:
            raise LimitExceeded(
                f"{name} holds over {_mb(limits.max_total_bytes)} of data to import, the limit "
                f"for one export. {RAISE_HINT}"
            )
        if (
            self._compressed is not None
            and self.count > RATIO_FLOOR
            and self.count > limits.max_ratio * max(self._compressed, 1)
        ):
            raise LimitExceeded(_bomb(self._label, name, limits))

    def close(self) -> None:
        self._raw.close()
        super().close()


def _bomb(label: str, name: str, limits: ImportLimits) -> str:
    return (
        f"{label} in {name} expands over {limits.max_ratio} times its compressed size: "
        f"that is a zip bomb, not a data export. {RAISE_HINT}"
    )


def _unsafe(name: str) -> bool:
    posix = name.replace("\\", "/")
    path = PurePosixPath(posix)
    return path.is_absolute() or ".." in path.parts or "\x00" in name or posix[1:3] == ":/"


@dataclass
class Export:
    """The entries of an export that a reader uses, each opened as a bounded stream."""

    path: Path
    budget: _Budget
    _zip: zipfile.ZipFile | None = None
    _members: dict[str, zipfile.ZipInfo | Path] = field(default_factory=dict)

    def keys(self) -> set[str]:
        return set(self._members)

    def __contains__(self, key: str) -> bool:
        return key in self._members

    def open(self, key: str) -> io.BufferedReader:
        """The entry's bytes (BadData or LimitExceeded once it misbehaves)."""
        member = self._members[key]
        if isinstance(member, Path):
            try:
                raw: IO[bytes] = member.open("rb")
            except OSError as error:
                raise BadData(f"{member.name} cannot be read ({error.strerror}).") from None
            label, compressed = member.name, None
        else:
            assert self._zip is not None
            try:
                raw = self._zip.open(member)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
                raise BadData(
                    f"{member.filename} in {self.path.name} cannot be read ({error})."
                ) from None
            label, compressed = PurePosixPath(member.filename).name, member.compress_size
        return io.BufferedReader(_Bounded(raw, label, self.budget, compressed), CHUNK)

    def text(self, key: str, *, encoding: str = "utf-8") -> io.TextIOWrapper:
        """The entry as text; a decoding fault raises UnicodeDecodeError while reading."""
        return io.TextIOWrapper(self.open(key), encoding=encoding, newline="")


def _check_declared(export: Export, sizes: list[tuple[str, int, int | None]]) -> None:
    """Refuse, before reading a byte, what the export says is too big (it may say less).

    ``sizes`` holds each entry's base name, size and compressed size (None in a folder).
    """
    limits, name = export.budget.limits, export.path.name
    for label, size, compressed in sizes:
        if (
            compressed is not None
            and size > RATIO_FLOOR
            and size > limits.max_ratio * max(compressed, 1)
        ):
            raise LimitExceeded(_bomb(label, name, limits))
        if size > limits.max_entry_bytes:
            raise LimitExceeded(
                f"{label} in {name} is {_mb(size)}, over {_mb(limits.max_entry_bytes)}, "
                f"the limit for one file of an export. {RAISE_HINT}"
            )
    total = sum(size for _, size, _ in sizes)
    if total > limits.max_total_bytes:
        raise LimitExceeded(
            f"{name} holds {_mb(total)} of data to import, over {_mb(limits.max_total_bytes)}, "
            f"the limit for one export. {RAISE_HINT}"
        )


def _folder(root: Path, wanted: Callable[[str], str | None], export: Export) -> None:
    base = root.resolve()
    for folder, _dirs, files in os.walk(root):  # does not follow links to folders
        for file_name in sorted(files):
            key = wanted(file_name)
            if key is None:
                continue
            file = Path(folder) / file_name
            real = file.resolve()
            if not real.is_relative_to(base):
                raise BadData(
                    f"{file.relative_to(root)} in {root.name} links to {real}, outside the "
                    "export's folder: import the export's own files."
                )
            try:
                mode = real.stat().st_mode
            except OSError as error:
                raise BadData(
                    f"{file.relative_to(root)} cannot be read ({error.strerror})."
                ) from None
            if not stat.S_ISREG(mode):
                raise BadData(f"{file.relative_to(root)} in {root.name} is not a regular file.")
            export._members[key] = real
    _check_declared(
        export,
        [(p.name, p.stat().st_size, None) for p in export._members.values() if isinstance(p, Path)],
    )


@contextmanager
def open_export(
    path: Path, wanted: Callable[[str], str | None], limits: ImportLimits
) -> Iterator[Export]:
    """The export at ``path`` (a .zip or folder), with the entries ``wanted`` maps to a key.

    ``wanted`` gets an entry's base name and returns its key, or None to leave it unread
    (the last entry with a key wins). The zip's names and declared sizes are checked before
    anything is read.
    """
    export = Export(path, _Budget(limits, path.name))
    if path.is_dir():
        _folder(path, wanted, export)
        yield export
        return
    if not path.is_file():
        raise BadData(f"{path} does not exist.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise BadData(
            f"{path.name} is not a readable .zip file ({error}): the download may be "
            "incomplete. Download the export again."
        ) from None
    with archive:
        infos = archive.infolist()
        for info in infos:
            if _unsafe(info.filename):
                raise BadData(
                    f"{path.name} holds a file named {info.filename!r}, which points outside "
                    "the export: this is not a file the platform made."
                )
        chosen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            key = None if info.is_dir() else wanted(PurePosixPath(info.filename).name)
            if key is not None:
                chosen[key] = info
        for info in chosen.values():
            if info.flag_bits & 0x1:
                raise BadData(
                    f"{PurePosixPath(info.filename).name} in {path.name} is password-protected: "
                    "export it again without a password."
                )
        _check_declared(
            export,
            [
                (PurePosixPath(i.filename).name, i.file_size, i.compress_size)
                for i in chosen.values()
            ],
        )
        export._zip = archive
        export._members.update(chosen)
        yield export


class JsonEntries:
    """The entries of a JSON file, one at a time: its top-level list, or the first list in
    its top-level object (``{"group_posts_v2": [...]}``). Memory holds one entry.

    Raises ValueError for damaged JSON and BadData for an entry over the record limit or
    nested too deeply to be real data.
    """

    def __init__(self, text: IO[str], label: str, limits: ImportLimits) -> None:
        self._text, self._label, self._limits = text, label, limits
        self._buf, self._pos, self._eof = "", 0, False
        self._decoder = json.JSONDecoder()

    def __iter__(self) -> Iterator[Any]:
        first = self._peek()
        if first == "[":
            yield from self._array()
        elif first == "{":
            self._pos += 1
            found = False
            if self._peek() == "}":
                self._pos += 1
            else:
                while True:
                    if not isinstance(self._value(), str):
                        raise ValueError("an object key is not a string")
                    self._expect(":")
                    if not found and self._peek() == "[":
                        found = True
                        yield from self._array()
                    else:
                        self._value()
                    if self._next_of(",}") == "}":
                        break
            if not found:
                raise ValueError("no list of entries")
        else:
            raise ValueError("not a JSON list or object")
        if self._peek():
            raise ValueError("extra data after the end")

    def _array(self) -> Iterator[Any]:
        self._expect("[")
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            yield self._value()
            if self._next_of(",]") == "]":
                return

    def _fill(self) -> bool:
        chunk = "" if self._eof else self._text.read(CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        return True

    def _peek(self) -> str:
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _expect(self, char: str) -> None:
        if self._peek() != char:
            raise ValueError(f"expected {char!r}")
        self._pos += 1

    def _next_of(self, chars: str) -> str:
        found = self._peek()
        if not found or found not in chars:
            raise ValueError(f"expected one of {chars!r}")
        self._pos += 1
        return found

    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                # Damaged here, or only cut off by the end of the buffer (a string or a
                # word that goes on): then read on.
                cut = error.pos >= len(self._buf) - 8 or error.msg.startswith("Unterminated")
                if not cut:
                    raise ValueError(str(error)) from None
                if len(self._buf) - self._pos > self._limits.max_record_bytes:
                    raise LimitExceeded(
                        f"{self._label} holds an entry over "
                        f"{_mb(self._limits.max_record_bytes)}, the limit for one entry. "
                        f"{RAISE_HINT}"
                    ) from None
                if not self._fill():
                    raise ValueError(str(error)) from None
                continue
            except RecursionError:
                raise BadData(
                    f"{self._label} is nested too deeply to be a data export (an entry inside "
                    "an entry, a thousand times or more)."
                ) from None
            # A number cut by the end of the buffer ("1." of "1.25") may go on.
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if number and _NUMBER_GOES_ON.match(self._buf, end) and self._fill():
                continue
            self._pos = end
            return value
