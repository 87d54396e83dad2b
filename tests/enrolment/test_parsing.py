"""The teacher list: every bad line named by line, column and what to fix; nothing written when one is bad."""

import pytest
from django.test import override_settings

from accounts.models import User
from cohorts.models import CohortMembership
from enrolment.models import BulkImport, CohortInvitation
from enrolment.parsing import ImportRefused, phone_normalise
from enrolment.services import import_apply, import_check, import_rows

from .conftest import csv_bytes

pytestmark = pytest.mark.django_db


def _errors(actor, data):
    with pytest.raises(ImportRefused) as refused:
        import_rows(actor=actor, data=data)
    return [(e.line, e.column, e.message) for e in refused.value.errors]


def test_a_good_file_with_bom_and_semicolons_is_read(trainer, cohort):
    data = csv_bytes(
        "Amina Njoroge;AMINA@Example.org;;Riverside Primary;Nairobi;riverside 2027;fr",
        "Karim Haddad;;+216 20-123 456;Ibn Khaldoun;Sfax;Riverside 2027;",
        header="Nom;Courriel;Téléphone;École;Région;Cohorte;Langue",
        bom=True,
    )
    rows = import_rows(actor=trainer, data=data)
    assert [(r.line, r.email, r.phone, r.language, r.cohort_id) for r in rows] == [
        (2, "amina@example.org", "", "fr", cohort.pk),
        (3, "", "+21620123456", "en", cohort.pk),
    ]


@pytest.mark.parametrize(
    "line, column, words",
    [
        (",amina@example.org,,S,R,Riverside 2027,en", "name", "type the teacher's name"),
        ("Amina,amina@@example,,S,R,Riverside 2027,en", "email", "is not an e-mail address"),
        ("Amina,,12ab,S,R,Riverside 2027,en", "phone", "is not a phone number"),
        ("Amina,,,S,R,Riverside 2027,en", "email", "e-mail address or phone number"),
        ("Amina,amina@example.org,,S,R,Nowhere,en", "cohort", "no cohort is named “Nowhere”"),
        ("Amina,amina@example.org,,S,R,Lakeview,en", "cohort", "you do not train the cohort “Lakeview”"),
        ("Amina,amina@example.org,,S,R,Riverside 2027,klingon", "language", "“klingon” is not a language"),
    ],
)
def test_each_bad_line_is_named_with_its_column(trainer, cohort, other_cohort, line, column, words):
    errors = _errors(trainer, csv_bytes("Brian,brian@example.org,,S,R,Riverside 2027,en", line))
    assert len(errors) == 1
    number, col, message = errors[0]
    assert (number, col) == (3, column)
    assert message.startswith(f"Line 3, column “{column}”") and words in message


def test_a_duplicate_line_names_the_first(trainer, cohort):
    errors = _errors(
        trainer,
        csv_bytes("Amina,amina@example.org,,,,Riverside 2027,", "Amina N,AMINA@example.org,,,,Riverside 2027,"),
    )
    assert errors == [(3, "email", errors[0][2])] and "already on line 2" in errors[0][2]


def test_every_bad_line_is_listed_not_only_the_first(trainer, cohort):
    errors = _errors(trainer, csv_bytes(",a@example.org,,,,Riverside 2027,", "B,b@,,,,Riverside 2027,", "C,,,,,X,"))
    assert [(n, c) for n, c, _m in errors] == [(2, "name"), (3, "email"), (4, "email"), (4, "cohort")]


def test_an_administrator_may_fill_any_cohort(administrator, other_cohort):
    rows = import_rows(actor=administrator, data=csv_bytes("Amina,amina@example.org,,,,Lakeview,"))
    assert rows[0].cohort_id == other_cohort.pk


@override_settings(ENROLMENT_MAX_ROWS=3)
def test_too_many_rows_are_refused_whole(trainer, cohort):
    lines = [f"T{i},t{i}@example.org,,,,Riverside 2027," for i in range(4)]
    [(line, _column, message)] = _errors(trainer, csv_bytes(*lines))
    assert line is None and "4 teachers" in message and "at most 3" in message


def test_missing_columns_and_bad_encoding(trainer, cohort):
    [(_l, column, message)] = _errors(trainer, b"name,school\nAmina,S\n")
    assert column == "cohort" and "template" in message
    [(_l, _c, message)] = _errors(trainer, "name,email,cohort\nAmélie,a@example.org,C\n".encode("latin-1"))
    assert "UTF-8" in message


def test_phone_numbers_are_normalised():
    assert phone_normalise("+254 712-345 678") == "+254712345678"
    assert phone_normalise("00254 (712) 345.678") == "+254712345678"
    assert phone_normalise("0712345678") is None  # no country code and none configured
    with override_settings(ENROLMENT_DEFAULT_CALLING_CODE="+254"):
        assert phone_normalise("0712 345 678") == "+254712345678"


def test_a_bad_third_line_of_five_writes_nothing(administrator, cohort):
    """The file was good when checked; by the time it is applied line 3's cohort is gone: nothing is written."""
    from cohorts.services import cohort_create

    doomed = cohort_create(name="Doomed", trainer=administrator)
    lines = [f"T{i},t{i}@example.org,,,,{'Doomed' if i == 3 else 'Riverside 2027'}," for i in range(1, 6)]
    upload, _preview = import_check(actor=administrator, data=csv_bytes(*lines))
    users_before = User.objects.count()
    doomed.delete()
    with pytest.raises(ImportRefused) as refused:
        import_apply(actor=administrator, upload=upload)
    assert [(e.line, e.column) for e in refused.value.errors] == [(4, "cohort")]
    assert User.objects.count() == users_before
    assert not CohortMembership.objects.exists() and not CohortInvitation.objects.exists()
    assert BulkImport.objects.get(pk=upload.pk).applied_at is None


def test_a_bad_line_refuses_the_upload_page_whole(client, trainer, cohort):
    from django.core.files.uploadedfile import SimpleUploadedFile

    lines = [f"T{i},t{i}@example.org,,,,Riverside 2027," for i in range(1, 6)]
    lines[2] = "T3,not-an-address,,,,Riverside 2027,"
    client.force_login(trainer)
    upload = SimpleUploadedFile("t.csv", csv_bytes(*lines), content_type="text/csv")
    response = client.post("/enrolment/import/", {"file": upload})
    assert response.status_code == 400
    assert "Line 4, column “email”" in response.content.decode()
    assert (
        not BulkImport.objects.exists()
        and not User.objects.filter(email__in=[f"t{i}@example.org" for i in range(1, 6)]).exists()
    )


def test_a_binary_or_broken_file_gets_a_reason_not_an_error(trainer, cohort):
    [(_l, _c, message)] = _errors(trainer, b"name,email,cohort\nA\x00,a@example.org,Riverside 2027\n")
    assert "not a CSV text file" in message
    broken = b'name,email,cohort\nA,a@example.org,"Riverside 2027\n' + b"x" * 140_000 + b"\n"
    [(line, _c, message)] = _errors(trainer, broken)
    assert "never closes" in message
