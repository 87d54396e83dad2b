from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from accounts.demo import demo_users_ensure
from cms.demo import demo_content_ensure


class Command(BaseCommand):
    help = _("Create the demo accounts and demo content. Safe to run again: nothing is duplicated.")

    def handle(self, *args, **options) -> None:
        call_command("load_framework", "ictcft-v3", stdout=self.stdout)
        accounts = demo_users_ensure()
        try:
            from assessments.demo import demo_assessments_ensure
        except ImportError:
            demo_assessments_ensure = None
        if demo_assessments_ensure is not None:
            demo_assessments_ensure()
        modules = demo_content_ensure()
        self.stdout.write(_("Demo modules: %(n)d, in the catalogue at /modules/.") % {"n": len(modules)})
        self.stdout.write(_("Demo accounts (username / password / role):"))
        for acc in accounts:
            self.stdout.write(f"  {acc.username} / {acc.password} / {acc.role.label}")
