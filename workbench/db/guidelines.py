"""The guidelines' store interfaces for a connection's or an engine's dialect."""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from workbench.db.interfaces import BacktestReads, RuleWrites, StoreError
from workbench.db.sqlite.guidelines import SqliteBacktestReads, SqliteRuleWrites


def rule_writes(connection: Connection) -> RuleWrites:
    """The sync step's writes inside ``connection``'s transaction."""
    if connection.dialect.name == "sqlite":
        return SqliteRuleWrites(connection)
    raise StoreError(f"No guidelines writer for {connection.dialect.name}.")


def backtest_reads(engine: Engine) -> BacktestReads:
    if engine.dialect.name == "sqlite":
        return SqliteBacktestReads(engine)
    raise StoreError(f"No backtest reader for {engine.dialect.name}.")
