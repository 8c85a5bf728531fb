"""Importing a user's prompt file (the bundle's format, see bundle.py; one language is
enough): read within bounds, refused lines reported as "file:line: why", the rest added as
the user's own prompts. An id already imported (in that language) is not added twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from workbench.core.prompts.bundle import read_file
from workbench.core.prompts.library import new_row
from workbench.db.models import Prompt
from workbench.db.store import Store

PAIR_PREFIX = "import:"  # pair ids of imported prompts: "import:<the file's id>"


@dataclass
class ImportReport:
    added: int = 0
    already: int = 0
    refused: list[str] = field(default_factory=list)


def import_prompt_file(store: Store, path: Path) -> ImportReport:
    """Raises bundle.PromptFileError when the whole file is refused (nothing is added)."""
    records, refused = read_file(path, both_languages=False)
    report = ImportReport(refused=refused)
    with store.writing() as session:
        pairs = {PAIR_PREFIX + r.id for r in records}
        existing = {
            (pair, lang)
            for pair, lang in session.execute(
                select(Prompt.pair_id, Prompt.lang).where(Prompt.pair_id.in_(pairs))
            )
        }
        for record in records:
            pair = PAIR_PREFIX + record.id
            for lang, text in record.texts.items():
                if (pair, lang) in existing:
                    report.already += 1
                    continue
                session.add(new_row(lang, text, record.types, record.purposes, pair))
                report.added += 1
    return report
