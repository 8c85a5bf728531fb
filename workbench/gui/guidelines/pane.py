"""The Guidelines pane: communities on the left, the chosen one's numbered rules.

Every read and write goes through the TaskRunner; the pane announces ``guidelines`` on
the change bus after a write and reloads when someone else announces it. Dialogs: the
rule editor, versions side by side, the backtest (rule_editor.py, versions.py,
backtest_dialog.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QWidget,
)

from connectors.api import RulesWritten
from workbench.core.changes import Changes
from workbench.core.guidelines.backtest import Backtester
from workbench.core.guidelines.documents import (
    CommunityEntry,
    Document,
    GuidelineService,
    GuidelineView,
    RuleView,
    VersionView,
)
from workbench.core.guidelines.export import to_html, to_markdown
from workbench.core.guidelines.platform import PlatformRules
from workbench.core.guidelines.templates import Template, templates
from workbench.gui.changes import ChangeBus
from workbench.gui.guidelines.backtest_dialog import BacktestDialog
from workbench.gui.guidelines.layout import (
    GuidelinesLayout,
    rule_detail,
    rule_lines,
    template_label,
)
from workbench.gui.guidelines.rule_editor import RuleEditor
from workbench.gui.guidelines.versions import VersionsDialog, version_label
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

ID = Qt.ItemDataRole.UserRole


class GuidelinesPane(GuidelinesLayout):
    def __init__(
        self,
        *,
        guidelines: GuidelineService,
        backtest: Backtester,
        platform_rules: PlatformRules,
        tasks: TaskRunner,
        changes: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guidelines = guidelines
        self.backtest = backtest
        self.platform_rules = platform_rules
        self.tasks = tasks
        self.changes = changes
        self.entries: list[CommunityEntry] = []
        self.current: GuidelineView | None = None
        self.versions: list[VersionView] = []
        self.templates: list[Template] = []
        self.loading = False
        changes.changed.connect(self._on_changes)
        self.communities.currentItemChanged.connect(self._on_community)
        self.rules.currentItemChanged.connect(self._on_rule)
        self.rules.itemDoubleClicked.connect(lambda _: self._on_edit())
        self.create_button.clicked.connect(self._on_create)
        self.empty_button.clicked.connect(self._on_create_empty)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(+1))
        self.toggle_button.clicked.connect(self._on_toggle)
        self.backtest_button.clicked.connect(self._on_backtest)
        self.publish_button.clicked.connect(self._on_publish)
        self.versions_button.clicked.connect(self._on_versions)
        self.export_button.clicked.connect(self._on_export)
        self.read_button.clicked.connect(self._on_read_platform)
        self.start_read_button.clicked.connect(self._on_read_platform)
        self.write_button.clicked.connect(self._on_write_platform)
        self.reload()

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        self.loading = True
        self.tasks.run(
            lambda: (self.guidelines.communities(), templates()),
            self._on_loaded,
            self._on_error,
            owner=self,
        )

    def _on_loaded(self, loaded: tuple[list[CommunityEntry], list[Template]]) -> None:
        self.entries, self.templates = loaded
        chosen = self.chosen_community()
        self.communities.blockSignals(True)
        self.communities.clear()
        for entry in self.entries:
            rules = (
                self.tr("{0} rule(s)").format(entry.rules)
                if entry.guideline_id
                else self.tr("no guideline")
            )
            line = QListWidgetItem(f"{entry.name}\n{entry.platform} · {entry.account} · {rules}")
            line.setData(ID, entry.community_id)
            self.communities.addItem(line)
            if entry.community_id == chosen:
                self.communities.setCurrentItem(line)
        self.communities.blockSignals(False)
        self.template_box.clear()
        for index, template in enumerate(self.templates):
            self.template_box.addItem(template_label(template), index)
        if self.communities.currentItem() is None and self.communities.count():
            self.communities.setCurrentRow(0)
        else:
            self._on_community()
        self.empty_list.setVisible(not self.entries)

    def chosen_community(self) -> int | None:
        current = self.communities.currentItem()
        return None if current is None else int(current.data(ID))

    def _entry(self) -> CommunityEntry | None:
        chosen = self.chosen_community()
        return next((e for e in self.entries if e.community_id == chosen), None)

    @Slot()
    def _on_community(self) -> None:
        entry = self._entry()
        if entry is None:
            self.show_guideline(None, [])
            return
        self._pick_template(entry)

        def load() -> tuple[GuidelineView | None, list[VersionView], bool]:
            found = self.guidelines.for_community(entry.community_id)
            versions = self.guidelines.versions(found.id) if found else []
            return found, versions, self.platform_rules.supports(entry.community_id)

        self.loading = True
        self.tasks.run(load, self._on_guideline, self._on_error, owner=self)

    def _pick_template(self, entry: CommunityEntry) -> None:
        for index, template in enumerate(self.templates):
            if template.community_type == (entry.community_type or "interest-social"):
                self.template_box.setCurrentIndex(index)
                return

    def _on_guideline(self, loaded: tuple[GuidelineView | None, list[VersionView], bool]) -> None:
        self.loading = False
        self.current, self.versions, on_platform = loaded
        # Only where the connector can (Capability.RULES): Reddit today.
        for button in (self.read_button, self.write_button, self.start_read_button):
            button.setVisible(on_platform)
        self.show_guideline(self.current, self.versions)

    def show_guideline(self, guideline: GuidelineView | None, versions: list[VersionView]) -> None:
        entry = self._entry()
        self.stack.setCurrentWidget(self.document_page if guideline else self.start_page)
        if entry is not None and guideline is None:
            self.start_label.setText(
                self.tr(
                    "{0} has no guideline yet. Start from a template or from an empty page."
                ).format(entry.name)
            )
        if guideline is None:
            return
        self.title.setText(guideline.document.title)
        self.introduction.setText(guideline.document.introduction)
        self.published.setText(
            self.tr("Last published: {0}").format(version_label(versions[0]))
            if versions
            else self.tr("Not published yet")
        )
        chosen = self._chosen_rule_id()
        self.rules.clear()
        for rule in guideline.rules:
            line = QListWidgetItem(rule_lines(rule))
            line.setData(ID, rule.id)
            self.rules.addItem(line)
            if rule.id == chosen:
                self.rules.setCurrentItem(line)
        if self.rules.currentItem() is None and self.rules.count():
            self.rules.setCurrentRow(0)
        self._on_rule()
        self.versions_button.setEnabled(bool(versions))

    # -- rules ------------------------------------------------------------------------

    def _chosen_rule_id(self) -> int | None:
        current = self.rules.currentItem()
        return None if current is None else int(current.data(ID))

    def chosen_rule(self) -> RuleView | None:
        chosen = self._chosen_rule_id()
        rules = self.current.rules if self.current else ()
        return next((r for r in rules if r.id == chosen), None)

    @Slot()
    def _on_rule(self) -> None:
        rule = self.chosen_rule()
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button,
                       self.toggle_button, self.backtest_button):  # fmt: skip
            button.setEnabled(rule is not None)
        self.detail.setPlainText(rule_detail(rule) if rule else "")
        if rule is not None:
            self.toggle_button.setText(
                self.tr("Turn detectors off") if rule.draft.active else self.tr("Turn detectors on")
            )
            self.backtest_button.setEnabled(bool(rule.draft.detectors))
            self.toggle_button.setEnabled(bool(rule.draft.detectors))

    def _write(self, work: object) -> None:
        """Run a write off the GUI thread, then announce it (and so reload)."""

        def done(_: object) -> None:
            self.changes.announce(Changes(guidelines=True), self)
            self.reload()

        self.tasks.run(work, done, self._on_error, owner=self)  # type: ignore[arg-type]

    @Slot()
    def _on_create(self) -> None:
        entry, index = self._entry(), self.template_box.currentData()
        if entry is None or index is None:
            return
        template = self.templates[index]
        self._write(
            lambda: self.guidelines.create(
                entry.community_id, template.document, community_type=template.community_type
            )
        )

    @Slot()
    def _on_create_empty(self) -> None:
        entry = self._entry()
        if entry is not None:
            title = self.tr("Community guidelines")
            self._write(lambda: self.guidelines.create(entry.community_id, Document(title)))

    def edit_rule(self, rule: RuleView | None) -> RuleEditor:
        """The editor for ``rule`` (None: a new one), opened window-modal; saving writes it."""
        editor = RuleEditor(rule.draft if rule else None, self)
        guideline_id = self.current.id if self.current else None

        def saved() -> None:
            draft = editor.result_draft
            if draft is None or guideline_id is None:
                return
            if rule is None:
                self._write(lambda: self.guidelines.add_rule(guideline_id, draft))
            else:
                self._write(lambda: self.guidelines.update_rule(rule.id, draft))

        editor.accepted.connect(saved)
        editor.open()
        return editor

    @Slot()
    def _on_add(self) -> None:
        self.edit_rule(None)

    @Slot()
    def _on_edit(self) -> None:
        rule = self.chosen_rule()
        if rule is not None:
            self.edit_rule(rule)

    @Slot()
    def _on_remove(self) -> None:
        rule = self.chosen_rule()
        if rule is not None:
            self._write(lambda: self.guidelines.remove_rule(rule.id))

    def _on_move(self, step: int) -> None:
        rule = self.chosen_rule()
        if rule is not None:
            self._write(lambda: self.guidelines.move_rule(rule.id, rule.number + step))

    @Slot()
    def _on_toggle(self) -> None:
        rule = self.chosen_rule()
        if rule is not None:
            self._write(lambda: self.guidelines.set_active(rule.id, not rule.draft.active))

    def open_backtest(self) -> BacktestDialog | None:
        rule, entry = self.chosen_rule(), self._entry()
        if rule is None or entry is None or not rule.draft.detectors:
            return None
        dialog = BacktestDialog(
            backtest=self.backtest,
            tasks=self.tasks,
            detectors=rule.draft.detectors,
            community_ids=[entry.community_id],
            title=rule.title,
            parent=self,
        )
        dialog.open()
        return dialog

    @Slot()
    def _on_backtest(self) -> None:
        self.open_backtest()

    # -- the document -----------------------------------------------------------------

    @Slot()
    def _on_publish(self) -> None:
        why, ok = QInputDialog.getMultiLineText(
            self, self.tr("Publish"), self.tr("Why publish this version? (members may ask)")
        )
        if ok:
            self.publish(why)

    def publish(self, why: str, by: str = "") -> None:
        if self.current is None:
            return
        import getpass

        guideline_id, who = self.current.id, by or getpass.getuser()
        self._write(lambda: self.guidelines.publish(guideline_id, by=who, why=why))

    def open_versions(self) -> VersionsDialog | None:
        if not self.versions:
            return None
        dialog = VersionsDialog(
            guidelines=self.guidelines, tasks=self.tasks, versions=self.versions, parent=self
        )
        dialog.open()
        return dialog

    @Slot()
    def _on_versions(self) -> None:
        self.open_versions()

    @Slot()
    def _on_export(self) -> None:
        if self.current is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the guideline"),
            "guidelines.md",
            self.tr("Markdown (*.md);;HTML (*.html)"),
        )
        if path:
            self.export(Path(path), html="html" in chosen.lower() or path.endswith(".html"))

    def export(self, path: Path, *, html: bool) -> None:
        if self.current is None:
            return
        document = self.current.document
        text = to_html(document) if html else to_markdown(document)
        self.tasks.run(
            lambda: path.write_text(text, encoding="utf-8"),
            lambda _: self.status.setText(self.tr("Exported to {0}").format(path)),
            self._on_error,
            owner=self,
        )

    @Slot()
    def _on_read_platform(self) -> None:
        entry = self._entry()
        if entry is not None:
            self.status.setText(self.tr("Reading the rules from {0}…").format(entry.platform))
            self._write(lambda: self.platform_rules.read(entry.community_id))

    @Slot()
    def _on_write_platform(self) -> None:
        entry = self._entry()
        if entry is None:
            return

        def done(written: RulesWritten) -> None:
            self.status.setText(
                self.tr("Written to {0}: {1} added, {2} updated, {3} removed.").format(
                    entry.platform, written.added, written.updated, written.removed
                )
            )

        self.status.setText(self.tr("Writing the rules to {0}…").format(entry.platform))
        self.tasks.run(
            lambda: self.platform_rules.write(entry.community_id), done, self._on_error, owner=self
        )

    # -- around -----------------------------------------------------------------------

    def _on_changes(self, changes: Changes, source: QObject | None) -> None:
        if source is self:
            return
        if changes.guidelines or changes.communities or changes.accounts:
            self.reload()

    def _on_error(self, error: Exception) -> None:
        self.loading = False
        marked = getattr(error, "words", None)
        self.status.setText(words(marked) if marked is not None else str(error))
