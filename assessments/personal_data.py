"""What assessments holds about a person, for the privacy export and erasure (privacy.registry, ADR 0151)."""

from pathlib import PurePosixPath

from .models import Answer, Attempt, Review


def export(*, user) -> dict[str, list[dict]]:
    return {
        "attempts": list(
            Attempt.objects.filter(user=user)
            .order_by("started_at", "pk")
            .values(
                "uuid",
                "assessment__slug",
                "number",
                "status",
                "language",
                "started_at",
                "closed_at",
                "graded_at",
                "score",
                "passed",
                "results",
            )
        ),
        "answers": list(
            Answer.objects.filter(attempt__user=user)
            .order_by("attempt__started_at", "position")
            .values("attempt__uuid", "position", "response", "file", "saved_at", "score", "competency_scores")
        ),
        "reviews_of_my_answers": list(
            Review.objects.filter(answer__attempt__user=user)
            .order_by("created_at", "pk")
            .values("answer__attempt__uuid", "answer__position", "role", "criteria", "score", "feedback", "created_at")
        ),
    }


def files(*, user) -> list:
    found = []
    for answer in Answer.objects.filter(attempt__user=user).exclude(file="").select_related("attempt"):
        name = PurePosixPath(answer.file.name).name
        found.append((f"uploads/{answer.attempt.uuid}/{answer.position + 1}-{name}", answer.file))
    return found


def erase(*, user) -> dict[str, int]:
    """Uploaded files and typed essays go; attempts, answers and scores stay with the pseudonym so item and cohort
    figures hold. Each question type says what of its responses is the person's own writing (response_erased)."""
    from .question_types.registry import question_kind

    deleted = 0
    for answer in Answer.objects.filter(attempt__user=user).exclude(file=""):
        answer.file.delete(save=False)
        Answer.objects.filter(pk=answer.pk).update(file="")
        deleted += 1
    typed = 0
    for attempt in Attempt.objects.filter(user=user).prefetch_related("answers"):
        questions = attempt.questions
        for answer in attempt.answers.all():
            if answer.position >= len(questions) or answer.response is None:
                continue
            kept = question_kind(questions[answer.position]["type"]).response_erased(answer.response)
            if kept != answer.response:
                Answer.objects.filter(pk=answer.pk).update(response=kept)
                typed += 1
    return {"uploads_deleted": deleted, "typed_answers_erased": typed}
