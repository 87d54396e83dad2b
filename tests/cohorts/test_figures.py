"""The figures, recomputed independently from the raw rows, must equal what the selectors (and so the pages,
files and API) report; and the number of queries does not grow with the number of teachers."""

import csv
import io
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.permissions import Scope
from cohorts.selectors import cohort as reports
from cohorts.selectors.overview import programme_overview

pytestmark = pytest.mark.django_db


def _member_ids(cohort):
    return set(cohort.memberships.values_list("user_id", flat=True))


def test_heatmap_equals_a_count_of_raw_mastery_rows(world, framework_v3, client, trainer):
    from competency.models import CompetencyMastery

    cohort = world["cohort"]
    members = _member_ids(cohort)
    expected = Counter(
        m.competency.code
        for m in CompetencyMastery.objects.select_related("competency")
        if m.user_id in members and m.status == "mastered"
    )
    heatmap = reports.cohort_heatmap(cohort=cohort)
    got = {cell.competency.code: cell.mastered for _level, cells in heatmap.rows for cell in cells}
    assert set(got) == {c.code for c in framework_v3.competencies.all()}
    assert got == {code: expected.get(code, 0) for code in got}
    assert heatmap.total == len(members) == 12
    # The CSV and the API say the same.
    client.force_login(trainer)
    rows = list(
        csv.reader(
            io.StringIO(client.get(f"/cohorts/{cohort.pk}/reports/heatmap/?format=csv").content.decode("utf-8-sig"))
        )
    )
    assert {r[2]: int(r[3]) for r in rows[1:]} == got
    api = client.get(f"/api/v1/reports/cohorts/{cohort.pk}/progress").json()
    assert {c["competency"]: c["mastered"] for c in api["heatmap"]} == got


def test_funnel_equals_raw_rows(world, modules, closing_assessment, client, trainer):
    from assessments.models import Attempt
    from cms.models import LessonCompletion, ModuleEnrolment

    cohort = world["cohort"]
    members = _member_ids(cohort)
    rows = {r.module.pk: r for r in reports.cohort_funnel(cohort=cohort)}
    assert set(rows) == {m.pk for m in modules}
    for m in modules:
        enrolled = {e.user_id for e in ModuleEnrolment.objects.filter(module=m) if e.user_id in members}
        done = {e.user_id for e in ModuleEnrolment.objects.filter(module=m) if e.user_id in members and e.completed_at}
        started = {c.user_id for c in LessonCompletion.objects.filter(module=m) if c.user_id in members}
        closing = {a.assessment_id for a in m.closing_assessments.all()}
        tried = {a.user_id for a in Attempt.objects.all() if a.user_id in members and a.assessment_id in closing}
        passed = {
            a.user_id
            for a in Attempt.objects.all()
            if a.user_id in members and a.assessment_id in closing and a.status == "graded" and a.passed
        }
        row = rows[m.pk]
        assert (row.enrolled, row.started, row.lessons_done, row.attempted, row.passed) == (
            len(enrolled),
            len(started),
            len(done),
            len(tried),
            len(passed),
        ), m.slug
    assert rows[modules[0].pk].attempted > 0  # the data exercises the attempt stages
    client.force_login(trainer)
    api = client.get(f"/api/v1/reports/cohorts/{cohort.pk}/progress").json()
    assert [f["passed"] for f in api["funnel"]] == [rows[m.pk].passed for m in modules]


def test_teacher_table_equals_raw_rows(world, framework_v3):
    from assessments.models import Answer
    from certificates.models import Certificate
    from competency.models import CompetencyMastery, LevelAttainment

    now = timezone.now()
    teachers, levels = reports.cohort_teachers(cohort=world["cohort"], now=now)
    assert [lv.code for lv in levels] == ["KA", "KD", "KC"]
    assert {t.pk for t in teachers} == {u.pk for u in world["mine"]}
    for t in teachers:
        mastered = CompetencyMastery.objects.filter(user=t, status="mastered").count()
        attained = set(LevelAttainment.objects.filter(user=t).values_list("level__code", flat=True))
        pending = sum(1 for a in Answer.objects.filter(attempt__user=t) if a.needs_review)
        certs = list(Certificate.objects.filter(user=t))
        statuses = Counter(c.status for c in certs)
        expiring = sum(1 for c in certs if c.status == "valid" and c.expires_at and (c.expires_at - now).days < 30)
        assert t.mastered == mastered
        assert {lv.code for lv in levels if getattr(t, f"level_{lv.code}")} == attained
        assert t.pending_reviews == pending
        assert (t.certificates_valid, t.certificates_expired, t.certificates_revoked, t.certificates_expiring) == (
            statuses["valid"],
            statuses["expired"],
            statuses["revoked"],
            expiring,
        )


