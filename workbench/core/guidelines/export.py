"""A guideline as Markdown or HTML, to post on the platform (sidebar, wiki, pinned post).

HTML is rendered from the Markdown by markdown-it (CommonMark, raw HTML off) and cleaned by
nh3, so a description pasted from elsewhere cannot carry a script into the page.
"""

from __future__ import annotations

import html

import nh3
from markdown_it import MarkdownIt

from workbench.core.guidelines.documents import Document, RuleDraft
from workbench.core.text import QT_TRANSLATE_NOOP

_HEADINGS = {
    "en": (
        QT_TRANSLATE_NOOP("Export", "Allowed"),
        QT_TRANSLATE_NOOP("Export", "Not allowed"),
    ),
    "fr": ("Autorisé", "Interdit"),  # the document's language, not the app's
}


def _examples(text: str) -> list[str]:
    return [line.strip().lstrip("-*• ").strip() for line in text.splitlines() if line.strip()]


def _rule_markdown(number: int, rule: RuleDraft, language: str) -> str:
    allowed_word, not_allowed_word = _HEADINGS.get(language, _HEADINGS["en"])
    parts = [f"## {number}. {rule.title.strip()}", ""]
    if rule.description.strip():
        parts += [rule.description.strip(), ""]
    for word, text in ((allowed_word, rule.allowed), (not_allowed_word, rule.not_allowed)):
        examples = _examples(text)
        if examples:
            parts += [f"**{word}:**", "", *(f"- {e}" for e in examples), ""]
    return "\n".join(parts)


def to_markdown(document: Document) -> str:
    parts = [f"# {document.title.strip()}", ""]
    if document.introduction.strip():
        parts += [document.introduction.strip(), ""]
    for number, rule in enumerate(document.rules, start=1):
        parts.append(_rule_markdown(number, rule, document.language))
    return "\n".join(parts).rstrip() + "\n"


def to_html(document: Document) -> str:
    """A whole HTML page (UTF-8), safe to open in a browser."""
    body = MarkdownIt("commonmark", {"html": False}).render(to_markdown(document))
    clean = nh3.clean(body)
    title = html.escape(document.title.strip())
    lang = html.escape(document.language or "en")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{clean}</body>\n</html>\n"
    )
