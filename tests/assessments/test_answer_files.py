"""An essay's uploaded file: limited in size and kind (read from its content), one file per answer, and readable
only by its teacher, the trainers of the teacher's cohorts, reviewers and administrators."""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from assessments.models import Answer, Attempt

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nMy plan"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def _docx() -> bytes:
    """A Word document as Word writes one: a ZIP whose parts say what it is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


@pytest.fixture
def essay(client, teacher, make_question, make_assessment, rubric):
    make_assessment([make_question("extended", code="KD.3", rubric=rubric, allow_file=True)], slug="up", code="KD.3")
    client.force_login(teacher)
    client.post("/assessments/up/start/")
    return Attempt.objects.get(user=teacher, assessment__slug="up")


def _post(client, attempt, *, name: str, content: bytes, seq: int = 1, text: str = "My essay", action="next"):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(
        f"/assessments/attempt/{attempt.uuid}/q/1/", {"seq": seq, "action": action, "text": text, "file": upload}
    )


@pytest.fixture
def uploaded(client, essay):
    _post(client, essay, name="plan.pdf", content=PDF, action="finish")
    client.logout()
    return Answer.objects.get(attempt=essay)


@pytest.mark.parametrize(
    ("name", "content"),
    [("plan.pdf", PDF), ("photo.png", PNG), ("plan.docx", _docx()), ("notes.txt", "Plan de leçon\n\tétape 1".encode())],
)
def test_the_allowed_kinds_are_kept(client, essay, name, content):
    response = _post(client, essay, name=name, content=content)
    assert response.status_code == 302
    answer = Answer.objects.get(attempt=essay)
    assert Path(answer.file.name).name == name
    assert Path(answer.file.path).read_bytes() == content


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.html", b"<script>alert(1)</script>My plan"),
        ("plan.pdf", b"<html><script>alert(1)</script></html>"),  # the name lies about the content
        ("plan.txt", PDF),  # a PDF by its content: the name must say so
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"),
        ("notes.txt", b"binary\x00\x01\x02"),
        ("empty.pdf", b""),
    ],
)
def test_other_kinds_are_refused_with_a_reason_and_the_text_is_kept(client, essay, name, content):
    response = _post(client, essay, name=name, content=content, text="My essay, kept")
    assert response.status_code == 302
    assert response["Location"] == f"/assessments/attempt/{essay.uuid}/q/1/", "the teacher stays on the question"
    page = client.get(response["Location"]).content.decode()
    assert f"The file {name} cannot be uploaded" in page
    answer = Answer.objects.get(attempt=essay)
    assert answer.response == {"text": "My essay, kept"}
    assert not answer.file


def test_a_file_over_the_limit_is_refused_saying_the_limit(client, essay, settings):
    settings.ESSAY_UPLOAD_MAX_BYTES = 1024
    response = _post(client, essay, name="plan.pdf", content=PDF + b" " * 2000, text="Kept")
    page = client.get(response["Location"]).content.decode()
    assert "files of up to 1.0\xa0KB are accepted" in page
    answer = Answer.objects.get(attempt=essay)
    assert answer.response == {"text": "Kept"} and not answer.file


def test_the_default_limit_is_ten_megabytes():
    assert settings.ESSAY_UPLOAD_MAX_BYTES == 10 * 1024 * 1024


def test_a_question_without_files_takes_none(client, teacher, make_question, make_assessment, rubric):
    make_assessment([make_question("extended", code="KD.3", rubric=rubric, allow_file=False)], slug="nf", code="KD.3")
    client.force_login(teacher)
    client.post("/assessments/nf/start/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug="nf")
    response = _post(client, attempt, name="plan.pdf", content=PDF, text="Kept")
    assert "This question does not take a file." in client.get(response["Location"]).content.decode()
    answer = Answer.objects.get(attempt=attempt)
    assert answer.response == {"text": "Kept"} and not answer.file


def test_a_new_file_replaces_the_old_one_on_disk(client, essay, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, essay, name="plan.pdf", content=PDF, seq=1)
    first = Path(Answer.objects.get(attempt=essay).file.path)
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, essay, name="plan.pdf", content=PDF + b" v2", seq=2)
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, essay, name="photo.png", content=PNG, seq=3)
    current = Path(Answer.objects.get(attempt=essay).file.path)
    assert current.read_bytes() == PNG
    assert not first.exists()
    assert [p.name for p in current.parent.iterdir()] == ["photo.png"], "one file per answer"
    # Saving the text again without a file keeps the file.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/assessments/attempt/{essay.uuid}/save/", {"position": 0, "seq": 4, "text": "Revised"})
    assert current.exists() and Answer.objects.get(attempt=essay).file.name.endswith("photo.png")


def test_the_file_is_stored_outside_the_public_media_folder(uploaded):
    path = Path(uploaded.file.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        uploaded.file.url  # noqa: B018 - no public address exists


def _get(client, user, answer):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(f"/assessments/answer/{answer.pk}/file/")


@pytest.fixture
def cohorts(make_user, teacher, trainer):
    from cohorts.models import Cohort, CohortMembership

    mine = Cohort.objects.create(name="Teacher's cohort")
    mine.trainers.add(trainer)
    CohortMembership.objects.create(cohort=mine, user=teacher)
    other_trainer = make_user("trainer2", roles=("Teacher", "Trainer"))
    other = Cohort.objects.create(name="Another cohort")
    other.trainers.add(other_trainer)
    CohortMembership.objects.create(cohort=other, user=make_user("teacher3"))
    return {"trainer of another cohort": other_trainer}


def test_who_may_download(client, uploaded, cohorts, teacher, trainer, reviewer, administrator, make_user):
    staff_admin = make_user("admin2", roles=("Administrator",))  # the role, without the superuser flag
    expected = {
        "owner teacher": (teacher, 200),
        "trainer of the teacher's cohort": (trainer, 200),
        "content reviewer (approves lessons, grades nothing)": (reviewer, 404),
        "administrator (superuser)": (administrator, 200),
        "administrator (role)": (staff_admin, 200),
        "another teacher": (make_user("other"), 404),
        "trainer of another cohort": (cohorts["trainer of another cohort"], 404),
        "trainer of no cohort": (make_user("trainer9", roles=("Teacher", "Trainer")), 404),
        "certification officer": (make_user("officer9", roles=("Certification officer",)), 404),
    }
    seen = {who: _get(client, user, uploaded).status_code for who, (user, _status) in expected.items()}
    assert seen == {who: status for who, (_user, status) in expected.items()}
    anonymous = _get(client, None, uploaded)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_a_download_is_sandboxed_and_private(client, uploaded, teacher):
    response = _get(client, teacher, uploaded)
    assert b"".join(response.streaming_content).endswith(b"My plan")
    assert response["Content-Type"] == "application/pdf"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "private, no-store"


def test_the_review_page_links_to_the_protected_download_for_those_who_may_open_it(client, uploaded, cohorts, trainer):
    client.force_login(trainer)
    page = client.get(f"/assessments/review/{uploaded.pk}/").content.decode()
    assert f'href="/assessments/answer/{uploaded.pk}/file/"' in page
    assert "/media/" not in page
    client.force_login(cohorts["trainer of another cohort"])
    page = client.get(f"/assessments/review/{uploaded.pk}/").content.decode()
    assert f'href="/assessments/answer/{uploaded.pk}/file/"' not in page
    assert "which only the trainers of the teacher" in page


def test_the_question_says_what_may_be_uploaded(client, essay):
    page = client.get(f"/assessments/attempt/{essay.uuid}/q/1/").content.decode()
    assert "A PDF, an image, an office document or a plain text file, up to 10.0\xa0MB" in page
    assert 'accept=".pdf,' in page
