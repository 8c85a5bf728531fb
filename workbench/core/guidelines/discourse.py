"""Import a Discourse watched-words CSV (columns word, replacement, case_sensitive).

Read with bounds (file size, rows, word length); any broken row refuses the whole file
with its line number, and nothing is imported. The words become one rule of the
community's guideline, with a words detector per case sensitivity; the rule starts
inactive, so it can be backtested before it flags anything.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, GuidelineService, RuleDraft, RuleView
from workbench.core.guidelines.state import DetectorKind, RuleAction, Severity
from workbench.core.guidelines.words import MAX_WORD_LENGTH, normalize_word
from workbench.core.text import QT_TRANSLATE_NOOP, Words

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 10_000
HEADER = ("word", "replacement", "case_sensitive")
_TRUE = {"true", "t", "yes", "1"}
_FALSE = {"false", "f", "no", "0", ""}


class DiscourseImportError(ValueError):
    """The file is refused; ``words`` names it (and the line) and says why."""

    def __init__(self, words: Words) -> None:
        super().__init__(str(words))
        self.words = words


def _refuse(source: str, **values: Any) -> DiscourseImportError:
    return DiscourseImportError(Words("Discourse", source, values))


@dataclass(frozen=True)
class WatchedWord:
    word: str
    replacement: str = ""
    case_sensitive: bool = False


def _read_bounded(path: Path, max_bytes: int) -> str:
    try:
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}: cannot be read ({error})."),
            file=path.name,
            error=error.strerror or error,
        ) from None
    if len(data) > max_bytes:
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}: larger than {mb} MB; is it the right file?"),
            file=path.name,
            mb=max_bytes // (1024 * 1024),
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}, line {line}: not UTF-8 text."),
            file=path.name,
            line=line,
        ) from None


def read_watched_words(
    path: Path, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS
) -> list[WatchedWord]:
    """The file's watched words; raises DiscourseImportError for the first broken row."""
    text = _read_bounded(path, max_bytes)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    words: list[WatchedWord] = []
    line = 0
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if not words and tuple(c.strip().lower() for c in row) == HEADER[: len(row)]:
                continue
            words.append(_row(path, line, row))
            if len(words) > max_rows:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Discourse", "{file}: more than {n} watched words."),
                    file=path.name,
                    n=max_rows,
                )
    except csv.Error as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}, line {line}: not CSV ({error})."),
            file=path.name,
            line=reader.line_num or line + 1,
            error=str(error),
        ) from None
    if not words:
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}: no watched words in it."), file=path.name
        )
    return words


def _row(path: Path, line: int, row: list[str]) -> WatchedWord:
    if len(row) > len(HEADER):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Discourse",
                "{file}, line {line}: {n} columns; expected word, replacement, case_sensitive.",
            ),
            file=path.name,
            line=line,
            n=len(row),
        )
    word = normalize_word(row[0])
    if not word.strip("*"):
        raise _refuse(
            QT_TRANSLATE_NOOP("Discourse", "{file}, line {line}: the word is empty."),
            file=path.name,
            line=line,
        )
    if len(word) > MAX_WORD_LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Discourse", "{file}, line {line}: the word is longer than {n} characters."
            ),
            file=path.name,
            line=line,
            n=MAX_WORD_LENGTH,
        )
    replacement = row[1].strip() if len(row) > 1 else ""
    if len(replacement) > MAX_WORD_LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Discourse", "{file}, line {line}: the replacement is longer than {n} characters."
            ),
            file=path.name,
            line=line,
            n=MAX_WORD_LENGTH,
        )
    flag = row[2].strip().lower() if len(row) > 2 else ""
    if flag not in _TRUE | _FALSE:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Discourse", "{file}, line {line}: case_sensitive is “{value}”, not true or false."
            ),
            file=path.name,
            line=line,
            value=row[2].strip()[:20],
        )
    return WatchedWord(word, replacement, flag in _TRUE)


def watched_words_rule(words: list[WatchedWord], source: str) -> RuleDraft:
    detectors = []
    for sensitive in (False, True):
        chosen = tuple(dict.fromkeys(w.word for w in words if w.case_sensitive is sensitive))
        if chosen:
            detectors.append(Detector(DetectorKind.WORDS, words=chosen, case_sensitive=sensitive))
    return RuleDraft(
        title=f"Watched words ({source})",
        description="Imported from Discourse's watched words.",
        severity=Severity.MEDIUM,
        action=RuleAction.FLAG,
        active=False,
        detectors=tuple(detectors),
    )


def import_watched_words(
    guidelines: GuidelineService, community_id: int, path: Path
) -> tuple[RuleView, int]:
    """Add the file's words as a rule of the community's guideline (made if missing);
    returns the rule and the number of words. Nothing is written when the file is refused."""
    words = read_watched_words(path)
    draft = watched_words_rule(words, path.name)
    guideline = guidelines.for_community(community_id)
    if guideline is None:
        guideline = guidelines.create(community_id, Document("Community guidelines"))
    return guidelines.add_rule(guideline.id, draft), len(words)
