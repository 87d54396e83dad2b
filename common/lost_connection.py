"""Whether a database error means the connection is gone (a restart or failover, a proxy dropping an idle
connection, a killed backend), rather than a query the database refused."""

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
