"""A module scheduled with "Go live at" goes live through the worker's schedule, without a cron job."""

from datetime import timedelta

from django.utils import timezone
from django_q.models import Schedule

from cms.tasks import PUBLISH_SCHEDULE_NAME, pages_publish_scheduled_task


def test_a_scheduled_lesson_goes_live_when_the_worker_runs(client, make_module, teacher):
    module = make_module("scheduled", lessons=1)
    lesson = module.get_children().specific().first()
    lesson.unpublish()
    revision = lesson.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    client.force_login(teacher)
    assert client.get(lesson.url).status_code == 404

    schedule = Schedule.objects.get(name=PUBLISH_SCHEDULE_NAME)
    assert schedule.func == "cms.tasks.pages_publish_scheduled_task" and schedule.minutes == 1
    pages_publish_scheduled_task()

    assert client.get(lesson.url).status_code == 200
