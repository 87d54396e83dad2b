"""The demo database, built once per test process and copied into each test that needs it.

`load_demo` takes 40-90 s, and some thirty tests start from it: loading it each time was half of CI's time. The
first test that asks for it loads it for real (on-commit work run, as `make run` runs it), every row of every table
is kept in memory, and the transaction is rolled back; later tests get the same rows copied back in well under a
second. The copy is exact: same primary keys, sequences moved past them, the files under MEDIA_ROOT left in place.
"""

import io

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import TestCase
from wagtail.models import Site

Rows = dict[str, tuple[list[str], list[tuple] | bytes]]


def _tables() -> list[str]:
    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def snapshot_take() -> Rows:
    rows: Rows = {}
    with connection.cursor() as cursor:
        virtual = set()
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {name for (name,) in cursor.fetchall()}
        # SQLite's full-text table is filled by triggers on the search index table: it is emptied, not copied.
        for table in [t for t in _tables() if t not in virtual]:
            cursor.execute(f"SELECT * FROM {_quote(table)}")
            columns = [c[0] for c in cursor.description]
            if connection.vendor == "postgresql":
                # COPY's text form round-trips every type (json, arrays, bytea) exactly.
                with cursor.cursor.copy(f"COPY {_quote(table)} ({', '.join(map(_quote, columns))}) TO STDOUT") as cp:
                    rows[table] = (columns, b"".join(bytes(block) for block in cp))
            else:
                rows[table] = (columns, cursor.fetchall())
    return rows


def snapshot_build() -> Rows:
    with transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=io.StringIO())
        rows = snapshot_take()
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
    return rows


def snapshot_restore(rows: Rows) -> None:
    """Every table as the snapshot holds it (tables made since are emptied)."""
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Checks deferred by earlier writes of this transaction would block TRUNCATE: run them first.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {', '.join(map(_quote, tables))}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            for table in tables:
                cursor.execute(f"DELETE FROM {_quote(table)}")
        for table, (columns, data) in rows.items():
            if not data:
                continue
            names = ", ".join(map(_quote, columns))
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {_quote(table)} ({names}) FROM STDIN") as cp:
                    cp.write(data)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", data)
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(sql)
    Site.clear_site_root_paths_cache()
