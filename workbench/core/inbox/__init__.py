"""The cross-community inbox: views, search, triage and export over stored items (no Qt).

How it fits together:

- ``query.View`` is a frozen set of filters plus a search and an order; saved views are
  its JSON form in the saved_views table (``views.SavedViews``); ``views.builtin_views``
  are All new, Needs reply, Assigned to me, Reports, Unanswered questions, Snoozed, Done
  and Everything.
- ``search.parse`` turns what the user typed into full-text terms and name filters (plain
  data); ``query.to_filter`` resolves a view for a user and a moment into the store's
  ``ItemFilter``. The SQL, FTS5 expressions included, is the store's:
  workbench/db/sqlite/views.py writes the WHERE/ORDER BY so that each built-in view reads
  one index in order (tests/inbox/test_query_plan.py checks the plans).
- ``service.InboxService`` answers "ids for this view in order" (first page fast, the
  full list later), "rows for these ids", capped counts for the sidebar and item detail,
  through the store's ``InboxReads`` (two read connections of its own on SQLite; a
  search matching many items is answered a window at a time instead of sorting every
  match).
- ``triage.Triage`` changes state, snooze, priority, assignee, tags and notes on lists of
  ids and returns an undo record; ``export.export_csv`` writes a view to CSV.

Figures on 1,000,000 generated items: benchmarks/inbox_core.py and benchmarks/inbox_gui.py.
"""
