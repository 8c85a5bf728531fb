"""Using a prompt from the pane: the variables block it until filled, it posts now through
the outbox, a later time is scheduled, a past time asks first, manual assist copies and
opens; then suggestions and results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from connectors.api import CommunityType
from tests.gui.prompts.conftest import LEARNED, LOGO, key, select_text, settle
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import UseState
from workbench.core.workspace import Workspace
from workbench.gui.prompts.model import COLUMNS
from workbench.gui.prompts.pane import PromptsPane
from workbench.gui.prompts.results import ResultsDialog
from workbench.gui.prompts.suggest_dialog import SuggestDialog
from workbench.gui.prompts.use_dialog import UseDialog
from workbench.gui.tasks import TaskRunner

DEMO = "r/LearnPythonTogether"
GROUP = "Study circle"


def open_use(qtbot: QtBot, pane: PromptsPane, tasks: TaskRunner, text: str) -> UseDialog:
    select_text(qtbot, pane, tasks, text)
    key(qtbot, pane, "U")
    dialog = pane.operations.dialog
    assert isinstance(dialog, UseDialog)
    qtbot.waitUntil(lambda: dialog.community.count() > 0, timeout=10000)
    return dialog


def choose(dialog: UseDialog, name: str) -> None:
    index = next(
        i for i in range(dialog.community.count()) if dialog.community.itemData(i).name == name
    )
    dialog.community.setCurrentIndex(index)


def use_and_wait(qtbot: QtBot, dialog: UseDialog) -> None:
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_view is not None, timeout=20000)


def test_a_variable_left_empty_blocks_use_then_it_posts_now(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    dialog = open_use(qtbot, pane, tasks, LEARNED)
    choose(dialog, DEMO)
    assert not dialog.use_button.isEnabled()
    assert dialog.form.message.text() == "Fill in {topic} to use this prompt."
    assert dialog.title.isVisible()  # a Reddit post has a title
    qtbot.keyClicks(dialog.form.fields["topic"], "decorators")
    assert dialog.form.preview.text() == "What is one thing you learned about decorators this week?"
    assert dialog.use_button.isEnabled()
    qtbot.keyClicks(dialog.title, "Decorators: your week")
    use_and_wait(qtbot, dialog)
    assert dialog.result_view is not None and dialog.result_view.state is UseState.SENT
    assert dialog.message.text().startswith("Posted.")
    [use] = pane_ws.prompt_uses.uses(prompt_id=dialog.prompt.id)
    assert use.text == "What is one thing you learned about decorators this week?"
    assert use.community_id == pane_ws.communities.find(DEMO).id
    assert use.created_by == "cm_alex"
    assert use.title == "Decorators: your week"  # who, as the inbox names the user
    # The list counts the use.
    settle(qtbot, pane, tasks)
    row = pane.model.row_of(dialog.prompt.id)
    qtbot.waitUntil(
        lambda: pane.model.index(row, COLUMNS.index("uses")).data() == "1", timeout=10000
    )
    # The detail shows the use and its community's result (replies come with later syncs).
    qtbot.waitUntil(lambda: "Posted" in pane.detail.uses_list.text(), timeout=10000)
    assert f"{DEMO} (reddit): used 1×" in pane.detail.result_lines()[0]
    dialog.reject()


def test_a_later_time_is_scheduled_in_the_users_zone(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    dialog = open_use(qtbot, pane, tasks, LOGO)
    choose(dialog, DEMO)
    dialog.later.setChecked(True)
    later = QDateTime.currentDateTime().addSecs(3 * 3600)
    dialog.when.setDateTime(later)
    use_and_wait(qtbot, dialog)
    view = dialog.result_view
    assert view is not None and view.state is UseState.SCHEDULED
    assert view.due_at is not None
    assert abs(view.due_at - datetime.now(UTC) - timedelta(hours=3)) < timedelta(minutes=2)
    assert dialog.message.text().startswith("Scheduled for ")
    dialog.reject()


def test_a_time_in_the_past_asks_first(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    dialog = open_use(qtbot, pane, tasks, LOGO)
    choose(dialog, DEMO)
    dialog.later.setChecked(True)
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(-2 * 3600))
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert "has passed" in dialog.message.text()
    assert dialog.use_button.text() == "Post now"
    settle(qtbot, pane, tasks)
    assert pane_ws.prompt_uses.uses(prompt_id=dialog.prompt.id) == []  # nothing yet
    use_and_wait(qtbot, dialog)
    assert dialog.result_view is not None and dialog.result_view.state is UseState.SENT
    dialog.reject()


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_manual_assist_copies_the_text_and_opens_the_community(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("https", recorder, "open")  # no browser starts
    try:
        dialog = open_use(qtbot, pane, tasks, LEARNED)
        choose(dialog, GROUP)
        assert not dialog.title.isVisible()
        dialog.form.fields["topic"].setText("spaced repetition")
        use_and_wait(qtbot, dialog)
        assert dialog.result_view is not None and dialog.result_view.state is UseState.MANUAL
        assert "takes no posts from the app" in dialog.message.text()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert (
            QGuiApplication.clipboard().text()
            == "What is one thing you learned about spaced repetition this week?"
        )
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert recorder.opened == ["https://grouply.test/g1"]
        dialog.reject()
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_suggest_for_a_community_says_why_and_marks_untried(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    demo = pane_ws.communities.find(DEMO)
    learned = next(v for v in pane_ws.prompts.search(PromptFilter(text="learned about"))
                   if v.text == LEARNED)  # fmt: skip
    pane_ws.prompt_uses.use(learned.id, demo.id, values={"topic": "decorators"}, by="me")
    key(qtbot, pane, "S")
    dialog = pane.operations.dialog
    assert isinstance(dialog, SuggestDialog)
    qtbot.waitUntil(lambda: dialog.community.count() > 0, timeout=10000)
    index = next(
        i for i in range(dialog.community.count()) if dialog.community.itemData(i).name == DEMO
    )
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.community.setCurrentIndex(index)
    assert dialog.kind.text() == "Learning"
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(texts) == len(dialog.suggestions) > 0
    assert not any(LEARNED in t for t in texts)  # used there just now: it rests
    assert any(t.startswith("[untried] ") for t in texts)
    for text, suggestion in zip(texts, dialog.suggestions, strict=True):
        assert str(suggestion.prompt.text.split()[0]) in text
        assert text.split("\n", 1)[1].strip()  # each with its reason under it
        fits = not suggestion.prompt.types or CommunityType.LEARNING in suggestion.prompt.types
        assert fits
    assert "untried here" in dialog.status.text()
    # Use… opens the use dialog on that prompt, in that community.
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    use = pane.operations.dialog
    assert isinstance(use, UseDialog)
    qtbot.waitUntil(lambda: use.chosen() is not None, timeout=10000)
    assert use.chosen().name == DEMO  # type: ignore[union-attr]
    assert use.prompt == dialog.suggestions[1].prompt
    use.reject()
    settle(qtbot, pane, tasks)


def test_results_are_sortable_and_explain_the_score(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    demo = pane_ws.communities.find(DEMO)
    by_text = {v.text: v for v in pane_ws.prompts.search(PromptFilter(lang="en"), limit=5000)}
    for text, values in ((LOGO, {}), (LEARNED, {"topic": "decorators"})):
        pane_ws.prompt_uses.use(by_text[text].id, demo.id, values=values, by="me")
    pane.operations.results()
    dialog = pane.operations.dialog
    assert isinstance(dialog, ResultsDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    prompts = dialog.shown_column("prompt")
    assert sorted(prompts) == sorted([LOGO, LEARNED])
    header = dialog.table.horizontalHeader()
    column = 0  # the prompt: a click on its header sorts by it
    where = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where, 5))
    if header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where, 5))
    assert header.sortIndicatorSection() == column
    assert dialog.shown_column("prompt") == sorted([LOGO, LEARNED], key=str.casefold)
    dialog.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert dialog.shown_column("prompt") == sorted([LOGO, LEARNED], key=str.casefold, reverse=True)
    tooltip = dialog.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "score" in tooltip.lower()
    assert dialog.explanation.text()  # the selected row's explanation beside the table
    qtbot.mouseClick(dialog.per_community, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20000)
    assert set(dialog.shown_column("community")) == {demo.label}
    dialog.reject()
    settle(qtbot, pane, tasks)


def test_enter_in_the_list_opens_use_and_escape_closes_it(
    qtbot: QtBot, pane: PromptsPane, tasks: TaskRunner
) -> None:
    select_text(qtbot, pane, tasks, LOGO)
    key(qtbot, pane, Qt.Key.Key_Return)
    dialog = pane.operations.dialog
    assert isinstance(dialog, UseDialog) and dialog.prompt.text == LOGO
    qtbot.waitUntil(lambda: dialog.community.count() > 0, timeout=10000)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert pane.operations.dialog is None
