"""Events older than audit.triggers.FLOOR_YEARS may be deleted, by the retention task (ADR 0152); younger ones
stay append-only in the database as before."""

from django.db import migrations

from audit.triggers import RETENTION_BACKWARD, RETENTION_FORWARD


def _run(statements: dict):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_triggers")]

    operations = [migrations.RunPython(_run(RETENTION_FORWARD), _run(RETENTION_BACKWARD), elidable=False)]
