"""Every report, export and API URL against every role: trainers see only their own cohorts (object level)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

# (name, kwargs builder, query string)
COHORT_PAGES = [
    ("cohorts:detail", ""),
    ("cohorts:edit", ""),
    ("cohorts:heatmap", ""),
    ("cohorts:heatmap", "format=csv"),
    ("cohorts:heatmap", "format=xlsx"),
    ("cohorts:heatmap_cell", ""),
    ("cohorts:heatmap_cell", "format=csv"),
    ("cohorts:heatmap_cell", "format=xlsx"),
    ("cohorts:funnel", ""),
    ("cohorts:funnel", "format=csv"),
    ("cohorts:funnel", "format=xlsx"),
    ("cohorts:teachers", ""),
    ("cohorts:teachers", "format=csv"),
    ("cohorts:teachers", "format=xlsx&sort=-mastered"),
    ("cohorts:items", ""),
    ("cohorts:items", "format=csv"),
    ("cohorts:items", "format=xlsx"),
    ("cohorts:time_to_mastery", ""),
    ("cohorts:time_to_mastery", "format=csv"),
    ("cohorts:time_to_mastery", "format=xlsx"),
]
COHORT_POSTS = ["cohorts:members_add", "cohorts:members_import", "cohorts:join_code_renew"]


def _url(name, cohort, query=""):
    kwargs = {"pk": cohort.pk}
    if name == "cohorts:heatmap_cell":
        kwargs["code"] = "KA.1"
    return reverse(name, kwargs=kwargs) + (f"?{query}" if query else "")


@pytest.fixture
def people(world, teacher, trainer, other_trainer, reviewer, administrator, officer):
    return {
        "teacher": teacher,
        "trainer": trainer,
        "other_trainer": other_trainer,
        "reviewer": reviewer,
        "administrator": administrator,
        "officer": officer,
    }


# Who may open trainer's cohort: its trainer and administrators. Everyone else: 403 (no role) or 404 (a trainer
# whose cohorts do not include it: its existence is not confirmed).
COHORT_EXPECTED = {
    "trainer": 200,
    "administrator": 200,
    "other_trainer": 404,
    "teacher": 403,
    "reviewer": 403,
    "officer": 403,
}


@pytest.mark.parametrize("role", list(COHORT_EXPECTED))
def test_cohort_pages_and_downloads_by_role(client, world, people, role):
    client.force_login(people[role])
    for name, query in COHORT_PAGES:
        response = client.get(_url(name, world["cohort"], query))
        assert response.status_code == COHORT_EXPECTED[role], (role, name, query)
        if response.status_code == 200 and "format=csv" in query:
            assert response["Content-Type"].startswith("text/csv")
        if response.status_code == 200 and "format=xlsx" in query:
            assert response.content[:2] == b"PK"


@pytest.mark.parametrize("role", list(COHORT_EXPECTED))
def test_cohort_writes_by_role(client, world, people, role):
    from cohorts.models import CohortMembership
    from enrolment.models import CohortInvitation

    client.force_login(people[role])
    outsider = world["outside"][0]
    before = CohortMembership.objects.filter(cohort=world["cohort"]).count()
    response = client.post(_url("cohorts:members_add", world["cohort"]), {"identifiers": outsider.email})
    expected = 302 if COHORT_EXPECTED[role] == 200 else COHORT_EXPECTED[role]
    assert response.status_code == expected
    after = CohortMembership.objects.filter(cohort=world["cohort"]).count()
    # An administrator adds directly; the cohort's trainer invites, and the teacher joins only on accepting.
    assert after == before + (1 if role == "administrator" else 0)
    invited = CohortInvitation.objects.filter(cohort=world["cohort"], user=outsider).exists()
    assert invited == (role == "trainer")
    for name in COHORT_POSTS[1:]:
        assert client.post(_url(name, world["cohort"])).status_code == expected


def test_anonymous_is_sent_to_log_in(client, world):
    for name, query in COHORT_PAGES:
        response = client.get(_url(name, world["cohort"], query))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for url in ["/cohorts/", "/cohorts/overview/", "/cohorts/exports/"]:
        assert client.get(url).status_code == 302


def test_cohort_list_shows_only_own_cohorts(client, world, trainer, other_trainer, administrator, teacher):
    client.force_login(trainer)
    html = client.get("/cohorts/").content.decode()
    assert "Riverside" in html and "Lakeview" not in html
    client.force_login(other_trainer)
    html = client.get("/cohorts/").content.decode()
    assert "Lakeview" in html and "Riverside" not in html
    client.force_login(administrator)
    html = client.get("/cohorts/").content.decode()
    assert "Lakeview" in html and "Riverside" in html
    client.force_login(teacher)
    assert client.get("/cohorts/").status_code == 403


OVERVIEW_EXPECTED = {
    "administrator": 200,
    "officer": 200,
    "trainer": 403,
    "other_trainer": 403,
    "teacher": 403,
    "reviewer": 403,
}


@pytest.mark.parametrize("role", list(OVERVIEW_EXPECTED))
def test_overview_and_its_downloads_by_role(client, people, role):
    client.force_login(people[role])
    for query in ["", "?by=region", "?by=school&format=csv", "?format=trend-csv"]:
        assert client.get(f"/cohorts/overview/{query}").status_code == OVERVIEW_EXPECTED[role], (role, query)


def test_regional_officer_sees_only_their_country(client, world, officer):
    client.force_login(officer)
    html = client.get("/cohorts/overview/?by=school").content.decode()
    assert "Riverside" in html and "Lakeview" in html
    assert "Ghana" not in html and "Osu" not in html


def test_regional_officer_without_a_scope_sees_nothing(client, make_user):
    officer = make_user("officer2", roles=("Regional officer",))
    client.force_login(officer)
    assert client.get("/cohorts/overview/").status_code == 403


@pytest.mark.parametrize("role", list(COHORT_EXPECTED))
def test_export_request_respects_cohort_access(client, world, people, role):
    from cohorts.models import ReportExport

    client.force_login(people[role])
    client.post("/cohorts/exports/new/", {"kind": "cohort_workbook", "cohort": world["cohort"].pk})
    made = ReportExport.objects.filter(requested_by=people[role]).count()
    assert made == (1 if COHORT_EXPECTED[role] == 200 else 0)


@pytest.mark.parametrize("role", list(OVERVIEW_EXPECTED))
def test_overview_export_request_by_role(client, people, role):
    from cohorts.models import ReportExport

    client.force_login(people[role])
    client.post("/cohorts/exports/new/", {"kind": "overview_csv", "by": "region"})
    assert ReportExport.objects.filter(requested_by=people[role]).count() == (
        1 if OVERVIEW_EXPECTED[role] == 200 else 0
    )


def test_export_status_and_download_only_for_the_requester(client, world, people, django_capture_on_commit_callbacks):
    from cohorts.models import ReportExport

    client.force_login(people["trainer"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/cohorts/exports/new/", {"kind": "cohort_workbook", "cohort": world["cohort"].pk})
    export = ReportExport.objects.get(requested_by=people["trainer"])
    status = reverse("cohorts:export_status", kwargs={"export": export.uuid})
    download = reverse("cohorts:export_download", kwargs={"export": export.uuid})
    assert client.get(status).status_code == 200
    assert client.get(download).status_code == 200
    for role in ["administrator", "other_trainer", "officer"]:
        client.force_login(people[role])
        assert client.get(status).status_code == 404, role
        assert client.get(download).status_code == 404, role
    for role in ["teacher", "reviewer"]:  # no reports to read: refused before any file is looked for
        client.force_login(people[role])
        assert client.get(status).status_code == 403, role
        assert client.get(download).status_code == 403, role


EXPORT_LIST_EXPECTED = {**OVERVIEW_EXPECTED, "trainer": 200, "other_trainer": 200}


@pytest.mark.parametrize("role", list(EXPORT_LIST_EXPECTED))
def test_export_list_is_for_the_roles_that_read_reports(client, people, role):
    client.force_login(people[role])
    assert client.get("/cohorts/exports/").status_code == EXPORT_LIST_EXPECTED[role]


def test_a_trainer_whose_role_is_taken_away_loses_their_exports(
    client, world, people, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    from cohorts.models import ReportExport

    trainer = people["trainer"]
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/cohorts/exports/new/", {"kind": "cohort_workbook", "cohort": world["cohort"].pk})
    export = ReportExport.objects.get(requested_by=trainer)
    trainer.groups.remove(Group.objects.get(name="Trainer"))
    client.force_login(trainer)
    assert client.get(reverse("cohorts:export_download", kwargs={"export": export.uuid})).status_code == 403
    assert client.get("/cohorts/exports/").status_code == 403


@pytest.mark.parametrize("role", list(COHORT_EXPECTED))
def test_api_cohort_progress_by_role(client, world, people, role):
    client.force_login(people[role])
    response = client.get(f"/api/v1/reports/cohorts/{world['cohort'].pk}/progress")
    assert response.status_code == COHORT_EXPECTED[role]
    listing = client.get("/api/v1/reports/cohorts")
    assert listing.status_code == (200 if COHORT_EXPECTED[role] in (200, 404) else 403)
    if listing.status_code == 200:
        names = {c["name"] for c in listing.json()}
        assert ("Riverside" in names) == (COHORT_EXPECTED[role] == 200)


@pytest.mark.parametrize("role", list(OVERVIEW_EXPECTED))
def test_api_overview_by_role(client, people, role):
    client.force_login(people[role])
    assert client.get("/api/v1/reports/programme/overview?by=school").status_code == OVERVIEW_EXPECTED[role]


def test_api_needs_authentication_and_accepts_a_token(client, world, trainer, other_trainer):
    from wagtail.models import APIToken

    url = f"/api/v1/reports/cohorts/{world['cohort'].pk}/progress"
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"Authorization": "Bearer wagtail_not-a-token"}).status_code == 401
    _token, raw = APIToken.create_token(user=trainer, name="dashboard")
    response = client.get(url, headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200 and response.json()["cohort"]["name"] == "Riverside"
    _other, raw_other = APIToken.create_token(user=other_trainer, name="theirs")
    assert client.get(url, headers={"Authorization": f"Bearer {raw_other}"}).status_code == 404
    _token.revoke()
    assert client.get(url, headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_api_is_in_the_openapi_document(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/reports/cohorts/{cohort_id}/progress" in paths
    assert "/api/v1/reports/programme/overview" in paths


def test_api_rejects_an_unknown_grouping_with_a_reason(client, administrator):
    client.force_login(administrator)
    response = client.get("/api/v1/reports/programme/overview?by=planet")
    assert response.status_code == 400 and "country" in response.json()["detail"]
