"""The demo cohort has portfolios and a mentor group; loading the demo again adds nothing."""

import pytest
from django.urls import reverse

from cohorts.demo import DEMO_COHORT
from cohorts.models import Cohort
from portfolio.demo import portfolio_demo_ensure
from portfolio.models import Artefact, MentorGroup, MentorNote, Message, RenditionStatus

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Artefact, MentorGroup, MentorNote, Message)]


def test_demo_cohort_has_portfolios_and_a_mentor_group(client, demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT)
    group = MentorGroup.objects.get(cohort=cohort)
    assert group.mentor.username == "trainer" and group.members.count() == 4
    shared = Artefact.objects.filter(owner__cohorts=cohort, visibility="cohort")
    assert shared.count() >= 4
    assert shared.filter(rendition_status=RenditionStatus.READY).exists()
    before = _counts()
    portfolio_demo_ensure()
    assert _counts() == before

    mentee = group.members.get(teacher__username="demo-teacher-07").teacher
    client.force_login(mentee)
    page = client.get(reverse("cms_profile:competencies")).content.decode()
    assert "From your mentor" in page and "class blog" in page
    client.force_login(group.mentor)
    blog = Artefact.objects.get(owner=mentee, title="Our class blog, week 3")
    page = client.get(blog.get_absolute_url()).content.decode()
    assert "They did, in pairs." in page
    assert client.get(reverse("portfolio:light", kwargs={"artefact": blog.uuid})).status_code == 200
