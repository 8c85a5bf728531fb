"""The fake Reddit's subreddit rules: /r/NAME/about/rules and the moderators' rule edits.

Bodies follow Reddit's: ``{"rules": [{"kind", "short_name", "description",
"violation_reason", "created_utc", "priority", "description_html"}], "site_rules": [...]}``;
edits are POSTs of form fields (``r``, ``short_name``, ``description``, ``violation_reason``,
``kind``, ``old_short_name``) answered ``{"json": {"errors": [...]}}``. Only subreddits the
fake's user moderates (the model's subreddits) may be edited: others answer 403.
"""

from __future__ import annotations

import html
import re
import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.testing.reddit_server import FakeReddit, RecordedRequest

SITE_RULES = [
    "Spam",
    "Personal and confidential information",
    "Threatening, harassing, or inciting violence",
]


@dataclass
class RulesState:
    rules: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by subreddit, lower

    def of(self, subreddit: str) -> list[dict[str, Any]]:
        return self.rules.setdefault(subreddit.lower(), [])

    def add(self, subreddit: str, short_name: str, description: str = "", *,
            violation_reason: str = "", kind: str = "all") -> None:  # fmt: skip
        rules = self.of(subreddit)
        rules.append(
            {
                "kind": kind,
                "short_name": short_name,
                "description": description,
                "violation_reason": violation_reason or short_name,
                "created_utc": float(int(time.time())),
                "priority": len(rules),
                "description_html": f'<!-- SC_OFF --><div class="md"><p>{html.escape(description)}</p>\n</div><!-- SC_ON -->',
            }
        )


_STATES: weakref.WeakKeyDictionary[Any, RulesState] = weakref.WeakKeyDictionary()


def rules_state(fake: FakeReddit) -> RulesState:
    """The rules a fake Reddit holds (tests seed and read them here)."""
    return _STATES.setdefault(fake, RulesState())


def _errors(*errors: list[str]) -> tuple[int, Any]:
    return 200, {"json": {"errors": list(errors)}}


def route(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any] | None:
    """The answer for a rules request, or None when the request is not about rules."""
    state = rules_state(fake)
    if match := re.fullmatch(r"/r/([^/]+)/about/rules", request.path):
        name = match.group(1)
        known = (
            name.lower() in {s.lower() for s in fake.model.subreddits}
            or name.lower() in state.rules
        )
        if not known:
            return 404, {"message": "Not Found", "error": 404}
        return 200, {"rules": state.of(name), "site_rules": SITE_RULES, "site_rules_flow": []}
    edit = re.fullmatch(r"/api/(add|update|remove|reorder)_subreddit_rules?", request.path)
    if edit is None or request.method != "POST":
        return None
    subreddit = request.param("r")
    if subreddit.lower() not in {s.lower() for s in fake.model.subreddits}:
        return 403, {"message": "Forbidden", "error": 403}
    rules = state.of(subreddit)
    names = [r["short_name"] for r in rules]
    short_name = request.param("short_name")
    what = edit.group(1)
    if what == "add":
        if short_name in names:
            return _errors(["SR_RULE_EXISTS", "a rule with that name already exists", "short_name"])
        if len(rules) >= 15:
            return _errors(["SR_RULE_TOO_MANY", "you can only have 15 rules", "short_name"])
        state.add(subreddit, short_name, request.param("description"),
                  violation_reason=request.param("violation_reason"), kind=request.param("kind"))  # fmt: skip
        return _errors()
    if what == "update":
        old = request.param("old_short_name")
        if old not in names:
            return _errors(["SR_RULE_DOESNT_EXIST", "that rule doesn't exist", "old_short_name"])
        rule = rules[names.index(old)]
        rule.update(
            short_name=short_name,
            description=request.param("description"),
            violation_reason=request.param("violation_reason"),
            kind=request.param("kind"),
        )
        return _errors()
    if what == "remove":
        if short_name in names:
            rules.pop(names.index(short_name))
        for priority, rule in enumerate(rules):
            rule["priority"] = priority
        return _errors()
    order = [n for n in request.param("new_rule_order").split(",") if n]
    if sorted(order) != sorted(names):
        return _errors(["BAD_RULE_ORDER", "the new order names other rules", "new_rule_order"])
    rules.sort(key=lambda r: order.index(r["short_name"]))
    for priority, rule in enumerate(rules):
        rule["priority"] = priority
    return _errors()
