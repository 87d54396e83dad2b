import logging

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from accounts.demo import demo_users_ensure
from assessments.demo import demo_assessments_ensure
from assessments.demo.translations import demo_question_translations_ensure
from cms.demo import demo_content_ensure
from cohorts.demo import demo_cohort_ensure


class Command(BaseCommand):
    help = _("Create the demo accounts and demo content. Safe to run again: nothing is duplicated.")

    def handle(self, *args, **options) -> None:
        call_command("load_framework", "ictcft-v3", stdout=self.stdout)
        accounts = demo_users_ensure()
        # Wagtail logs a line per page created, edited and published: hundreds of lines that hide the logins below.
        wagtail_log = logging.getLogger("wagtail")
        level = wagtail_log.level
        wagtail_log.setLevel(logging.WARNING)
        try:
            demo_assessments_ensure()
            demo_question_translations_ensure()
            modules = demo_content_ensure()
            demo_cohort_ensure()
            # Apps above cms (a community, an LMS bridge...) add to the demo through their AppConfig's
            # `demo_loader` (a dotted path to a function taking no argument), in INSTALLED_APPS order: cms does not
            # import the apps layered above it (ADR 0158).
            for config in apps.get_app_configs():
                loader = getattr(config, "demo_loader", None)
                if loader:
                    import_string(loader)()
        finally:
            wagtail_log.setLevel(level)
        self.stdout.write(_("Demo modules: %(n)d, in the catalogue at /modules/.") % {"n": len(modules)})
        self.stdout.write(_("Demo accounts (username / password / role):"))
        for acc in accounts:
            self.stdout.write(f"  {acc.username} / {acc.password} / {acc.role.label}")
