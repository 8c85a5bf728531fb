"""The cross-community inbox: views, search, triage and export over stored items (no Qt).

How it fits together:

- ``query.View`` is a frozen set of filters plus a search and an order; saved views are
  its JSON form in the saved_views table (``views.SavedViews``); ``views.builtin_views``
  are All new, Needs reply, Assigned to me, Reports, Unanswered questions, Snoozed, Done
  and Everything.
- ``search.parse`` turns what the user typed into a safe FTS5 expression: every term is
  re-quoted, so no input reaches the FTS5 parser as syntax.
- ``sql.compile_view`` writes the WHERE/ORDER BY so that each built-in view reads one
  index in order (migration 0002; tests/inbox/test_query_plan.py checks the plans).
- ``service.InboxService`` answers "ids for this view in order" (first page fast, the
  full list later), "rows for these ids", capped counts for the sidebar and item detail,
  through two read connections of its own. A search matching many items is answered a
  window at a time instead of sorting every match.
- ``triage.Triage`` changes state, snooze, priority, assignee, tags and notes on lists of
  ids and returns an undo record; ``export.export_csv`` writes a view to CSV.

Figures on 1,000,000 generated items: benchmarks/inbox_core.py and benchmarks/inbox_gui.py.
"""
