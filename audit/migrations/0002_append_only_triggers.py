"""The database itself refuses to change or delete audit events (ADR 0114), on PostgreSQL and SQLite.

A trigger per vendor, so raw SQL and other clients are held to the same rule as the model. TRUNCATE and DROP stay
with the table's owner, as for any table: the deployment's database role is what guards those.
"""

from django.db import migrations

from audit.triggers import BACKWARD, FORWARD


def _run(statements: dict):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False)]
