"""One name per person (ADR 0140): accounts with no legal name get the first and last name they gave instead.

First and last name stay in their columns (nothing is lost; the Django and Wagtail admins still read them); a legal
name already given is never changed. Reversing leaves the copied legal names in place: they are correct either way.
"""

from django.db import migrations
from django.db.models import Q


def legal_name_from_first_and_last(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    todo = User.objects.filter(legal_name="").filter(~Q(first_name="") | ~Q(last_name=""))
    for user in todo.only("pk", "first_name", "last_name").iterator():
        name = " ".join(f"{user.first_name} {user.last_name}".split())[:200]
        User.objects.filter(pk=user.pk, legal_name="").update(legal_name=name)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0007_user_phone")]

    operations = [migrations.RunPython(legal_name_from_first_and_last, migrations.RunPython.noop)]
