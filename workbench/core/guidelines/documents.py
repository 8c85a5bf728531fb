"""Guideline documents: a community's numbered rules, edited, published as versions.

Publishing keeps the whole document as it was (who, when, why), so any two versions can be
compared side by side and an old one exported again. Rules carry their detectors; only
active rules run at sync time (after_sync.py).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, cast, func, select

from workbench.core.guidelines.detectors import Detector, DetectorError
from workbench.core.guidelines.matcher import RuleSpec
from workbench.core.guidelines.state import RuleAction, Severity
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Account, Community, Guideline, GuidelineRule, GuidelineVersion
from workbench.db.store import Store

MAX_TITLE = 300
MAX_TEXT = 20_000
MAX_RULES = 100


class GuidelineError(ValueError):
    """An edit that cannot be made; ``words`` says why."""

    def __init__(self, words: Words) -> None:
        super().__init__(str(words))
        self.words = words


def _refuse(source: str, **values: Any) -> GuidelineError:
    return GuidelineError(Words("Guidelines", source, values))


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RuleDraft:
    """A rule as written (also what a template or a version holds)."""

    title: str
    description: str = ""  # Markdown
    allowed: str = ""  # examples of what is allowed, one per line
    not_allowed: str = ""
    severity: Severity = Severity.MEDIUM
    action: RuleAction = RuleAction.FLAG
    removal_reason: str = ""
    active: bool = False
    detectors: tuple[Detector, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "description": self.description,
            "allowed": self.allowed,
            "not_allowed": self.not_allowed,
            "severity": int(self.severity),
            "action": str(self.action),
            "removal_reason": self.removal_reason,
            "active": self.active,
            "detectors": [d.to_json() for d in self.detectors],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RuleDraft:
        """Raises GuidelineError (or DetectorError) when ``data`` is not a rule."""
        try:
            draft = cls(
                title=str(data["title"]),
                description=str(data.get("description", "")),
                allowed=str(data.get("allowed", "")),
                not_allowed=str(data.get("not_allowed", "")),
                severity=Severity(int(data.get("severity", 2))),
                action=RuleAction(data.get("action", "flag")),
                removal_reason=str(data.get("removal_reason", "")),
                active=bool(data.get("active", False)),
                detectors=tuple(Detector.from_json(d) for d in data.get("detectors", [])),
            )
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, DetectorError):
                raise
            raise _refuse(
                QT_TRANSLATE_NOOP("Guidelines", "A rule is not as expected: {error}"),
                error=str(error),
            ) from None
        draft.check()
        return draft

    def check(self) -> None:
        if not self.title.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "A rule needs a title."))
        if len(self.title) > MAX_TITLE:
            raise _refuse(
                QT_TRANSLATE_NOOP("Guidelines", "A rule's title is at most {n} characters."),
                n=MAX_TITLE,
            )
        for text in (self.description, self.allowed, self.not_allowed, self.removal_reason):
            if len(text) > MAX_TEXT:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Guidelines", "A rule's texts are at most {n} characters."),
                    n=MAX_TEXT,
                )
        for detector in self.detectors:
            detector.check()


@dataclass(frozen=True)
class RuleView:
    id: int
    guideline_id: int
    number: int  # 1, 2, 3... as shown to members
    draft: RuleDraft

    @property
    def title(self) -> str:
        return self.draft.title


@dataclass(frozen=True)
class Document:
    """A guideline's content: what is published, exported and compared."""

    title: str
    introduction: str = ""
    rules: tuple[RuleDraft, ...] = ()
    language: str = "en"

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "introduction": self.introduction,
            "language": self.language,
            "rules": [r.to_json() for r in self.rules],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            title=str(data.get("title", "")),
            introduction=str(data.get("introduction", "")),
            language=str(data.get("language", "en")),
            rules=tuple(RuleDraft.from_json(r) for r in data.get("rules", [])),
        )


@dataclass(frozen=True)
class GuidelineView:
    id: int
    community_id: int | None
    community_type: str | None
    document: Document
    rules: tuple[RuleView, ...]
    updated_at: datetime


