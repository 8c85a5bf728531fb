"""Prompt files (the bundle in workbench/resources/prompts/, a user's own file): one JSON
object a line, ``{"id": "reflection-017", "types": [...], "purposes": [...], "en": "...",
"fr": "..."}``, read within bounds; and merging the bundle into the store.

The merge goes by bundled id and language. A bundled prompt the user never changed follows
the bundle (its text hash shows an update); one the user edited is the user's own (origin
``user``) and stays as the user wrote it. A malformed line is refused with its file and line
and the rest loads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from connectors.api import CommunityType
from workbench.core.prompts.library import MAX_TEXT, join_tags, now, row_values
from workbench.core.prompts.state import LANGUAGES, PromptOrigin, Purpose
from workbench.db.models import Prompt, WorkspaceSetting
from workbench.db.store import Store

log = logging.getLogger(__name__)

BUNDLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "prompts"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_LINE_CHARS = 20_000
MAX_LINES = 20_000
MERGED_KEY = "prompts.bundle_merged"  # digest of the bundle as last merged
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
_TYPES = {t.value for t in CommunityType}
_PURPOSES = {p.value for p in Purpose}


class PromptFileError(ValueError):
    """A whole prompt file refused (too big, unreadable); the message names it."""


@dataclass(frozen=True)
class PromptRecord:
    id: str
    types: tuple[str, ...]
    purposes: tuple[str, ...]
    texts: dict[str, str]  # lang -> text

    def digest(self, lang: str) -> str:
        data = json.dumps([self.texts[lang], sorted(self.types), sorted(self.purposes)])
        return hashlib.sha256(data.encode()).hexdigest()


@dataclass
class LoadReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_user: int = 0  # bundled prompts the user edited: left as the user wrote them
    skipped: bool = False  # merged already as it is: nothing compared
    refused: list[str] = field(default_factory=list)  # "file:line: why", one a line


def _tags(value: object, known: set[str], what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f'"{what}" must be a list of words')
    unknown = [v for v in value if v not in known]
    if unknown:
        raise ValueError(
            f"unknown {what}: {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    return tuple(dict.fromkeys(value))


def parse_record(line: str, *, both_languages: bool) -> PromptRecord:
    """One line as a record; raises ValueError saying what is wrong."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    ident = data.get("id")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise ValueError('"id" must be letters, digits, ".", "_" or "-" (at most 80)')
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        value = data.get(lang)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f'"{lang}" must be a non-empty text')
        if len(value) > MAX_TEXT:
            raise ValueError(f'"{lang}" is longer than {MAX_TEXT} characters')
        texts[lang] = value.strip()
    if both_languages and len(texts) < len(LANGUAGES):
        raise ValueError('a bundled prompt needs both "en" and "fr"')
    if not texts:
        raise ValueError('a prompt needs "en" or "fr"')
    return PromptRecord(
        id=ident,
        types=_tags(data.get("types", []), _TYPES, "types"),
        purposes=_tags(data.get("purposes", []), _PURPOSES, "purposes"),
        texts=texts,
    )


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PromptFileError(
                f"{path.name}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                "is this a prompt file?"
            )
        with path.open(encoding="utf-8", newline="") as file:
            for number, line in enumerate(file, start=1):
                if number > MAX_LINES:
                    raise PromptFileError(f"{path.name}:{number}: more than {MAX_LINES} lines")
                yield number, line
    except UnicodeDecodeError:
        raise PromptFileError(f"{path.name}: not UTF-8 text") from None
    except OSError as error:
        raise PromptFileError(f"{path.name}: cannot be read ({error.strerror})") from None


def read_file(path: Path, *, both_languages: bool) -> tuple[list[PromptRecord], list[str]]:
    """The file's records and its refused lines ("name:line: why"); raises PromptFileError
    when the whole file is refused. Blank lines are skipped; a repeated id is refused."""
    records: list[PromptRecord] = []
    refused: list[str] = []
    seen: set[str] = set()
    for number, line in _lines(path):
        if not line.strip():
            continue
        try:
            if len(line) > MAX_LINE_CHARS:
                raise ValueError(f"longer than {MAX_LINE_CHARS} characters")
            record = parse_record(line, both_languages=both_languages)
            if record.id in seen:
                raise ValueError(f"the id {record.id} is already used above")
        except ValueError as error:
            refused.append(f"{path.name}:{number}: {error}")
            continue
        seen.add(record.id)
        records.append(record)
    return records, refused


def bundle_files(folder: Path | None = None) -> list[Path]:
    """The bundle's files (``folder``: BUNDLE_DIR, read when called)."""
    folder = folder or BUNDLE_DIR
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def load_bundle(store: Store, files: Iterable[Path] | None = None) -> LoadReport:
    """Merge the bundled prompt files into the store (see the module's docstring). A
    bundle already merged as it is (the digest of its files) is skipped: every start
    calls this."""
    report = LoadReport()
    records: list[PromptRecord] = []
    seen: set[str] = set()
    digest = hashlib.sha256()
    for path in bundle_files() if files is None else files:
        try:
            found, refused = read_file(path, both_languages=True)
        except PromptFileError as error:
            report.refused.append(str(error))
            continue
        report.refused += refused
        for record in found:
            if record.id in seen:
                report.refused.append(f"{path.name}: the id {record.id} is in another file too")
                continue
            seen.add(record.id)
            records.append(record)
            digest.update(
                json.dumps([record.id, record.digest("en"), record.digest("fr")]).encode()
            )
    for line in report.refused:
        log.warning("bundled prompt refused: %s", line)
    with store.writing() as session:
        merged = session.get(WorkspaceSetting, MERGED_KEY)
        if merged is not None and merged.value == digest.hexdigest():
            report.skipped = True
            return report
        _merge(session, records, report)
        if merged is None:
            session.add(WorkspaceSetting(key=MERGED_KEY, value=digest.hexdigest()))
        else:
            merged.value = digest.hexdigest()
    return report


def _merge(session: Session, records: Sequence[PromptRecord], report: LoadReport) -> None:
    stored = {
        (bundle_id, lang): (prompt_id, origin, bundle_hash)
        for prompt_id, bundle_id, lang, origin, bundle_hash in session.execute(
            select(
                Prompt.id, Prompt.bundle_id, Prompt.lang, Prompt.origin, Prompt.bundle_hash
            ).where(Prompt.bundle_id.is_not(None))
        )
    }
    added: list[dict[str, object]] = []
    for record in records:
        for lang, text in record.texts.items():
            digest = record.digest(lang)
            found = stored.get((record.id, lang))
            if found is None:
                added.append(
                    row_values(
                        lang,
                        text,
                        record.types,
                        record.purposes,
                        record.id,
                        origin=PromptOrigin.BUNDLED,
                        bundle_id=record.id,
                        bundle_hash=digest,
                    )
                )
            elif found[1] != PromptOrigin.BUNDLED:
                report.kept_user += 1
            elif found[2] == digest:
                report.unchanged += 1
            else:  # favourite and archived are the user's and stay
                row = session.get_one(Prompt, found[0])
                row.text, row.bundle_hash = text, digest
                row.types, row.purposes = join_tags(record.types), join_tags(record.purposes)
                row.updated_at = now()
                report.updated += 1
    if added:  # one statement for many rows: a first start adds the whole bundle
        session.execute(insert(Prompt), added)
        report.added += len(added)
