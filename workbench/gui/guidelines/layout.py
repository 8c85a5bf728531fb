"""The Guidelines pane's widgets (pane.py holds what they do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.guidelines.documents import RuleView
from workbench.core.guidelines.templates import Template
from workbench.gui.guidelines.words import action_word, severity_word
from workbench.gui.words import words

translate = QCoreApplication.translate


def plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # community names, rules: the user's text
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def rule_lines(rule: RuleView) -> str:
    """Two lines for the rule list: number and title, then severity, action, detectors."""
    draft = rule.draft
    if draft.detectors:
        state = (
            translate("GuidelinesLayout", "{0} detector(s), on")
            if draft.active
            else translate("GuidelinesLayout", "{0} detector(s), off")
        ).format(len(draft.detectors))
    else:
        state = translate("GuidelinesLayout", "no detectors")
    facts = f"{severity_word(draft.severity)} · {action_word(draft.action)} · {state}"
    return f"{rule.number}. {draft.title}\n{facts}"


def rule_detail(rule: RuleView) -> str:
    d = rule.draft
    parts = [f"{rule.number}. {d.title}", "", d.description.strip()]
    if d.allowed.strip():
        parts += ["", translate("GuidelinesLayout", "Allowed:"), d.allowed.strip()]
    if d.not_allowed.strip():
        parts += ["", translate("GuidelinesLayout", "Not allowed:"), d.not_allowed.strip()]
    if d.removal_reason.strip():
        parts += ["", translate("GuidelinesLayout", "Removal reason:"), d.removal_reason.strip()]
    if d.detectors:
        parts += ["", translate("GuidelinesLayout", "Detectors:")]
        parts += [f"• {words(x.explain())}" for x in d.detectors]
    return "\n".join(parts)


def template_label(template: Template) -> str:
    return f"{template.document.title} ({template.community_type}, {template.language})"


class GuidelinesLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        header = QLabel(
            self.tr(
                "<h2>Guidelines</h2>Each community's numbered rules. Detectors on a rule flag "
                "new items at each sync once turned on; backtest them first."
            )
        )
        header.setWordWrap(True)
        outer.addWidget(header)
        split = QSplitter()
        outer.addWidget(split, 1)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(self.tr("Communities")))
        self.communities = QListWidget()
        self.communities.setObjectName("guidelineCommunities")
        self.communities.setSpacing(3)  # two lines per community: keep them apart
        left_column.addWidget(self.communities, 1)
        self.empty_list = plain_label(
            self.tr("No communities yet: add an account and sync it (Accounts).")
        )
        left_column.addWidget(self.empty_list)
        split.addWidget(left)

        self.stack = QStackedWidget()
        split.addWidget(self.stack)
        split.setSizes([300, 980])
        split.setStretchFactor(1, 1)

        self.start_page = QWidget()
        start = QVBoxLayout(self.start_page)
        self.start_label = plain_label(name="guidelineStart")
        start.addWidget(self.start_label)
        row = QHBoxLayout()
        self.template_box = QComboBox()
        self.template_box.setObjectName("guidelineTemplates")
        self.create_button = QPushButton(self.tr("Start from this template"))
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.start_read_button = QPushButton(self.tr("Read from the platform"))
        row.addWidget(self.template_box, 1)
        row.addWidget(self.create_button)
        row.addWidget(self.empty_button)
        row.addWidget(self.start_read_button)
        start.addLayout(row)
        start.addStretch(1)
        self.stack.addWidget(self.start_page)

        self.document_page = QWidget()
        page = QVBoxLayout(self.document_page)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = plain_label(name="guidelineTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.read_button = QPushButton(self.tr("Read from the platform"))
        self.read_button.setToolTip(self.tr("Bring the community's rules from its platform"))
        self.write_button = QPushButton(self.tr("Write to the platform"))
        self.write_button.setToolTip(
            self.tr("Make the platform's rules these, in this order (moderators only)")
        )
        top.addWidget(self.read_button)
        top.addWidget(self.write_button)
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.versions_button = QPushButton(self.tr("Versions…"))
        self.export_button = QPushButton(self.tr("Export…"))
        for button in (self.publish_button, self.versions_button, self.export_button):
            top.addWidget(button)
        page.addLayout(top)
        self.published = plain_label(name="guidelinePublished")
        page.addWidget(self.published)
        self.introduction = plain_label(name="guidelineIntroduction")
        page.addWidget(self.introduction)

        body = QSplitter()
        rules_side = QWidget()
        rules_column = QVBoxLayout(rules_side)
        rules_column.setContentsMargins(0, 0, 0, 0)
        self.rules = QListWidget()
        self.rules.setObjectName("guidelineRules")
        self.rules.setSpacing(3)
        rules_column.addWidget(self.rules, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add rule…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        rules_column.addLayout(buttons)
        body.addWidget(rules_side)

        detail_side = QWidget()
        detail_column = QVBoxLayout(detail_side)
        detail_column.setContentsMargins(0, 0, 0, 0)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("guidelineRuleDetail")
        self.detail.setReadOnly(True)
        detail_column.addWidget(self.detail, 1)
        detector_row = QHBoxLayout()
        self.backtest_button = QPushButton(self.tr("Backtest…"))
        self.toggle_button = QPushButton(self.tr("Turn detectors on"))
        detector_row.addWidget(self.backtest_button)
        detector_row.addWidget(self.toggle_button)
        detector_row.addStretch(1)
        detail_column.addLayout(detector_row)
        body.addWidget(detail_side)
        body.setSizes([520, 440])
        page.addWidget(body, 1)
        self.stack.addWidget(self.document_page)

        self.status = plain_label(name="guidelineStatus")
        outer.addWidget(self.status)