@dataclass(frozen=True)
class VersionView:
    id: int
    guideline_id: int
    number: int
    published_at: datetime
    published_by: str
    why: str
    document: Document


@dataclass(frozen=True)
class CommunityEntry:
    """A community in the pane's list, with its guideline if it has one."""

    community_id: int
    name: str
    platform: str
    account: str
    community_type: str | None
    guideline_id: int | None = None
    rules: int = 0


@dataclass(frozen=True)
class SideBySide:
    """One line of a comparison: ``change`` is "same", "changed", "added" or "removed"."""

    left: str | None
    right: str | None
    change: str


def _draft(row: GuidelineRule) -> RuleDraft:
    return RuleDraft(
        title=row.title,
        description=row.description,
        allowed=row.allowed,
        not_allowed=row.not_allowed,
        severity=Severity(row.severity),
        action=RuleAction(row.action),
        removal_reason=row.removal_reason,
        active=row.active,
        detectors=tuple(Detector.from_json(d) for d in row.detectors),
    )


def _apply(row: GuidelineRule, draft: RuleDraft, now: datetime) -> None:
    row.title = draft.title.strip()
    row.description = draft.description
    row.allowed = draft.allowed
    row.not_allowed = draft.not_allowed
    row.severity = int(draft.severity)
    row.action = str(draft.action)
    row.removal_reason = draft.removal_reason
    row.active = draft.active
    row.detectors = [d.to_json() for d in draft.detectors]
    row.updated_at = now


