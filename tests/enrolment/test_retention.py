"""An uploaded teacher list is kept for a period, then its lines go and its counts stay; an erased teacher's lines
leave every stored list (ADR 0152, addendum)."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from enrolment.models import BulkImport
from privacy.models import Erasure
from privacy.tasks import retention_enforce_task

from .conftest import csv_bytes

pytestmark = pytest.mark.django_db

FILE = csv_bytes(
    "Amina Njoroge,amina@example.org,,Riverside Primary,Nairobi,Riverside 2027,fr",
    "Karim Haddad,,+216 20 123 456,Ibn Khaldoun,Sfax,Riverside 2027,ar",
    "Existing Person,TEACHER1@example.org,,,,Riverside 2027,",
)


def _upload(client, data, name="teachers.csv") -> BulkImport:
    response = client.post("/enrolment/import/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")})
    assert response.status_code == 302, response.content.decode()[:2000]
    return BulkImport.objects.get(uuid=response["Location"].rstrip("/").split("/")[-1])


def _apply(client, data) -> BulkImport:
    upload = _upload(client, data)
    assert client.post(f"/enrolment/import/{upload.uuid}/").status_code == 302
    upload.refresh_from_db()
    assert upload.applied_at
    return upload


def _age(upload: BulkImport, days: int) -> None:
    then = timezone.now() - timedelta(days=days)
    BulkImport.objects.filter(pk=upload.pk).update(created_at=then, applied_at=then if upload.applied_at else None)


def _everything_stored() -> str:
    return "\n".join(bytes(data).decode("utf-8-sig") for data in BulkImport.objects.values_list("data", flat=True))


def test_after_the_period_the_lines_go_the_counts_stay_and_a_recent_list_is_untouched(
    client, trainer, teacher, cohort, settings
):
    assert settings.PRIVACY_BULK_IMPORT_DAYS == 30
    client.force_login(trainer)
    old_applied = _apply(client, FILE)
    recent_applied = _apply(client, FILE)
    abandoned = _upload(client, csv_bytes("Layla Haddad,layla@example.org,,,,Riverside 2027,"))
    waiting = _upload(client, csv_bytes("Omar Said,omar@example.org,,,,Riverside 2027,"))
    _age(old_applied, 31)
    _age(recent_applied, 29)
    _age(abandoned, 31)
    _age(waiting, 29)
    summary = BulkImport.objects.get(pk=old_applied.pk).summary

    done = retention_enforce_task()

    assert (done["bulk_imports_cleared"], done["bulk_imports_abandoned"]) == (1, 1)
    old_applied.refresh_from_db()
    assert bytes(old_applied.data) == b"" and old_applied.summary == summary
    assert (old_applied.uploaded_by, old_applied.filename) == (trainer, "teachers.csv")
    # The uploader still sees the counts, and can still print the code sheet (it reads the summary, not the file).
    page = client.get(f"/enrolment/import/{old_applied.uuid}/done/").content.decode()
    assert "3 invitations sent." in page
    sheet = client.post(f"/enrolment/import/{old_applied.uuid}/sheet/", {"format": "html"})
    assert sheet.status_code == 200 and "Karim Haddad" in sheet.content.decode()
    # The list never applied is gone; the recent ones are as they were.
    assert not BulkImport.objects.filter(pk=abandoned.pk).exists()
    assert client.get(f"/enrolment/import/{abandoned.uuid}/").status_code == 404
    assert bytes(BulkImport.objects.get(pk=recent_applied.pk).data) == FILE
    waiting.refresh_from_db()
    assert bytes(waiting.data) == csv_bytes("Omar Said,omar@example.org,,,,Riverside 2027,")
    preview = client.get(f"/enrolment/import/{waiting.uuid}/").content.decode()
    assert "The file is kept for 30 days" in preview
    assert "Layla" not in _everything_stored() and "Amina" in _everything_stored()  # the recent applied one
    # Safe to run again: nothing more to do.
    again = retention_enforce_task()
    assert (again["bulk_imports_cleared"], again["bulk_imports_abandoned"]) == (0, 0)


def test_the_period_is_a_setting(client, trainer, cohort, settings):
    settings.PRIVACY_BULK_IMPORT_DAYS = 3
    client.force_login(trainer)
    applied = _apply(client, FILE)
    _age(applied, 4)
    assert retention_enforce_task()["bulk_imports_cleared"] == 1
    assert bytes(BulkImport.objects.get(pk=applied.pk).data) == b""


def test_an_erased_teacher_is_nowhere_in_the_stored_lists(client, trainer, make_user, cohort):
    teacher = make_user("teacher1", phone="+254712345678")
    client.force_login(trainer)
    applied = _apply(client, FILE)  # invites teacher1@example.org
    summary = BulkImport.objects.get(pk=applied.pk).summary
    # A French list waiting for confirmation: their line, and a colleague's line that carries their phone.
    waiting = _upload(
        client,
        csv_bytes(
            "Existing Person;teacher1@example.org;+254 712 345 678;Riverside Primary;Nairobi;Riverside 2027;en",
            "Layla Haddad;layla@example.org;;Ibn Khaldoun;Sfax;Riverside 2027;ar",
            "Omar Said;omar@example.org;+254712345678;;;Riverside 2027;",
            header="nom;courriel;téléphone;école;région;cohorte;langue",
            bom=True,
        ),
    )
    only_them = _upload(client, csv_bytes("T. One,,+254 712 345 678,,,Riverside 2027,"))
    # Since the first list, they changed their address: the invitation still says what the file called them.
    teacher.email = "new-address@example.org"
    teacher.save()

    client.force_login(teacher)
    response = client.post("/me/privacy/erase/", {"password": "pw-for-tests-1", "understood": "on"})
    assert response.status_code == 302

    stored = _everything_stored().lower()
    for trace in ("teacher1@", "new-address@", "712345678", "712 345 678", "existing person", "t. one"):
        assert trace not in stored, trace
    # Everybody else's lines stay; the colleague keeps their line, without the erased teacher's phone.
    applied.refresh_from_db()
    assert "Amina Njoroge" in bytes(applied.data).decode() and applied.summary == summary
    assert not BulkImport.objects.filter(pk=only_them.pk).exists()  # nothing left in it, never applied
    client.force_login(trainer)
    preview = client.get(f"/enrolment/import/{waiting.uuid}/")
    assert preview.status_code == 200
    assert "<dt>Lines</dt><dd>2</dd>" in preview.content.decode()
    waiting.refresh_from_db()
    assert "Omar Said;omar@example.org;;" in bytes(waiting.data).decode()
    counts = Erasure.objects.get(user=teacher).counts["enrolment"]
    assert (counts["bulk_import_lines_removed"], counts["bulk_import_phones_blanked"]) == (3, 1)


def test_the_lists_an_erased_trainer_uploaded_go(client, trainer, cohort):
    client.force_login(trainer)
    applied = _apply(client, FILE)
    waiting = _upload(client, csv_bytes("Omar Said,omar@example.org,,,,Riverside 2027,"))
    response = client.post("/me/privacy/erase/", {"password": "pw-for-tests-1", "understood": "on"})
    assert response.status_code == 302
    assert not BulkImport.objects.filter(pk=waiting.pk).exists()
    applied.refresh_from_db()
    assert bytes(applied.data) == b"" and applied.summary["invitations"] == 3
