"""The inbox service over a real synced demo store: views, order, rows, detail, export."""

from __future__ import annotations

import csv
import io
import time
from dataclasses import replace

from workbench.core.inbox.export import export_csv
from workbench.core.inbox.query import ME, Order, View
from workbench.core.inbox.service import InboxService
from workbench.core.inbox.triage import Triage
from workbench.core.inbox.views import SavedViews, builtin_views
from workbench.core.workspace import Workspace
from workbench.db.sqlite import inbox_search


def test_views_are_ordered_newest_first(service: InboxService) -> None:
    ids = service.ids(View()).ids
    assert len(ids) == 400
    times = [r.created_at for r in service.rows(ids)]
    assert times == sorted(times, reverse=True)
    oldest = service.ids(View(order=Order.OLDEST)).ids
    assert sorted(oldest) == sorted(ids)
    oldest_times = [r.created_at for r in service.rows(oldest)]
    assert oldest_times == sorted(oldest_times)


def test_first_page_is_a_prefix_of_the_full_list(service: InboxService) -> None:
    for named in builtin_views():
        full = service.ids(named.view)
        first = service.ids(named.view, limit=20)
        assert list(first.ids) == list(full.ids[:20]), named.name
        assert first.complete == (len(full) < 20)


def test_common_word_window_matches_the_full_answer(
    service: InboxService, monkeypatch: object
) -> None:
    # Force the windowed path on a small store by calling every search "common".
    monkeypatch.setattr(inbox_search, "COMMON_MATCHES", 0)  # type: ignore[attr-defined]
    for text in ("the", "thanks -perspective", "-the", "community:python the", '"the community"'):
        view = View(search=text)
        full = service.ids(view).ids
        first = service.ids(view, limit=7)
        assert list(first.ids) == list(full[:7]), text
        # Complete only when the window saw every item of the filter: then it is all.
        assert not first.complete or list(first.ids) == list(full), text
        assert first.complete or len(full) >= 7, text
    few = View(kinds=("report",), search="the")  # a narrow filter and a common word
    full = service.ids(few).ids
    first = service.ids(few, limit=len(full) + 1)
    assert list(first.ids) == list(full) and first.complete


def test_rows_keep_the_order_asked(service: InboxService) -> None:
    ids = list(service.ids(View()).ids[:30])
    wanted = ids[::-1]
    assert [r.id for r in service.rows(wanted)] == wanted
    assert service.rows([10**9]) == []


def test_builtin_views_select_what_they_say(service: InboxService, triage: Triage) -> None:
    views = {v.key: v.view for v in builtin_views(unanswered_hours=0)}
    reports = service.rows(service.ids(views["reports"]).ids)
    assert reports and all(r.kind == "report" for r in reports)
    questions = service.rows(service.ids(views["unanswered"]).ids)
    assert questions and all(r.kind == "post" and "question" in r.flags for r in questions)
    ids = list(service.ids(View()).ids[:3])
    triage.assign(ids[:2], "cm_alex")
    triage.set_state(ids[2:], "needs_reply")
    assert set(service.ids(views["assigned-to-me"]).ids) == set(ids[:2])
    assert list(service.ids(views["needs-reply"]).ids) == ids[2:]
    counts = service.counts(views)
    assert counts["needs-reply"] == 1
    assert counts["assigned-to-me"] == 2
    assert service.counts(views, cap=5)["everything"] == 5


def test_unanswered_questions_leave_once_the_team_replies(demo_ws: Workspace) -> None:
    service = InboxService(demo_ws.store, me="cm_alex")
    view = View(unanswered_hours=0)
    answered = [
        r
        for r in service.rows(service.ids(View(kinds=("post",), search="")).ids)
        if "question" in r.flags and r.id not in set(service.ids(view).ids)
    ]
    # The demo's team answers some questions: those are not "unanswered".
    assert answered
    hours = View(unanswered_hours=24 * 365)  # nothing is that old yet
    assert len(service.ids(hours)) == 0


def test_filters_combine(service: InboxService, triage: Triage) -> None:
    first = service.rows(service.ids(View(), limit=1).ids)[0]
    communities = {c[1]: c[0] for c in service.communities()}
    view = View(community_ids=(communities[first.community],), kinds=(first.kind,))
    rows = service.rows(service.ids(view).ids)
    assert rows and all(r.community == first.community and r.kind == first.kind for r in rows)
    platform = service.rows(service.ids(View(platforms=(first.platform,))).ids)
    assert all(r.platform == first.platform for r in platform)
    triage.add_tag([first.id], "billing")
    assert list(service.ids(View(tags=("billing",))).ids) == [first.id]
    since = View(since=first.created_at)
    assert first.id in service.ids(since).ids
    assert first.id not in service.ids(replace(since, until=first.created_at)).ids
    assert service.ids(View(assignee=ME)).ids.tolist() == []


def test_detail_has_thread_author_items_and_notes(service: InboxService, triage: Triage) -> None:
    comments = service.rows(service.ids(View(kinds=("comment",))).ids)
    detail = None
    for comment in comments:
        detail = service.detail(comment.id)
        assert detail is not None
        if detail.parent is not None and detail.siblings:
            break
    assert detail is not None and detail.parent is not None
    assert detail.parent.kind == "post"
    assert all(s.id != detail.row.id for s in detail.siblings)
    triage.add_note([detail.row.id], "Call them back", author="cm_alex")
    again = service.detail(detail.row.id)
    assert again is not None
    assert [n.text for n in again.notes] == ["Call them back"]
    assert again.account_name == "Demo communities"
    assert service.detail(10**9) is None
    prolific = max(comments, key=lambda r: len(service.detail(r.id).author_items))  # type: ignore[union-attr]
    assert service.detail(prolific.id).author_items  # type: ignore[union-attr]


def test_new_items_are_counted_after_a_sync(demo_ws: Workspace, service: InboxService) -> None:
    last = service.last_item_id()
    assert service.count(View(after_id=last)) == 0
    account = demo_ws.accounts.add("inbox_replying", "Forum", {})
    demo_ws.sync.sync(account.id)
    assert service.count(View(after_id=last)) == 3
    assert service.count(View(after_id=last, kinds=("comment",))) == 2


def test_saved_views_round_trip(demo_ws: Workspace) -> None:
    saved = SavedViews(demo_ws.store)
    view = View(states=("new",), kinds=("post", "report"), search='"reset password"', since=5)
    named = saved.save("Billing posts", view)
    assert saved.all() == [named]
    assert saved.all()[0].view == view
    saved.save("Billing posts", replace(view, kinds=("post",)))  # same name: replaced
    assert [v.view.kinds for v in saved.all()] == [("post",)]
    saved.rename(named.saved_id or 0, "Billing")
    assert saved.all()[0].name == "Billing"
    saved.delete(named.saved_id or 0)
    assert saved.all() == []
    assert View.from_dict({"states": "new", "kinds": [1], "order": "sideways", "x": 1}) == View(
        kinds=("1",)
    )


def test_export_csv_writes_the_view_safely(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View()).ids[:2])
    triage.add_tag(ids[:1], "=HYPERLINK(evil)")
    out = io.StringIO()
    written = export_csv(service, View(tags=("=HYPERLINK(evil)",)), out)
    assert written == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][0] == "time"
    assert rows[1][rows[0].index("tags")] == "'=HYPERLINK(evil)"
    assert time.gmtime(0)  # exported times are ISO strings
    assert rows[1][0].startswith("20")
