"""A subreddit's rules: read from /r/NAME/about/rules, written back by a moderator.

Writing makes the subreddit's rules exactly the ones given, in order, with the fewest
calls: a rule keeps its name -> updated when it differs; rules whose names changed pair up
by position -> updated with ``old_short_name`` (Reddit keeps its age and reports); the
rest are added or removed; then one reorder when the order still differs. Reddit's limits
are checked before the first write, so a refused list changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from connectors.api import PermissionDenied, PlatformRule, RulesRefused, RulesWritten
from connectors.reddit.errors import translate

MAX_RULES = 15  # Reddit's limits for subreddit rules
MAX_SHORT_NAME = 100
MAX_DESCRIPTION = 500
MAX_VIOLATION_REASON = 100
KINDS = ("link", "comment", "all")


def _rule(data: dict[str, Any]) -> PlatformRule:
    created = data.get("created_utc")
    return PlatformRule(
        short_name=str(data.get("short_name") or ""),
        description=str(data.get("description") or ""),
        violation_reason=str(data.get("violation_reason") or ""),
        kind=str(data.get("kind") or "all"),
        priority=int(data.get("priority") or 0),
        created_at=datetime.fromtimestamp(float(created), UTC) if created else None,
    )


def read_rules(reddit: Any, subreddit: str) -> list[PlatformRule]:
    with translate():
        body = reddit.request(method="GET", path=f"r/{subreddit}/about/rules")
    rules = body.get("rules", []) if isinstance(body, dict) else []
    found = [_rule(r) for r in rules if isinstance(r, dict) and r.get("short_name")]
    return sorted(found, key=lambda r: r.priority)


def check_limits(rules: Sequence[PlatformRule]) -> None:
    """Raise RulesRefused, naming the rule, when Reddit would refuse the list."""
    if len(rules) > MAX_RULES:
        raise RulesRefused(f"Reddit allows at most {MAX_RULES} rules; there are {len(rules)}.")
    names = [r.short_name.strip() for r in rules]
    for number, (rule, name) in enumerate(zip(rules, names, strict=True), start=1):
        if not name:
            raise RulesRefused(f"Rule {number} has no title.")
        if len(name) > MAX_SHORT_NAME:
            raise RulesRefused(
                f"Rule {number}: Reddit allows titles of {MAX_SHORT_NAME} characters."
            )
        if len(rule.description) > MAX_DESCRIPTION:
            raise RulesRefused(
                f"Rule {number} “{name}”: Reddit allows descriptions of {MAX_DESCRIPTION} "
                f"characters; this one has {len(rule.description)}."
            )
        if len(rule.violation_reason) > MAX_VIOLATION_REASON:
            raise RulesRefused(
                f"Rule {number} “{name}”: Reddit allows report reasons of "
                f"{MAX_VIOLATION_REASON} characters."
            )
        if rule.kind not in KINDS:
            raise RulesRefused(f"Rule {number} “{name}”: kind “{rule.kind}” is not {KINDS}.")
    if len(set(names)) != len(names):
        raise RulesRefused("Two rules have the same title; Reddit tells rules apart by title.")


def _post(reddit: Any, path: str, data: dict[str, str]) -> None:
    with translate():
        body = reddit.request(method="POST", path=path, data={**data, "api_type": "json"})
    errors = body.get("json", {}).get("errors") if isinstance(body, dict) else None
    if errors:
        raise RulesRefused("Reddit refused the rules: " + "; ".join(str(e[1]) for e in errors))


def _fields(rule: PlatformRule) -> dict[str, str]:
    return {
        "short_name": rule.short_name.strip(),
        "description": rule.description,
        "violation_reason": rule.violation_reason or rule.short_name.strip(),
        "kind": rule.kind,
    }


def _same(a: PlatformRule, b: PlatformRule) -> bool:
    return _fields(a) == _fields(b)


def write_rules(
    reddit: Any, subreddit: str, rules: Sequence[PlatformRule], moderated: Sequence[str]
) -> RulesWritten:
    if subreddit.lower() not in {m.lower() for m in moderated}:
        raise PermissionDenied(
            f"This account does not moderate r/{subreddit}: only its moderators can change "
            "its rules.",
            "modconfig",
        )
    check_limits(rules)
    existing = read_rules(reddit, subreddit)
    wanted_names = {r.short_name.strip() for r in rules}
    by_name = {r.short_name: r for r in existing}
    leftover = [r for r in existing if r.short_name not in wanted_names]
    added = updated = 0
    for rule in rules:
        name = rule.short_name.strip()
        if name in by_name:
            if not _same(by_name[name], rule):
                _post(reddit, "api/update_subreddit_rule",
                      {"r": subreddit, "old_short_name": name, **_fields(rule)})  # fmt: skip
                updated += 1
        elif leftover:  # renamed: keep the rule (its age, its reports) under the new title
            old = leftover.pop(0)
            _post(reddit, "api/update_subreddit_rule",
                  {"r": subreddit, "old_short_name": old.short_name, **_fields(rule)})  # fmt: skip
            updated += 1
        else:
            _post(reddit, "api/add_subreddit_rule", {"r": subreddit, **_fields(rule)})
            added += 1
    for old in leftover:
        _post(reddit, "api/remove_subreddit_rule", {"r": subreddit, "short_name": old.short_name})
    order = [r.short_name.strip() for r in rules]
    now = [r.short_name for r in read_rules(reddit, subreddit)]
    reordered = now != order
    if reordered:
        _post(
            reddit,
            "api/reorder_subreddit_rules",
            {"r": subreddit, "new_rule_order": ",".join(order)},
        )
    return RulesWritten(added, updated, len(leftover), reordered)
