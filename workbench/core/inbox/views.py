"""Built-in inbox views and the user's saved views (the saved_views table)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from workbench.core.inbox.query import ME, Order, State, View
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import SavedView
from workbench.db.store import Store

OPEN = (State.NEW.value, State.NEEDS_REPLY.value, State.WAITING.value)
DEFAULT_UNANSWERED_HOURS = 24.0


@dataclass(frozen=True)
class NamedView:
    key: str  # "all-new", ... for built-ins; "saved:<id>" for saved views
    name: str
    view: View
    saved_id: int | None = None
    description: str = ""
    # A built-in view's name and description as marked for translation (the GUI shows
    # them in the user's language; ``name``/``description`` are the English).
    title: Words | None = None
    about: Words | None = None

    @property
    def builtin(self) -> bool:
        return self.saved_id is None


def _builtin(key: str, name: str, view: View, about: Words) -> NamedView:
    return NamedView(key, name, view, None, str(about), Words("InboxViews", name), about)


def builtin_views(*, unanswered_hours: float = DEFAULT_UNANSWERED_HOURS) -> list[NamedView]:
    def about(text: str, **values: object) -> Words:
        return Words("InboxViews", text, values)

    return [
        _builtin(
            "all-new",
            QT_TRANSLATE_NOOP("InboxViews", "All new"),
            View(states=(State.NEW.value,), hide_own=True),
            about(
                QT_TRANSLATE_NOOP("InboxViews", "Everything not triaged yet, but the team's own")
            ),
        ),
        _builtin(
            "needs-reply",
            QT_TRANSLATE_NOOP("InboxViews", "Needs reply"),
            View(states=(State.NEEDS_REPLY.value,)),
            about(QT_TRANSLATE_NOOP("InboxViews", "Items you marked as needing an answer")),
        ),
        _builtin(
            "assigned-to-me",
            QT_TRANSLATE_NOOP("InboxViews", "Assigned to me"),
            View(assignee=ME, states=OPEN),
            about(QT_TRANSLATE_NOOP("InboxViews", "Open items assigned to you")),
        ),
        _builtin(
            "reports",
            QT_TRANSLATE_NOOP("InboxViews", "Reports"),
            View(kinds=("report",), states=OPEN),
            about(QT_TRANSLATE_NOOP("InboxViews", "Open reports from members")),
        ),
        _builtin(
            "unanswered",
            QT_TRANSLATE_NOOP("InboxViews", "Unanswered questions"),
            View(unanswered_hours=unanswered_hours, states=OPEN),
            about(
                QT_TRANSLATE_NOOP(
                    "InboxViews", "Questions with no reply from the team after {hours} hours"
                ),
                hours=f"{unanswered_hours:g}",
            ),
        ),
        _builtin(
            "snoozed",
            QT_TRANSLATE_NOOP("InboxViews", "Snoozed"),
            View(states=(State.SNOOZED.value,), order=Order.SNOOZE),
            about(QT_TRANSLATE_NOOP("InboxViews", "Back to New when their time comes")),
        ),
        _builtin(
            "done",
            QT_TRANSLATE_NOOP("InboxViews", "Done"),
            View(states=(State.DONE.value,)),
            about(QT_TRANSLATE_NOOP("InboxViews", "Handled items")),
        ),
        _builtin(
            "everything",
            QT_TRANSLATE_NOOP("InboxViews", "Everything"),
            View(),
            about(QT_TRANSLATE_NOOP("InboxViews", "All items in every state")),
        ),
    ]


class SavedViews:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[NamedView]:
        with self.store.session() as session:
            rows = session.scalars(select(SavedView).order_by(SavedView.position, SavedView.id))
            return [
                NamedView(f"saved:{r.id}", r.name, View.from_dict(dict(r.query)), r.id)
                for r in rows
            ]

    def save(self, name: str, view: View) -> NamedView:
        """Save ``view`` as ``name``; an existing view of that name is replaced."""
        name = " ".join(name.split())[:200] or "Untitled view"
        with self.store.writing() as session:
            row = session.scalars(select(SavedView).where(SavedView.name == name)).first()
            if row is None:
                position = session.scalar(select(func.coalesce(func.max(SavedView.position), 0)))
                row = SavedView(name=name, position=int(position or 0) + 1, query={})
                session.add(row)
            row.query = view.to_dict()
            session.flush()
            return NamedView(f"saved:{row.id}", row.name, view, row.id)

    def rename(self, saved_id: int, name: str) -> None:
        with self.store.writing() as session:
            session.get_one(SavedView, saved_id).name = " ".join(name.split())[:200]

    def delete(self, saved_id: int) -> None:
        with self.store.writing() as session:
            row = session.get(SavedView, saved_id)
            if row is not None:
                session.delete(row)
