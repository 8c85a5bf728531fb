"""An event's description: Markdown the user wrote (or a file brought in) as safe HTML.

markdown-it in its CommonMark preset with raw HTML off turns the text into HTML; nh3 then
keeps only text formatting and http(s)/mailto links: no images (nothing loads from
anywhere when the description is shown), no scripts, styles, forms or frames.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

MAX_DESCRIPTION = 200_000  # characters rendered; the rest is cut (a pasted log, a book)

_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody",
    "tr", "th", "td",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_description(markdown: str) -> str:
    """Safe HTML for the description (an empty string for an empty one)."""
    if not markdown.strip():
        return ""
    html = _MARKDOWN.render(markdown[:MAX_DESCRIPTION])
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
