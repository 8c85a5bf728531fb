"""The inbox's lines of text: cut with "…" where they would not fit, never wider than the
cell, whatever the script (gui/inbox/delegate.py adds Latin widths up itself)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from workbench.gui.inbox.delegate import Lines

TEXTS = [
    "Short title",
    "Community managers run several communities at once: subreddits, pages and groups " * 3,
    "AVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAVAV WAWAWAWAWAWA To To To To To To",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "Café « déjà » — l’été prochain, naïve coöperation, ½ price… " * 3,
    "مرحبا بكم في مجتمعنا، نرجو قراءة القواعد قبل النشر " * 3,
    "e\u0301e\u0301e\u0301 combining marks and emoji 👩‍👩‍👧‍👦🏳️‍🌈 " * 4,
]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("width", [60, 180, 420])
@pytest.mark.parametrize("text", TEXTS)
def test_a_line_fits_its_cell_and_says_when_it_was_cut(
    qapp: object, text: str, width: int, bold: bool
) -> None:
    lines = Lines()
    lines.font(QFont(), bold)
    shown = lines.line(text, bold, width).text()
    font = QFont()
    font.setBold(bold)
    assert QFontMetrics(font).horizontalAdvance(shown) <= width
    if shown != text:
        assert shown.endswith("…")
        assert text.startswith(shown[:-1].rstrip()[: max(len(shown) - 3, 0)])
    else:
        assert QFontMetrics(font).horizontalAdvance(text) <= width


def test_a_text_that_fits_is_shown_whole(qapp: object) -> None:
    lines = Lines()
    lines.font(QFont())
    assert lines.line("Short title", False, 400).text() == "Short title"


def test_a_new_table_font_lays_the_lines_out_again(qapp: object) -> None:
    lines = Lines()
    lines.font(QFont())
    first = lines.line(TEXTS[1], False, 300).text()
    bigger = QFont()
    bigger.setPointSize(bigger.pointSize() * 2)
    lines.font(bigger)
    assert len(lines.line(TEXTS[1], False, 300).text()) < len(first)
