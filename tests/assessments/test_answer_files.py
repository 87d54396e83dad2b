"""An essay's uploaded file reaches its teacher, the trainers who grade and administrators; nobody else."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from assessments.models import Answer, Attempt


@pytest.fixture
def uploaded(client, teacher, make_question, make_assessment, rubric):
    make_assessment([make_question("extended", code="KD.3", rubric=rubric, allow_file=True)], slug="up", code="KD.3")
    client.force_login(teacher)
    client.post("/assessments/up/start/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug="up")
    upload = SimpleUploadedFile("plan.html", b"<script>alert(1)</script>My plan", content_type="text/html")
    client.post(
        f"/assessments/attempt/{attempt.uuid}/q/1/", {"seq": 1, "action": "finish", "text": "x", "file": upload}
    )
    client.logout()
    return Answer.objects.get(attempt=attempt)


def _get(client, user, answer):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(f"/assessments/answer/{answer.pk}/file/")


def test_the_file_is_stored_outside_the_public_media_folder(uploaded):
    path = Path(uploaded.file.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        uploaded.file.url  # noqa: B018 - no public address exists


def test_owner_trainer_and_administrator_can_download(client, uploaded, teacher, trainer, administrator):
    for user in (teacher, trainer, administrator):
        response = _get(client, user, uploaded)
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content).endswith(b"My plan")
        # An uploaded page never runs as one of ours: it downloads, sandboxed.
        assert response["Content-Type"] == "application/octet-stream"
        assert "attachment" in response["Content-Disposition"]
        assert "sandbox" in response["Content-Security-Policy"]
        assert response["Cache-Control"] == "private, no-store"


def test_other_teachers_reviewers_and_visitors_cannot(client, uploaded, make_user, reviewer):
    assert _get(client, make_user("other"), uploaded).status_code == 404
    assert _get(client, reviewer, uploaded).status_code == 404
    anonymous = _get(client, None, uploaded)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_the_review_page_links_to_the_protected_download(client, uploaded, trainer):
    client.force_login(trainer)
    page = client.get(f"/assessments/review/{uploaded.pk}/").content.decode()
    assert f'href="/assessments/answer/{uploaded.pk}/file/"' in page
    assert "/media/" not in page
