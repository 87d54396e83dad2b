"""`manage.py qcluster`: django-q2's command, with a cluster that stops on SIGTERM in seconds (ADR 0145)."""

from django_q.management.commands import qcluster

from common.task_worker import Cluster


class Command(qcluster.Command):
    help = qcluster.Command.help

    def handle(self, *args, **options):
        qcluster.Cluster = Cluster  # the stock command builds `Cluster()` from its module's namespace
        super().handle(*args, **options)
