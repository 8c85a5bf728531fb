"""A community's rules on its platform: read into its guideline, written back on request.

Only where the connector declares ``Capability.RULES`` (connectors.api.CommunityRules);
writing also needs an account that moderates the community, which the connector checks.
Both talk to the network: callers run them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from connectors.api import Capability, CommunityRules, PlatformRule, RulesWritten
from workbench.core.accounts.service import AccountService
from workbench.core.guidelines.documents import (
    Document,
    GuidelineError,
    GuidelineService,
    GuidelineView,
    RuleDraft,
)
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Community
from workbench.db.store import Store

REPORT_REASON_LENGTH = 100  # Reddit's; a longer removal reason is not a report reason


def _refuse(source: str) -> GuidelineError:
    return GuidelineError(Words("Guidelines", source))


def draft_of(rule: PlatformRule) -> RuleDraft:
    return RuleDraft(
        title=rule.short_name,
        description=rule.description,
        removal_reason=rule.violation_reason,
    )


class PlatformRules:
    def __init__(
        self, store: Store, accounts: AccountService, guidelines: GuidelineService
    ) -> None:
        self.store = store
        self.accounts = accounts
        self.guidelines = guidelines

    def _community(self, community_id: int) -> tuple[int, str, str]:
        """(account id, external id, name)."""
        with self.store.session() as session:
            found = session.get(Community, community_id)
            if found is None:
                raise _refuse(QT_TRANSLATE_NOOP("Guidelines", "This community no longer exists."))
            return found.account_id, found.external_id, found.name

    def supports(self, community_id: int) -> bool:
        """Whether the community's connector can read and write its rules."""
        account_id, _, _ = self._community(community_id)
        connector_id = self.accounts.get(account_id).connector_id
        cls = self.accounts.registry.get(connector_id)
        return cls is not None and Capability.RULES in cls.capabilities

    @contextmanager
    def _rules_of(self, community_id: int) -> Iterator[tuple[CommunityRules, str, str]]:
        account_id, external_id, name = self._community(community_id)
        connector = self.accounts.connector(self.accounts.get(account_id))
        try:
            if Capability.RULES not in connector.capabilities or not isinstance(
                connector, CommunityRules
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Guidelines", "This platform's connector cannot read or write rules."
                    )
                )
            yield connector, external_id, name
        finally:
            connector.close()

    def read(self, community_id: int) -> GuidelineView:
        """The platform's rules into the community's guideline (made if missing): a rule
        with the same title is updated, the others are added after the existing ones."""
        with self._rules_of(community_id) as (connector, external_id, name):
            found = list(connector.read_rules(external_id))
        guideline = self.guidelines.for_community(community_id)
        if guideline is None:
            document = Document(f"{name} rules", rules=tuple(draft_of(r) for r in found))
            return self.guidelines.create(community_id, document)
        by_title = {r.title.casefold(): r for r in guideline.rules}
        for rule in found:
            mine = by_title.get(rule.short_name.casefold())
            if mine is None:
                self.guidelines.add_rule(guideline.id, draft_of(rule))
            else:
                self.guidelines.update_rule(
                    mine.id,
                    replace(
                        mine.draft,
                        description=rule.description,
                        removal_reason=mine.draft.removal_reason or rule.violation_reason,
                    ),
                )
        return self.guidelines.get(guideline.id)

    def write(self, community_id: int) -> RulesWritten:
        """Make the platform's rules the guideline's, in order (the account must moderate)."""
        guideline = self.guidelines.for_community(community_id)
        if guideline is None or not guideline.rules:
            raise GuidelineError(
                _refuse(
                    QT_TRANSLATE_NOOP("Guidelines", "This community has no rules to write.")
                ).words
            )
        with self._rules_of(community_id) as (connector, external_id, _):
            # A rule's kind (posts, comments, both) is the platform's: keep it.
            kinds = {r.short_name.casefold(): r.kind for r in connector.read_rules(external_id)}
            wanted = [
                PlatformRule(
                    short_name=rule.title,
                    description=rule.draft.description,
                    violation_reason=(
                        rule.draft.removal_reason
                        if 0 < len(rule.draft.removal_reason) <= REPORT_REASON_LENGTH
                        else rule.title[:REPORT_REASON_LENGTH]
                    ),
                    kind=kinds.get(rule.title.casefold(), "all"),
                    priority=rule.number - 1,
                )
                for rule in guideline.rules
            ]
            return connector.write_rules(external_id, wanted)
