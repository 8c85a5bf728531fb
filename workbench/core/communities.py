"""The communities the user follows, as every area refers to them: to post in, to suggest
prompts for, to plan events in. Looked up by id, or by the name a user types."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select

from connectors.api import CommunityType
from workbench.db.models import Account, Community
from workbench.db.store import Store

_PREFIXES = ("r/", "/r/")  # "r/python" and "python" name the same subreddit


@dataclass(frozen=True)
class CommunityRef:
    id: int
    account_id: int
    account_name: str
    name: str
    external_id: str
    platform: str
    connector_id: str
    community_type: CommunityType | None

    @property
    def label(self) -> str:
        """How lists show it: the name and, to tell namesakes apart, the platform."""
        return f"{self.name} ({self.platform})"


def _bare(name: str) -> str:
    name = name.strip().casefold()
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _type(value: str | None) -> CommunityType | None:
    try:
        return CommunityType(value) if value else None
    except ValueError:  # a type from a newer version of the app
        return None


class Communities:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _query(self, *, followed_only: bool = True) -> Select[Community, str, str]:
        query = select(Community, Account.name, Account.connector_id).join(
            Account, Account.id == Community.account_id
        )
        if followed_only:
            query = query.where(Community.followed.is_(True))
        return query.order_by(Community.name, Community.id)

    def _refs(self, query: Select[Community, str, str]) -> list[CommunityRef]:
        with self.store.session() as session:
            return [
                CommunityRef(
                    id=c.id,
                    account_id=c.account_id,
                    account_name=account_name,
                    name=c.name,
                    external_id=c.external_id,
                    platform=c.platform,
                    connector_id=connector_id,
                    community_type=_type(c.community_type),
                )
                for c, account_name, connector_id in session.execute(query)
            ]

    def all(self) -> list[CommunityRef]:
        """The followed communities, sorted by name."""
        return self._refs(self._query())

    def get(self, community_id: int) -> CommunityRef:
        found = self._refs(self._query(followed_only=False).where(Community.id == community_id))
        if not found:
            raise LookupError(f"There is no community {community_id}.")
        return found[0]

    def find(self, name: str) -> CommunityRef:
        """The community a user named ("r/python", "python", "Acme Page"); a LookupError
        in one line when none or several match."""
        wanted = _bare(name)
        matches = [
            c for c in self._refs(self._query(followed_only=False)) if _bare(c.name) == wanted
        ]
        followed = {c.id for c in self.all()}
        if len(matches) > 1:  # namesakes on two accounts: the followed ones first
            matches = [c for c in matches if c.id in followed] or matches
        if not matches:
            raise LookupError(f"No community is named {name!r} (see `workbench accounts list`).")
        if len(matches) > 1:
            places = ", ".join(f"{c.account_name}" for c in matches)
            raise LookupError(f"Several communities are named {name!r} (accounts: {places}).")
        return matches[0]
