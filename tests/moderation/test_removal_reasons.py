"""Removal reason templates: Toolbox's tokens filled once, unknown tokens kept, values plain."""

from __future__ import annotations

from workbench.core.moderation.reasons import TemplateValues, bundled, fill, parse_templates

VALUES = TemplateValues(
    author="ann",
    subreddit="python",
    kind="submission",
    title="Cheap {mod} watches",
    url="https://www.reddit.com/r/python/comments/abc/x/",
    link="https://spam.example/watches?id=1",
    body="line one {reason}\n\nline three",
    reason="Rule 4",
    mod="alex",
)


def test_every_toolbox_token_is_filled() -> None:
    text = fill("{author}|{subreddit}|{kind}|{url}|{link}|{domain}|{reason}|{mod}", VALUES)
    assert text == (
        "ann|python|submission|https://www.reddit.com/r/python/comments/abc/x/|"
        "https://spam.example/watches?id=1|spam.example|Rule 4|alex"
    )


def test_the_body_is_quoted_and_filled_values_are_never_expanded_again() -> None:
    assert fill("{body}", VALUES) == "> line one {reason}\n>\n> line three"
    assert fill("About “{title}”", VALUES) == "About “Cheap {mod} watches”"


def test_unknown_tokens_and_stray_braces_stay_as_written() -> None:
    assert fill("{nope} {Author} {{author}} {", VALUES) == "{nope} {Author} {ann} {"


def test_the_bundled_reasons_read_and_a_broken_file_is_named() -> None:
    assert {t.title for t in bundled()} >= {"Off topic", "Spam or self-promotion"}
    try:
        parse_templates('[{"title": "x"}]', "mine.json")
    except ValueError as error:
        assert str(error) == "mine.json: reason 1 needs a title and a text."
    else:
        raise AssertionError("a reason without text was accepted")
