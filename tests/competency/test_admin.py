import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from competency.interchange import framework_export
from competency.models import Competency, Framework, Level, Objective

from .helpers import give_evidence


def snippet_url(model: str, action: str = "list", *args) -> str:
    return reverse(f"wagtailsnippets_competency_{model}:{action}", args=args)


@pytest.mark.django_db
class TestWhoGetsIn:
    def test_teacher_has_no_admin(self, client, teacher, framework_v3):
        client.force_login(teacher)
        response = client.get("/admin/")
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/login/" in response["Location"]
        assert client.get(snippet_url("competency")).status_code in (302, 403)

    def test_teacher_cannot_import(self, client, teacher, framework_v3):
        client.force_login(teacher)
        text = framework_export(framework=framework_v3, fmt="moodle-csv")
        response = client.post(
            reverse("competency_interchange"),
            {"file": SimpleUploadedFile("f.csv", text.encode()), "fmt": "moodle-csv", "slug": "t", "version": "9"},
        )
        assert response.status_code in (302, 403)
        assert not Framework.objects.filter(slug="t").exists()

    def test_trainer_sees_the_competency_listing(self, client, trainer, framework_v3):
        client.force_login(trainer)
        response = client.get(snippet_url("competency"))
        assert response.status_code == 200
        assert "KA.3" in response.content.decode()
        filtered = client.get(snippet_url("competency"), {"level": framework_v3.levels.get(code="KC").pk})
        html = filtered.content.decode()
        assert "KC.3" in html and "KA.3" not in html
        assert "KD.1" in client.get(snippet_url("competency"), {"q": "KD.1"}).content.decode()

    @pytest.mark.parametrize("model", ["framework", "level", "aspect", "competency", "objective"])
    def test_trainer_can_open_every_listing(self, client, trainer, framework_v3, model):
        client.force_login(trainer)
        assert client.get(snippet_url(model)).status_code == 200

    def test_reviewer_can_look_but_not_import(self, client, reviewer, framework_v3):
        client.force_login(reviewer)
        assert client.get(snippet_url("competency")).status_code == 200
        page = client.get(reverse("competency_interchange"))
        assert page.status_code == 200 and 'type="file"' not in page.content.decode()
        assert client.post(reverse("competency_interchange"), {}).status_code in (302, 403)


