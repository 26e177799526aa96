"""The SQLAlchemy engine over keyed SQLCipher connections."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from kim_desktop.storage import cipher

# Sessions that write take the write lock at BEGIN, so they never fail half-way on a busy database.
WRITE_OPTION = "kim_write"


def make_engine(path: Path, data_key: bytes | Callable[[], bytes], *, foreign_keys: bool = True) -> Engine:
    """data_key may be a callable, so that a locked vault's engine can no longer connect."""
    key_source = data_key if callable(data_key) else (lambda: data_key)

    # The plain pysqlite dialect over the sqlcipher3 module: the pysqlcipher dialect would
    # issue its own `PRAGMA key` from the URL after our creator has keyed the connection.
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=lambda: cipher.connect(path, key_source(), foreign_keys=foreign_keys),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
    )

    # pysqlite's own transaction handling skips BEGIN for DDL and SELECT; emitting it
    # ourselves makes every session one real transaction (SQLAlchemy's documented recipe).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        writing = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine
