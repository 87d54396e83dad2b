"""The demo cohort has discussions, and loading the demo again adds nothing."""

import pytest

pytestmark = pytest.mark.django_db


def test_demo_cohort_has_discussions_and_reloading_adds_nothing(demo, client):
    from accounts.models import User
    from cohorts.demo import DEMO_COHORT
    from discussion.demo import discussion_demo_ensure
    from discussion.models import Post, Thread

    cohort_threads = Thread.objects.filter(cohort__name=DEMO_COHORT)
    assert cohort_threads.exists() and Thread.objects.filter(place="lesson").exists()
    assert Post.objects.filter(helpful_at__isnull=False).exists()
    before = Post.objects.count()
    discussion_demo_ensure()
    assert Post.objects.count() == before
    client.force_login(User.objects.get(username="trainer"))
    page = client.get(f"/discussion/t/{cohort_threads.first().pk}/").content.decode()
    assert "Introductions" in page and "أدرّس" in page