class GuidelineService:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Bumped by every edit here: two edits in one second still change the signature.
        self._generation = 0

    # -- reading ----------------------------------------------------------------------

    def communities(self) -> list[CommunityEntry]:
        with self.store.session() as session:
            counts = dict(
                session.execute(
                    select(GuidelineRule.guideline_id, func.count()).group_by(
                        GuidelineRule.guideline_id
                    )
                ).all()
            )
            rows = session.execute(
                select(Community, Account.name, Guideline.id)
                .join(Account, Account.id == Community.account_id)
                .outerjoin(Guideline, Guideline.community_id == Community.id)
                .order_by(func.lower(Community.name))
            ).all()
            return [
                CommunityEntry(
                    c.id, c.name, c.platform, account, c.community_type, gid, counts.get(gid, 0)
                )
                for c, account, gid in rows
            ]

    def find_communities(self, name: str) -> list[CommunityEntry]:
        """Communities named ``name`` (any case) or with that external id."""
        wanted = name.strip().casefold()
        with self.store.session() as session:
            externals = {
                c.id
                for c in session.scalars(select(Community).where(Community.external_id == name))
            }
        return [
            c
            for c in self.communities()
            if c.name.casefold() == wanted or c.community_id in externals
        ]

    def for_community(self, community_id: int) -> GuidelineView | None:
        with self.store.session() as session:
            found = session.scalar(
                select(Guideline.id).where(Guideline.community_id == community_id)
            )
        return None if found is None else self.get(found)

    def get(self, guideline_id: int) -> GuidelineView:
        with self.store.session() as session:
            guideline = session.get(Guideline, guideline_id)
            if guideline is None:
                raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "This guideline no longer exists."))
            rows = session.scalars(
                select(GuidelineRule)
                .where(GuidelineRule.guideline_id == guideline_id)
                .order_by(GuidelineRule.position, GuidelineRule.id)
            ).all()
            rules = tuple(
                RuleView(r.id, guideline_id, n, _draft(r)) for n, r in enumerate(rows, start=1)
            )
            document = Document(
                guideline.title,
                guideline.introduction,
                tuple(r.draft for r in rules),
                guideline.language,
            )
            return GuidelineView(
                guideline.id,
                guideline.community_id,
                guideline.community_type,
                document,
                rules,
                guideline.updated_at,
            )

    def rule(self, rule_id: int) -> RuleView:
        with self.store.session() as session:
            row = session.get(GuidelineRule, rule_id)
            if row is None:
                raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "This rule no longer exists."))
            guideline_id = row.guideline_id
        return next(r for r in self.get(guideline_id).rules if r.id == rule_id)

    # -- writing ----------------------------------------------------------------------

    def create(
        self,
        community_id: int | None,
        document: Document,
        *,
        community_type: str | None = None,
    ) -> GuidelineView:
        """A new guideline for ``community_id`` (one each) holding ``document``'s rules."""
        if not document.title.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "A guideline needs a title."))
        if len(document.rules) > MAX_RULES:
            raise _refuse(
                QT_TRANSLATE_NOOP("Guidelines", "A guideline has at most {n} rules."), n=MAX_RULES
            )
        for draft in document.rules:
            draft.check()
        now = _now()
        self._generation += 1
        with self.store.writing() as session:
            if community_id is not None and session.scalar(
                select(Guideline.id).where(Guideline.community_id == community_id)
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP("Guidelines", "This community has a guideline already.")
                )
            guideline = Guideline(
                community_id=community_id,
                title=document.title.strip()[:MAX_TITLE],
                language=document.language,
                community_type=community_type,
                introduction=document.introduction,
                created_at=now,
                updated_at=now,
            )
            session.add(guideline)
            session.flush()
            for position, draft in enumerate(document.rules):
                row = GuidelineRule(guideline_id=guideline.id, position=position)
                _apply(row, draft, now)
                session.add(row)
            guideline_id = guideline.id
        return self.get(guideline_id)

    def edit(self, guideline_id: int, *, title: str, introduction: str) -> None:
        if not title.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "A guideline needs a title."))
        with self.store.writing() as session:
            guideline = session.get_one(Guideline, guideline_id)
            guideline.title = title.strip()[:MAX_TITLE]
            guideline.introduction = introduction[:MAX_TEXT]
            guideline.updated_at = _now()

    def add_rule(self, guideline_id: int, draft: RuleDraft) -> RuleView:
        draft.check()
        now = _now()
        self._generation += 1
        with self.store.writing() as session:
            count = session.scalar(
                select(func.count()).where(GuidelineRule.guideline_id == guideline_id)
            )
            if (count or 0) >= MAX_RULES:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Guidelines", "A guideline has at most {n} rules."),
                    n=MAX_RULES,
                )
            last = session.scalar(
                select(func.max(GuidelineRule.position)).where(
                    GuidelineRule.guideline_id == guideline_id
                )
            )
            row = GuidelineRule(guideline_id=guideline_id, position=(last or 0) + 1)
            _apply(row, draft, now)
            session.add(row)
            session.get_one(Guideline, guideline_id).updated_at = now
            session.flush()
            rule_id = row.id
        return self.rule(rule_id)

    def update_rule(self, rule_id: int, draft: RuleDraft) -> RuleView:
        draft.check()
        now = _now()
        self._generation += 1
        with self.store.writing() as session:
            row = session.get(GuidelineRule, rule_id)
            if row is None:
                raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "This rule no longer exists."))
            _apply(row, draft, now)
            session.get_one(Guideline, row.guideline_id).updated_at = now
        return self.rule(rule_id)

    def set_active(self, rule_id: int, active: bool) -> RuleView:
        return self.update_rule(rule_id, replace(self.rule(rule_id).draft, active=active))

    def remove_rule(self, rule_id: int) -> None:
        self._generation += 1
        with self.store.writing() as session:
            row = session.get(GuidelineRule, rule_id)
            if row is not None:
                session.delete(row)

    def move_rule(self, rule_id: int, number: int) -> None:
        """Give the rule ``number`` (1-based) and renumber the others."""
        rule = self.rule(rule_id)
        order = [r.id for r in self.get(rule.guideline_id).rules if r.id != rule_id]
        order.insert(max(0, min(number - 1, len(order))), rule_id)
        self._generation += 1
        with self.store.writing() as session:
            for position, each in enumerate(order):
                session.get_one(GuidelineRule, each).position = position

    # -- versions ---------------------------------------------------------------------

    def publish(self, guideline_id: int, *, by: str, why: str) -> VersionView:
        """Keep the guideline as it is now as a new version; ``why`` is required."""
        if not why.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "Say why you publish (members may ask)."))
        document = self.get(guideline_id).document
        with self.store.writing() as session:
            last = session.scalar(
                select(func.max(GuidelineVersion.number)).where(
                    GuidelineVersion.guideline_id == guideline_id
                )
            )
            version = GuidelineVersion(
                guideline_id=guideline_id,
                number=(last or 0) + 1,
                published_at=_now(),
                published_by=by[:200],
                why=why.strip()[:MAX_TEXT],
                content=document.to_json(),
            )
            session.add(version)
            session.flush()
            return _version(version)

    def versions(self, guideline_id: int) -> list[VersionView]:
        with self.store.session() as session:
            return [
                _version(v)
                for v in session.scalars(
                    select(GuidelineVersion)
                    .where(GuidelineVersion.guideline_id == guideline_id)
                    .order_by(GuidelineVersion.number.desc())
                )
            ]

    def version(self, version_id: int) -> VersionView:
        with self.store.session() as session:
            found = session.get(GuidelineVersion, version_id)
            if found is None:
                raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "This version no longer exists."))
            return _version(found)

    def compare(self, left_id: int, right_id: int) -> list[SideBySide]:
        """Two versions side by side, line by line (their Markdown export)."""
        from workbench.core.guidelines.export import to_markdown

        left = to_markdown(self.version(left_id).document).splitlines()
        right = to_markdown(self.version(right_id).document).splitlines()
        return side_by_side(left, right)

    # -- for the detectors --------------------------------------------------------------

    def signature(self) -> tuple[int, int, int, int]:
        """Changes whenever a rule is added, edited or removed (even by another process)."""
        with self.store.session() as session:
            count, last_id, last_edit = session.execute(
                select(
                    func.count(GuidelineRule.id),
                    func.coalesce(func.max(GuidelineRule.id), 0),
                    func.coalesce(func.max(cast(GuidelineRule.updated_at, BigInteger)), 0),
                )
            ).one()
        return int(count), int(last_id), int(last_edit), self._generation

    def active_rules(self) -> list[RuleSpec]:
        """The active rules that have detectors, each scoped to its guideline's community."""
        with self.store.session() as session:
            rows = session.execute(
                select(GuidelineRule, Guideline.community_id)
                .join(Guideline, Guideline.id == GuidelineRule.guideline_id)
                .where(GuidelineRule.active.is_(True), Guideline.community_id.is_not(None))
            ).all()
        specs = []
        for row, community_id in rows:
            detectors = tuple(Detector.from_json(d) for d in row.detectors)
            if detectors:
                specs.append(RuleSpec(row.id, community_id, detectors))
        return specs

    def rule_titles(self) -> dict[int, tuple[str, int, str]]:
        """(title, severity, action) by rule id."""
        with self.store.session() as session:
            return {
                r.id: (r.title, r.severity, r.action)
                for r in session.scalars(select(GuidelineRule))
            }


def _version(v: GuidelineVersion) -> VersionView:
    return VersionView(
        v.id,
        v.guideline_id,
        v.number,
        v.published_at,
        v.published_by,
        v.why,
        Document.from_json(v.content),
    )


def side_by_side(left: Sequence[str], right: Sequence[str]) -> list[SideBySide]:
    out: list[SideBySide] = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(SideBySide(line, line, "same") for line in left[a1:a2])
        elif tag == "delete":
            out.extend(SideBySide(line, None, "removed") for line in left[a1:a2])
        elif tag == "insert":
            out.extend(SideBySide(None, line, "added") for line in right[b1:b2])
        else:
            olds, news = left[a1:a2], right[b1:b2]
            for n in range(max(len(olds), len(news))):
                out.append(
                    SideBySide(
                        olds[n] if n < len(olds) else None,
                        news[n] if n < len(news) else None,
                        "changed",
                    )
                )
    return out
