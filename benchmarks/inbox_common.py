"""Shared set-up for the inbox benchmarks: the generated store, a realistic triage state,
and the fixed list of 50 queries (views, filters, searches, sidebar counts)."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.datagen import TEAM, build_store, vocabulary  # noqa: E402
from workbench.core.inbox.query import ME, Order, View  # noqa: E402
from workbench.core.inbox.service import InboxService  # noqa: E402
from workbench.core.inbox.triage import Triage  # noqa: E402
from workbench.core.inbox.views import builtin_views  # noqa: E402
from workbench.core.workspace import Workspace  # noqa: E402

DEFAULT_DIR = Path("/tmp/inbox-bench-1m")
ME_NAME = TEAM[0]


@dataclass(frozen=True)
class Query:
    label: str
    view: View
    kind: str = "view"  # view | count


def prepare(data_dir: Path, items: int, communities: int) -> None:
    """Build (or reuse) the store, then give it a realistic triage state, once."""
    build_store(data_dir, items, communities)
    ws = Workspace.open(data_dir)
    try:
        service = InboxService(ws.store, me=ME_NAME)
        if service.count(View(states=("done",)), cap=1):
            return
        started = time.perf_counter()
        triage = Triage(ws.store)
        ids = service.ids(View(order=Order.OLDEST)).ids
        # Most of an inbox is handled; the newest part is still open.
        cut = int(len(ids) * 0.85)
        triage.set_state(ids[:cut], "done")
        open_ids = ids[cut:]
        triage.set_state(open_ids[::7], "needs_reply")
        triage.set_state(open_ids[3::11], "waiting")
        triage.snooze(open_ids[5::23], int(time.time()) + 7 * 86400)
        triage.assign(open_ids[::13], ME_NAME)
        triage.assign(open_ids[1::13], TEAM[1])
        triage.add_tag(ids[::200], "billing")
        triage.add_tag(open_ids[::97], "bug")
        triage.set_priority(open_ids[::17], 2)
        print(f"triage state applied in {time.perf_counter() - started:.1f} s")
    finally:
        ws.close()


def queries(service: InboxService) -> list[Query]:
    """The fixed list of 50 queries a community manager's day is made of."""
    words, _ = vocabulary()
    common = words[:6]  # the, to, and, a, of, i
    mid = [words[r] for r in (120, 260, 480, 900)]
    rare = [words[r] for r in (-1, -40, -300, -700)]
    communities = service.communities()
    first_community, other_community = communities[0][0], communities[len(communities) // 2][0]
    community_word = communities[3][1].split()[0]
    sample = service.rows(service.ids(View(search=mid[0]), limit=1).ids)
    text_words = [
        w.strip(".,?!").lower() for w in (sample[0].snippet if sample else "a b c").split()
    ]
    phrase = " ".join(text_words[2:4])
    long_phrase = " ".join(text_words[1:5])
    week = int(time.time()) - 7 * 86400
    builtin = builtin_views()
    out: list[Query] = []
    for named in builtin:  # 8 sidebar counts
        out.append(Query(f"count {named.name}", named.view, "count"))
    for named in builtin:  # 8 views
        out.append(Query(f"view {named.name}", named.view))
    out += [
        Query(f"search common '{common[0]}'", View(search=common[0])),
        Query(f"search common '{common[2]}'", View(search=common[2])),
        Query(
            f"search two common '{common[1]} {common[4]}'", View(search=f"{common[1]} {common[4]}")
        ),
        Query(f"search mid '{mid[0]}'", View(search=mid[0])),
        Query(f"search mid '{mid[1]}'", View(search=mid[1])),
        Query(f"search mid '{mid[2]}'", View(search=mid[2])),
        Query(f"search mid '{mid[3]}'", View(search=mid[3])),
        Query(f"search rare '{rare[0]}'", View(search=rare[0])),
        Query(f"search rare '{rare[1]}'", View(search=rare[1])),
        Query(f"search rare '{rare[2]}'", View(search=rare[2])),
        Query(f"search rare '{rare[3]}'", View(search=rare[3])),
        Query(f'phrase "{phrase}"', View(search=f'"{phrase}"')),
        Query(f'phrase "{long_phrase}"', View(search=f'"{long_phrase}"')),
        Query(f"prefix '{mid[1][:4]}*'", View(search=f"{mid[1][:4]}*")),
        Query(f"OR '{rare[0]} OR {mid[2]}'", View(search=f"{rare[0]} OR {mid[2]}")),
        Query(f"exclude '{mid[0]} -{common[0]}'", View(search=f"{mid[0]} -{common[0]}")),
        Query(f"exclude only '-{common[3]}'", View(search=f"-{common[3]}")),
        Query(f"author:{TEAM[1]}", View(search=f"author:{TEAM[1]}")),
        Query(f"author:{TEAM[0]} + '{common[2]}'", View(search=f"author:{TEAM[0]} {common[2]}")),
        Query(f"community:{community_word}", View(search=f"community:{community_word}")),
        Query(
            f"community:{community_word} + '{mid[0]}'",
            View(search=f"community:{community_word} {mid[0]}"),
        ),
        Query("filter community", View(community_ids=(first_community,))),
        Query(
            "filter community + common word",
            View(community_ids=(other_community,), search=common[0]),
        ),
        Query("filter kind report + state new", View(kinds=("report",), states=("new",))),
        Query("filter kind message + word", View(kinds=("message",), search=mid[1])),
        Query(
            "filter platform bench + kind mention", View(platforms=("bench",), kinds=("mention",))
        ),
        Query("filter last 7 days", View(since=week)),
        Query("filter last 7 days + rare word", View(since=week, search=rare[0])),
        Query("filter tag billing", View(tags=("billing",))),
        Query("filter tag bug + needs reply", View(tags=("bug",), states=("needs_reply",))),
        Query("filter assignee me + word", View(assignee=ME, search=mid[0])),
        Query("needs reply + common word", View(states=("needs_reply",), search=common[0])),
        Query(
            "order priority (open)",
            View(states=("new", "needs_reply", "waiting"), order=Order.PRIORITY),
        ),
        Query("order oldest, all", View(order=Order.OLDEST)),
    ]
    assert len(out) == 50, len(out)
    return out


def with_search(view: View, text: str) -> View:
    return replace(view, search=text)
