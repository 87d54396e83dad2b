"""Repeat an idempotent write once when the database connection was lost under it."""

import functools
import logging

from django.db import InterfaceError, OperationalError, connection

logger = logging.getLogger(__name__)

# PostgreSQL's classes for a connection that is gone: 08 connection exception, 57P the server shutting down or a
# backend terminated by an administrator.
LOST_SQLSTATES = ("08", "57P")


def connection_was_lost(exc: Exception) -> bool:
    cause = exc.__cause__
    if not type(cause).__module__.startswith("psycopg"):
        return False  # SQLite's "database is locked" and the like are not a lost connection
    sqlstate = getattr(cause, "sqlstate", None)
    # No SQLSTATE: the client found the socket closed ("server closed the connection unexpectedly").
    return sqlstate is None or sqlstate.startswith(LOST_SQLSTATES)


def once_more_if_the_connection_was_lost(write):
    """Call `write` again, on a new connection, when the one it ran on died (a database restart or failover, a proxy
    dropping an idle connection, a killed backend).

    Only for writes that are idempotent by a key the caller sends (an answer's sequence number): repeating one that
    had committed changes nothing. Inside a caller's transaction nothing is repeated, since the work before it is
    gone with the connection.
    """

    @functools.wraps(write)
    def wrapper(*args, **kwargs):
        try:
            return write(*args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            if connection.in_atomic_block or not connection_was_lost(exc):
                raise
            logger.warning("database connection lost during %s: repeating it on a new connection", write.__name__)
            connection.close()
            return write(*args, **kwargs)

    return wrapper
