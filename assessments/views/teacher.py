"""Taking an assessment: plain forms that work without JavaScript; JavaScript only adds autosave and a timer."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import selectors, services
from assessments.forms import OrderingPlacesError, correct_display, response_display, response_from_form
from assessments.grading import graded_by_trainer
from assessments.models import Attempt, AttemptStatus
from assessments.question_types import question_kind
from assessments.services.errors import AssessmentError


def _own_attempt(request: HttpRequest, attempt_uuid):
    attempt = selectors.attempt_get(attempt_uuid=attempt_uuid)
    if attempt is None or attempt.user_id != request.user.pk:
        raise Http404
    return services.attempt_close_if_expired(attempt=attempt)


def _question_url(attempt, number: int) -> str:
    return reverse("assessments:question", kwargs={"attempt": attempt.uuid, "number": number})


@login_required
def assessment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    assessment = selectors.assessment_get(slug=slug)
    if assessment is None:
        raise Http404
    attempts = selectors.attempts_for_user(user=request.user, assessment=assessment)
    current = next((a for a in attempts if a.status == AttemptStatus.IN_PROGRESS), None)
    blocked = None
    if current is None:
        try:
            services.attempt_can_start(user=request.user, assessment=assessment)
        except AssessmentError as exc:
            blocked = exc.message
    return render(
        request,
        "assessments/detail.html",
        {"assessment": assessment, "attempts": attempts, "current": current, "blocked": blocked},
    )


@login_required
@require_POST
def attempt_start(request: HttpRequest, slug: str) -> HttpResponse:
    assessment = selectors.assessment_get(slug=slug)
    if assessment is None:
        raise Http404
    try:
        attempt = services.attempt_start(user=request.user, assessment=assessment)
    except AssessmentError as exc:
        messages.error(request, exc.message)
        return redirect("assessments:detail", slug=slug)
    return redirect("assessments:attempt", attempt=attempt.uuid)


@login_required
def attempt_home(request: HttpRequest, attempt: str) -> HttpResponse:
    """Resume on the question the teacher last opened, or show the results."""
    obj = _own_attempt(request, attempt)
    if obj.status != AttemptStatus.IN_PROGRESS:
        return _results(request, obj)
    return redirect(_question_url(obj, min(obj.last_position, len(obj.questions) - 1) + 1))


def _upload_or_refusal(request: HttpRequest, question: dict):
    """The file to save with the answer, or None and the reason it was refused (the answer's text is saved)."""
    upload = request.FILES.get("file")
    if upload is None:
        return None, None
    if not question.get("allow_file"):
        return None, _("This question does not take a file.")
    try:
        services.essay_upload_check(upload=upload)
    except AssessmentError as exc:
        return None, exc.message
    return upload, None


def _remaining_seconds(attempt) -> int | None:
    if attempt.deadline_at is None:
        return None
    return max(0, int((attempt.deadline_at - timezone.now()).total_seconds()))


@login_required
def attempt_question(request: HttpRequest, attempt: str, number: int) -> HttpResponse:
    obj = _own_attempt(request, attempt)
    if obj.status != AttemptStatus.IN_PROGRESS:
        return redirect("assessments:attempt", attempt=obj.uuid)
    total = len(obj.questions)
    if not 1 <= number <= total:
        raise Http404
    position = number - 1
    question = obj.questions[position]
    if request.method == "POST":
        action = request.POST.get("action", "next")
        upload, refused = _upload_or_refusal(request, question)
        try:
            result = services.attempt_answer_save(
                attempt=obj,
                user=request.user,
                position=position,
                response=response_from_form(question, request.POST),
                seq=int(request.POST.get("seq") or 0),
                upload=upload,
                check=action == "check",
            )
        except OrderingPlacesError as exc:
            # Shown again with every place the teacher chose, the repeated ones marked: nothing chosen is lost.
            return _question_page(request, obj, number, ranks=exc.ranks, repeated=exc.repeated, error=exc.message)
        except (AssessmentError, ValueError) as exc:
            messages.error(request, getattr(exc, "message", _("Your answer could not be read.")))
            if getattr(exc, "code", "") == "closed":
                return redirect("assessments:attempt", attempt=obj.uuid)
            return redirect(_question_url(obj, number))
        if refused:
            # The text is saved; the teacher stays on the question to pick another file.
            messages.error(request, refused)
            return redirect(_question_url(obj, number))
        # A checked (locked) answer is kept as it is: moving on from it is not a stale save.
        if not result.saved and not result.locked and action != "check":
            messages.warning(request, _("A newer answer to this question was already saved; it is shown here."))
            return redirect(_question_url(obj, number))
        if action == "prev" and number > 1:
            return redirect(_question_url(obj, number - 1))
        if action == "next" and number < total:
            return redirect(_question_url(obj, number + 1))
        if action.startswith("goto-") and action[5:].isdigit() and 1 <= int(action[5:]) <= total:
            return redirect(_question_url(obj, int(action[5:])))
        if action in ("finish", "next"):
            return redirect("assessments:submit", attempt=obj.uuid)
        return redirect(_question_url(obj, number))
    return _question_page(request, obj, number)


def _question_page(
    request: HttpRequest, obj, number: int, *, ranks: dict | None = None, repeated=(), error: str = ""
) -> HttpResponse:
    total = len(obj.questions)
    position = number - 1
    question = obj.questions[position]
    if obj.last_position != position:
        Attempt.objects.filter(pk=obj.pk).update(last_position=position)
    answers = selectors.answers_by_position(attempt=obj)
    answer = answers.get(position)
    kind = question_kind(question["type"])
    immediate = obj.rules.get("feedback_timing") == "immediately" and not kind.graded_by_trainer
    context = {
        "attempt": obj,
        "assessment": obj.assessment,
        "question": services.question_public(question),
        "number": number,
        "total": total,
        "position": position,
        "response": answer.response if answer else None,
        "options": _options_state(question, answer.response if answer else None),
        "fields_template": kind.template,
        "fields_in_text": kind.fields_in_text(question, answer.response if answer else None),
        "multipart": kind.takes_file,
        "answer": answer,
        "seq": (answer.seq if answer else 0) + 1,
        "nav": [
            {"number": i + 1, "answered": bool(answers.get(i) and (answers[i].response or answers[i].file))}
            for i in range(total)
        ],
        "remaining": _remaining_seconds(obj),
        "immediate": immediate,
        "upload_limit": services.essay_upload_max_bytes(),
        "answer_error": error,
    }
    if ranks is not None:
        context["options"] = [
            {**o, "rank": ranks.get(o["token"]), "repeated": ranks.get(o["token"]) in repeated}
            for o in context["options"]
        ]
    if immediate and answer and answer.locked:
        context["checked"] = {
            "score": answer.score,
            "correct": correct_display(question),
            "general": question["feedback"]["general"],
            "option": _option_feedback(question, answer.response),
        }
    return render(request, "assessments/question.html", context, status=400 if error else 200)


def _options_state(question: dict, response) -> list[dict]:
    """Each option with what the teacher already chose, so a resumed page shows the saved answer."""
    return question_kind(question["type"]).options_state(question, response)


def _option_feedback(question: dict, response) -> list[str]:
    """The feedback written for what the teacher answered: chosen options, the matched short answer, each gap."""
    return question_kind(question["type"]).feedback(question, response) if response else []


@login_required
@require_POST
def attempt_autosave(request: HttpRequest, attempt: str) -> JsonResponse:
    """The JavaScript enhancement: the same form fields, answered with JSON."""
    obj = selectors.attempt_get(attempt_uuid=attempt)
    if obj is None or obj.user_id != request.user.pk:
        return JsonResponse({"error": _("No such attempt.")}, status=404)
    try:
        position = int(request.POST.get("position", ""))
        seq = int(request.POST.get("seq", ""))
        question = obj.questions[position]
        result = services.attempt_answer_save(
            attempt=obj,
            user=request.user,
            position=position,
            response=response_from_form(question, request.POST),
            seq=seq,
        )
    except (ValueError, IndexError):
        return JsonResponse({"error": _("The position and sequence number must be numbers in range.")}, status=400)
    except AssessmentError as exc:
        return JsonResponse({"error": str(exc.message), "code": exc.code}, status=409 if exc.code == "closed" else 400)
    return JsonResponse({"saved": result.saved, "seq": result.seq})


@login_required
def attempt_submit(request: HttpRequest, attempt: str) -> HttpResponse:
    obj = _own_attempt(request, attempt)
    if request.method == "POST":
        services.attempt_submit(attempt=obj, user=request.user)
        return redirect("assessments:attempt", attempt=obj.uuid)
    if obj.status != AttemptStatus.IN_PROGRESS:
        return redirect("assessments:attempt", attempt=obj.uuid)
    answers = selectors.answers_by_position(attempt=obj)
    nav = [
        {"number": i + 1, "answered": bool(answers.get(i) and (answers[i].response or answers[i].file))}
        for i in range(len(obj.questions))
    ]
    return render(
        request,
        "assessments/submit.html",
        {
            "attempt": obj,
            "assessment": obj.assessment,
            "nav": nav,
            "unanswered": sum(not n["answered"] for n in nav),
            "remaining": _remaining_seconds(obj),
        },
    )


def _results(request: HttpRequest, attempt) -> HttpResponse:
    timing = attempt.rules.get("feedback_timing")
    show_answers = attempt.status == AttemptStatus.GRADED and timing in ("immediately", "after_submission")
    rows = []
    if show_answers:
        answers = selectors.answers_by_position(attempt=attempt)
        reviews = selectors.reviews_by_answer(
            answers=[a for i, a in answers.items() if graded_by_trainer(attempt.questions[i])]
        )
        for i, q in enumerate(attempt.questions):
            answer = answers.get(i)
            response = answer.response if answer else None
            rows.append(
                {
                    "number": i + 1,
                    "text": q["text"],
                    "language": q.get("language", ""),
                    "type": q["type"],
                    "score": answer.score if answer else None,
                    "given": response_display(q, response),
                    "correct": correct_display(q),
                    "feedback": q["feedback"]["general"],
                    "option_feedback": _option_feedback(q, response),
                    "reviews": reviews.get(answer.pk, []) if answer else [],
                }
            )
    results = [{"code": code, **r} for code, r in sorted(attempt.results.items())]
    return render(
        request,
        "assessments/results.html",
        {"attempt": attempt, "assessment": attempt.assessment, "results": results, "rows": rows},
    )
