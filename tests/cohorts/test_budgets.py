"""Report costs: the number of SQL queries of every report is the same for a cohort (or a country) of a few
teachers as for one of many; and the monthly trend, rewritten as GROUP BY month queries, still equals the raw rows.
"""

import random
from collections import defaultdict
from datetime import UTC, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.permissions import Scope
from cohorts.selectors import cohort as reports
from cohorts.selectors.overview import programme_overview, programme_trend

from .conftest import seed_progress

pytestmark = pytest.mark.django_db


def _queries(fn) -> int:
    fn()  # caches (framework, content types, sessions) warm
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx.captured_queries)


@pytest.fixture
def two_cohorts(framework_v3, modules, closing_assessment, trainer, make_teachers):
    """A cohort of 3 teachers and one of 30, each with random progress, and the same modules assigned."""
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    rng = random.Random(5)
    few = make_teachers("f", 3, country="Ghana", region="Accra", school="Osu")
    many = [
        *make_teachers("n", 15, country="Kenya", region="Nairobi", school="Riverside"),
        *make_teachers("k", 15, country="Kenya", region="Kisumu", school="Lakeview"),
    ]
    small = cohort_create(name="Small", trainer=trainer, modules=modules)
    large = cohort_create(name="Large", trainer=trainer, modules=modules)
    CohortMembership.objects.bulk_create([CohortMembership(cohort=small, user=u) for u in few])
    CohortMembership.objects.bulk_create([CohortMembership(cohort=large, user=u) for u in many])
    seed_progress(users=few + many, modules=modules, assessment=closing_assessment, framework=framework_v3, rng=rng)
    return small, large


SELECTORS = {
    "heatmap": lambda c: reports.cohort_heatmap(cohort=c),
    "funnel": lambda c: reports.cohort_funnel(cohort=c),
    "teachers": lambda c: reports.cohort_teachers(cohort=c),
    "teachers, stalled, by last active": lambda c: reports.cohort_teachers(
        cohort=c, query=reports.TeacherQuery(sort="last_active", descending=True, show="stalled")
    ),
    "time to mastery": lambda c: reports.cohort_time_to_mastery(cohort=c),
}


@pytest.mark.parametrize("name", list(SELECTORS))
def test_cohort_selector_queries_do_not_depend_on_the_cohort_size(two_cohorts, name):
    small, large = two_cohorts
    fn = SELECTORS[name]
    assert _queries(lambda: fn(small)) == _queries(lambda: fn(large))


def test_funnel_is_a_fixed_small_number_of_queries(two_cohorts, django_assert_max_num_queries):
    _small, large = two_cohorts
    reports.cohort_funnel(cohort=large)
    # assigned modules, live modules, enrolled, lessons done, started, closing assessments, attempted+passed
    with django_assert_max_num_queries(7):
        rows = reports.cohort_funnel(cohort=large)
    assert len(rows) == 2


PAGES = [
    "heatmap/",
    "funnel/",
    "teachers/?sort=-last_active",
    "teachers/?format=xlsx",
    "funnel/?format=csv",
    "time-to-mastery/",
]


@pytest.mark.parametrize("page", PAGES)
def test_cohort_page_queries_do_not_depend_on_the_cohort_size(two_cohorts, client, trainer, page):
    small, large = two_cohorts
    client.force_login(trainer)
    counts = []
    for cohort in (small, large):
        url = f"/cohorts/{cohort.pk}/reports/{page}"
        counts.append(_queries(lambda url=url: client.get(url)))
        assert client.get(url).status_code == 200
    assert counts[0] == counts[1]


def test_overview_and_trend_queries_do_not_depend_on_the_number_of_teachers(
    two_cohorts, closing_assessment, framework_v3, client, administrator
):
    ghana, everyone = Scope(country="Ghana"), Scope()
    assert programme_overview(scope=ghana).root.cells["registered"].value == 3
    assert programme_overview(scope=everyone).root.cells["registered"].value > 30
    for fn in (programme_overview, programme_trend):
        assert _queries(lambda fn=fn: fn(scope=ghana)) == _queries(lambda fn=fn: fn(scope=everyone)), fn.__name__
    client.force_login(administrator)
    before = _queries(lambda: client.get("/cohorts/overview/?by=school"))
    extra = [  # more teachers, in more schools of another country
        _teacher(f"x{i:03d}", school=f"School {i % 7}", country="Peru", region=("Lima", "Cusco")[i % 2])
        for i in range(40)
    ]
    seed_progress(users=extra, modules=[], assessment=closing_assessment, framework=framework_v3, rng=random.Random(9))
    assert _queries(lambda: client.get("/cohorts/overview/?by=school")) == before


def _teacher(username, **fields):
    from django.contrib.auth.models import Group

    from accounts.models import User

    user = User.objects.create_user(username=username, password="pw-for-tests-1", email=f"{username}@example.org")
    User.objects.filter(pk=user.pk).update(**fields)
    user.groups.add(Group.objects.get(name="Teacher"))
    return user


def _month(value):
    return value.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


@pytest.mark.parametrize("country", [None, "Kenya"])
def test_trend_equals_raw_rows(world, country):
    """Dates spread over 14 months; each month's figures counted again from the rows, teacher by teacher."""
    from accounts.models import User
    from assessments.models import Attempt
    from certificates.models import Certificate
    from cms.models import LessonCompletion
    from competency.models import LevelAttainment

    now = timezone.now()
    rng = random.Random(13)
    dated = [
        (User, "date_joined"),
        (Attempt, "started_at"),
        (LessonCompletion, "completed_at"),
        (LevelAttainment, "attained_at"),
        (Certificate, "issued_at"),
    ]
    for model, field in dated:
        for pk in model.objects.values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(**{field: now - timedelta(days=rng.randint(0, 420))})
    User.objects.filter(username="t001").update(is_active=False)  # not counted anywhere
    trend = programme_trend(scope=Scope(country=country), now=now)

    teachers = {
        u.pk
        for u in User.objects.filter(is_active=True, groups__name="Teacher")
        if country is None or u.country == country
    }
    months = [row["month"] for row in trend]
    assert len(months) == 12 and months == sorted(months) and months[-1] == _month(now)
    expected = {m: defaultdict(set) for m in months}

    def add(column, user_id, when):
        if user_id in teachers and _month(when) in expected and when <= now:
            expected[_month(when)][column].add(user_id)

    for u in User.objects.all():
        add("registered", u.pk, u.date_joined)
    for a in Attempt.objects.all():
        add("active", a.user_id, a.started_at)
    for c in LessonCompletion.objects.all():
        add("active", c.user_id, c.completed_at)
    for a in LevelAttainment.objects.all():
        add("attained", a.user_id, a.attained_at)
    for c in Certificate.objects.all():
        add("certified", c.user_id, c.issued_at)
    columns = ("registered", "active", "attained", "certified")
    got = {row["month"]: {col: row[col].value for col in columns} for row in trend}
    want = {m: {col: len(expected[m][col]) for col in columns} for m in months}
    assert got == want
    assert sum(v["active"] for v in want.values()) > 0 and sum(v["registered"] for v in want.values()) > 0
