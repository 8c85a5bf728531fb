"""Showing text that came from elsewhere (platforms, files, errors) exactly as written."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` exactly as it is.

    Qt guesses a tooltip's format: one that looks like HTML is rich text, with images (a
    remote ``<img src="/dev/zero">`` in a tooltip reads that file), and escaping alone is not
    enough: "Tom &amp; Jerry" has no tag, so Qt would show the entity. Escaped inside an
    explicit paragraph it is always rich text that renders as the plain original.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
