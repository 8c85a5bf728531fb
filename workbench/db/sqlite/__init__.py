"""Everything SQLite-specific: connections and pragmas, SQL with ``?`` parameters, the FTS5
full-text index and its upkeep, the sync's hot write path, transaction modes, integrity
checks and backups. Core reaches it only through the interfaces in workbench/db/interfaces.py,
handed out by ``Store`` (``backend.SqliteBackend``)."""
