"""Repeat an idempotent write once when the database connection was lost under it."""

import functools
import logging

from django.db import InterfaceError, OperationalError, connection

from common.lost_connection import connection_was_lost

logger = logging.getLogger(__name__)


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
