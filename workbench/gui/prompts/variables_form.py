"""The small form that fills a prompt's variables ({topic}, {event}, ...) with a preview.

One field per variable found in the text, in the order they appear; values typed stay when
the text changes and a variable is still there. The preview shows the text as it will be
posted, the unfilled variables as they are; ``ready`` is False while one is empty and the
message names it (core's ``fill`` would refuse it with the same name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workbench.core.prompts.variables import fill, variables_of


class VariablesForm(QWidget):
    """``changed(ready)``: a value or the text changed; ``ready`` says whether all are filled."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variablesForm")
        self.text = ""
        self.fields: dict[str, QLineEdit] = {}
        self._kept: dict[str, str] = {}  # values of variables the text no longer has
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("<b>Preview</b>"))
        self.preview = QLabel()
        self.preview.setObjectName("variablesPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # the prompt and values are the user's
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("QLabel { background: palette(base); padding: 6px; }")
        self.message = QLabel()
        self.message.setObjectName("variablesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)

    def set_text(self, text: str) -> None:
        """The prompt's text: a field for each of its variables, then the preview."""
        self.text = text
        wanted = variables_of(text)
        if list(wanted) != list(self.fields):
            for name, field in self.fields.items():
                self._kept[name] = field.text()
            while self.form.rowCount():
                self.form.removeRow(0)
            self.fields = {}
            for name in wanted:
                field = QLineEdit(self._kept.get(name, ""))
                field.setObjectName(f"variable_{name}")
                field.setPlaceholderText(self._hint(name))
                field.textChanged.connect(self._update)
                self.form.addRow(f"{{{name}}}", field)
                self.fields[name] = field
        self._update()

    def _hint(self, name: str) -> str:
        return {
            "topic": self.tr("what the question is about"),
            "event": self.tr("the event's name"),
            "community": self.tr("the community's name"),
            "date": self.tr("a date, e.g. Friday 12 June"),
            "member": self.tr("a member's name"),
        }.get(name, "")

    def set_value(self, name: str, value: str) -> None:
        """Fill a variable unless the user already did (e.g. {community} from the choice)."""
        field = self.fields.get(name)
        if field is not None and not field.text().strip():
            field.setText(value)
        elif field is None:
            self._kept.setdefault(name, value)

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}

    def missing(self) -> list[str]:
        return [name for name, value in self.values().items() if not value]

    @property
    def ready(self) -> bool:
        return not self.missing()

    def filled(self) -> str:
        """The text with every value in; unfilled variables stay as written."""
        shown = {name: value or f"{{{name}}}" for name, value in self.values().items()}
        return fill(self.text, shown)

    def _update(self) -> None:
        self.preview.setText(self.filled())
        missing = self.missing()
        if missing:
            names = ", ".join(f"{{{name}}}" for name in missing)
            self.message.setText(self.tr("Fill in {names} to use this prompt.").format(names=names))
        self.message.setVisible(bool(missing))
        self.preview_title.setVisible(bool(self.text))
        self.changed.emit(not missing)