@pytest.mark.django_db
class TestEditing:
    def test_trainer_adds_an_objective_the_reference_data_lacks(self, client, trainer, framework_v3):
        client.force_login(trainer)
        ka1 = framework_v3.competencies.get(code="KA.1")
        response = client.post(
            snippet_url("objective", "add"),
            {"competency": ka1.pk, "code": "KA.1.z", "order": 9, "text": "Explain the national ICT policy."},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        objective = Objective.objects.get(code="KA.1.z")
        assert objective.framework == framework_v3 and objective.competency == ka1

    def test_duplicate_objective_code_is_a_form_error(self, client, trainer, framework_v3):
        client.force_login(trainer)
        ka1 = framework_v3.competencies.get(code="KA.1")
        response = client.post(
            snippet_url("objective", "add"), {"competency": ka1.pk, "code": "KA.3.b", "order": 1, "text": "Again"}
        )
        assert response.status_code == 200
        assert "already has the code KA.3.b" in response.content.decode()
        assert Objective.objects.filter(code="KA.3.b").count() == 1

    def test_second_competency_in_a_cell_is_a_form_error(self, client, trainer, framework_v3):
        client.force_login(trainer)
        ka1 = framework_v3.competencies.get(code="KA.1")
        response = client.post(
            snippet_url("competency", "add"),
            {
                "framework": framework_v3.pk,
                "level": ka1.level_id,
                "aspect": ka1.aspect_id,
                "code": "KA.X",
                "title": "X",
            },
        )
        assert response.status_code == 200
        assert "KA.1 already fills this cell" in response.content.decode()
        assert not Competency.objects.filter(code="KA.X").exists()

    def test_trainer_edits_a_title(self, client, trainer, framework_v3):
        client.force_login(trainer)
        ka1 = framework_v3.competencies.get(code="KA.1")
        data = {"framework": framework_v3.pk, "level": ka1.level_id, "aspect": ka1.aspect_id, "code": "KA.1",
                "title": "Policy understanding, edited", "description": ka1.description}  # fmt: skip
        response = client.post(snippet_url("competency", "edit", ka1.pk), data)
        assert response.status_code == 302
        ka1.refresh_from_db()
        assert ka1.title == "Policy understanding, edited"

    def test_renumbering_a_level_is_refused_once_records_depend(self, client, trainer, teacher, framework_v3):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        client.force_login(trainer)
        ka = framework_v3.levels.get(code="KA")
        data = {"framework": framework_v3.pk, "code": "KA", "order": 9, "name": ka.name, "summary": ka.summary}
        response = client.post(snippet_url("level", "edit", ka.pk), data)
        assert response.status_code == 200
        assert "this field cannot change" in response.content.decode()
        assert Level.objects.get(pk=ka.pk).order == 1


@pytest.mark.django_db
class TestDeletingFrameworks:
    def test_delete_is_refused_when_records_depend(self, client, administrator, teacher, framework_v3):
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        client.force_login(administrator)
        url = snippet_url("framework", "delete", framework_v3.pk)
        response = client.post(url, follow=True)
        assert "cannot be deleted" in response.content.decode()
        assert Framework.objects.filter(pk=framework_v3.pk).exists()
        assert framework_v3.competencies.count() == 18

    def test_delete_without_records_removes_the_structure(self, client, administrator, framework_v3):
        client.force_login(administrator)
        response = client.post(snippet_url("framework", "delete", framework_v3.pk), follow=True)
        assert response.status_code == 200
        assert not Framework.objects.exists() and not Competency.objects.exists()

    def test_bulk_delete_refuses_and_deletes_like_the_single_delete(self, client, administrator, teacher, framework_v3):
        from django.core.management import call_command

        call_command("load_framework", "ictcft-v2", stdout=io.StringIO())
        v2 = Framework.objects.get(slug="ictcft-v2")
        give_evidence(teacher, framework_v3.competencies.get(code="KA.3"))
        client.force_login(administrator)
        url = reverse("wagtail_bulk_action", args=("competency", "framework", "delete"))
        response = client.post(f"{url}?id={framework_v3.pk}&id={v2.pk}", follow=True)
        assert "cannot be deleted" in response.content.decode()
        assert Framework.objects.count() == 2
        client.post(f"{url}?id={v2.pk}", follow=True)
        assert list(Framework.objects.values_list("slug", flat=True)) == ["ictcft-v3"]
        assert framework_v3.competencies.count() == 18

    def test_a_level_with_competencies_cannot_be_deleted(self, client, administrator, framework_v3):
        client.force_login(administrator)
        ka = framework_v3.levels.get(code="KA")
        response = client.post(snippet_url("level", "delete", ka.pk), follow=True)
        assert "cannot be deleted" in response.content.decode()
        assert Level.objects.filter(pk=ka.pk).exists()


@pytest.mark.django_db
class TestImportExportPages:
    def test_trainer_downloads_both_formats(self, client, trainer, framework_v3):
        client.force_login(trainer)
        page = client.get(reverse("competency_interchange"))
        assert page.status_code == 200
        csv_response = client.get(reverse("competency_export", args=["ictcft-v3", "moodle-csv"]))
        assert csv_response.status_code == 200
        assert csv_response["Content-Disposition"] == 'attachment; filename="ictcft-v3.moodle-csv.csv"'
        assert csv_response.content.decode().startswith("Parent ID number,ID number")
        case = client.get(reverse("competency_export", args=["ictcft-v3", "case-json"]))
        assert case.json()["CFDocument"]["identifier"] == str(framework_v3.uuid)

    def test_trainer_imports_a_new_version(self, client, trainer, framework_v3):
        client.force_login(trainer)
        text = framework_export(framework=framework_v3, fmt="case-json")
        response = client.post(
            reverse("competency_interchange"),
            {
                "file": SimpleUploadedFile("v3.json", text.encode()),
                "fmt": "case-json",
                "slug": "v3-admin",
                "version": "3.5",
            },
            follow=True,
        )
        assert response.status_code == 200
        assert "Imported" in response.content.decode()
        assert Framework.objects.get(slug="v3-admin").competencies.count() == 18

    def test_bad_file_shows_its_line_and_writes_nothing(self, client, trainer, framework_v3):
        client.force_login(trainer)
        rows = list(csv.reader(io.StringIO(framework_export(framework=framework_v3, fmt="moodle-csv"))))
        bad = next(i for i, r in enumerate(rows) if r[1] == "KD.4")
        rows[bad][10] = "aspect:4,aspect:5"  # a competency in two aspects
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        response = client.post(
            reverse("competency_interchange"),
            {
                "file": SimpleUploadedFile("v3.csv", out.getvalue().encode()),
                "fmt": "moodle-csv",
                "slug": "v3-bad",
                "version": "9",
            },  # fmt: skip
        )
        assert response.status_code == 200
        assert f"line {bad + 1}: competency KD.4 must cross-reference exactly one aspect" in response.content.decode()
        assert not Framework.objects.filter(slug="v3-bad").exists()

    def test_listing_links_to_the_import_page(self, client, trainer, framework_v3):
        client.force_login(trainer)
        response = client.get(snippet_url("framework"))
        assert reverse("competency_interchange") in response.content.decode()


@pytest.mark.django_db
def test_choices_name_the_framework_version(client, trainer, framework_v3):
    from django.core.management import call_command

    call_command("load_framework", "ictcft-v2", stdout=io.StringIO())
    client.force_login(trainer)
    html = client.get(snippet_url("competency", "add")).content.decode()
    assert "ictcft-v2 · KD · " in html and "ictcft-v3 · KD · " in html
    html = client.get(snippet_url("objective", "add")).content.decode()
    assert "ictcft-v3 · KA.3 · " in html


@pytest.mark.django_db
def test_objective_listing_filters_by_level(client, trainer, framework_v3):
    client.force_login(trainer)
    kc = framework_v3.levels.get(code="KC")
    html = client.get(snippet_url("objective"), {"competency__level": kc.pk}).content.decode()
    assert "KC.3.c" in html and "KA.3.b" not in html


@pytest.mark.django_db
def test_competency_listing_queries_do_not_grow_with_rows(client, trainer, framework_v3, django_assert_max_num_queries):
    from django.core.management import call_command

    client.force_login(trainer)
    client.get(snippet_url("competency"))  # warm caches (site, permissions)
    with django_assert_max_num_queries(30) as ctx:
        assert client.get(snippet_url("competency")).status_code == 200
    one_framework = len(ctx.captured_queries)
    call_command("load_framework", "ictcft-v2", stdout=io.StringIO())
    with django_assert_max_num_queries(one_framework):
        assert client.get(snippet_url("competency")).status_code == 200
