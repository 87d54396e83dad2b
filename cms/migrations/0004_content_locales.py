from django.db import migrations


def forwards(apps, schema_editor):
    from cms.locales import content_locales_ensure

    content_locales_ensure(apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_interface_languages"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