def test_teacher_table_sorts_and_filters_in_the_database(world):
    teachers, _levels = reports.cohort_teachers(
        cohort=world["cohort"], query=reports.TeacherQuery(sort="mastered", descending=True)
    )
    counts = [t.mastered for t in teachers]
    assert counts == sorted(counts, reverse=True)
    revoked, _ = reports.cohort_teachers(cohort=world["cohort"], query=reports.TeacherQuery(show="revoked"))
    assert all(t.certificates_revoked > 0 for t in revoked)
    named, _ = reports.cohort_teachers(cohort=world["cohort"], query=reports.TeacherQuery(q="t003"))
    assert [t.username for t in named] == ["t003"]


def test_overview_equals_raw_rows(world):
    from accounts.models import User
    from certificates.models import Certificate
    from competency.models import LevelAttainment

    overview = programme_overview(scope=Scope())
    teachers = [u for u in User.objects.all() if u.groups.filter(name="Teacher").exists()]
    by_school = Counter((u.country, u.region, u.school) for u in teachers)
    ka = {a.user_id for a in LevelAttainment.objects.filter(level__code="KA")}
    valid = {c.user_id for c in Certificate.objects.all() if c.status == "valid"}
    schools = {node.key: node for node in overview.rows(by="school")}
    assert set(schools) == set(by_school)
    for key, count in by_school.items():
        assert schools[key].cells["registered"].value == count
        members = [u for u in teachers if (u.country, u.region, u.school) == key]
        assert schools[key].cells["level_KA"].value == sum(1 for u in members if u.pk in ka)
        assert schools[key].cells["certified"].value == sum(1 for u in members if u.pk in valid)
    assert overview.root.cells["registered"].value == len(teachers)
    countries = {node.key[0]: node.cells["registered"].value for node in overview.rows(by="country")}
    assert countries == dict(Counter(u.country for u in teachers))


def test_time_to_mastery_is_the_median_of_raw_durations(world, modules):
    import statistics

    from cms.models import LessonCompletion
    from competency.models import CompetencyMastery

    rows = {r.competency.code: r for r in reports.cohort_time_to_mastery(cohort=world["cohort"])}
    members = _member_ids(world["cohort"])
    module_of = {"KA.1": modules[0], "KA.2": modules[1]}
    for code, module in module_of.items():
        durations = []
        for m in CompetencyMastery.objects.filter(competency__code=code, status="mastered", user_id__in=members):
            firsts = [c.completed_at for c in LessonCompletion.objects.filter(user_id=m.user_id, module=module)]
            if firsts and m.mastered_at >= min(firsts):
                durations.append((m.mastered_at - min(firsts)).total_seconds() / 86400)
        assert rows[code].teachers == len(durations)
        assert rows[code].median_days == (round(statistics.median(durations), 1) if durations else None)


def test_item_analysis_counts_only_the_cohorts_attempts(world, closing_assessment):
    from assessments.models import Attempt
    from assessments.selectors import item_statistics

    members = _member_ids(world["cohort"])
    graded = [a for a in Attempt.objects.filter(assessment=closing_assessment) if a.status == "graded"]
    stats = reports.cohort_item_analysis(cohort=world["cohort"], assessment=closing_assessment)
    assert stats and all(s.attempts == sum(1 for a in graded if a.user_id in members) for s in stats)
    everyone = item_statistics(assessment=closing_assessment)
    assert all(s.attempts == len(graded) for s in everyone)


def _queries(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow_with_the_number_of_teachers(world, client, trainer, make_teachers):
    from cohorts.models import CohortMembership

    cohort = world["cohort"]
    client.force_login(trainer)
    urls = [f"/cohorts/{cohort.pk}/reports/{p}/" for p in ("heatmap", "funnel", "teachers", "time-to-mastery", "items")]
    urls += [f"/cohorts/{cohort.pk}/reports/heatmap/KA.1/", f"/cohorts/{cohort.pk}/reports/teachers/?format=xlsx"]
    for url in urls:
        client.get(url)
    before = {url: _queries(lambda url=url: client.get(url)) for url in urls}
    more = make_teachers("w", 15)
    import random

    from competency.models import Framework

    from .conftest import seed_progress

    seed_progress(
        users=more,
        modules=list(cohort.modules.all()),
        assessment=cohort.modules.first().closing_assessments.first().assessment,
        framework=Framework.objects.get(slug="ictcft-v3"),
        rng=random.Random(3),
    )
    CohortMembership.objects.bulk_create([CohortMembership(cohort=cohort, user=u) for u in more])
    after = {url: _queries(lambda url=url: client.get(url)) for url in urls}
    assert after == before
