"""A typed answer holding NUL: refused with a reason (PostgreSQL's JSON type cannot store "\\u0000": it was a 500)."""

from assessments.models import Answer, Attempt


def test_an_autosaved_answer_holding_nul_is_refused_400_and_nothing_is_stored(
    client, teacher, make_question, make_assessment
):
    make_assessment([make_question("short_text", title="short")], slug="nul")
    client.force_login(teacher)
    client.post("/assessments/nul/start/")
    attempt = Attempt.objects.get(user=teacher, assessment__slug="nul")
    response = client.post(
        f"/assessments/attempt/{attempt.uuid}/save/", {"position": 0, "seq": 1, "response": "forty\x00two"}
    )
    assert response.status_code == 400
    assert "The form contains a NUL character" in response.content.decode()
    assert not Answer.objects.filter(attempt=attempt).exists()
