"""Taking an untimed assessment with no connection: start online, answer on the device, send when back online."""

from datetime import UTC

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments import selectors, services
from assessments.models import AttemptStatus
from assessments.question_types import question_kind
from assessments.services.errors import AssessmentError
from assessments.services.offline import OfflineAnswer, attempt_offline_submit, attempt_offline_token
from assessments.views.teacher import _options_state
from common.strict_json import REQUEST_BODY_MAX_BYTES, JsonTooLarge, json_loads_limited, request_body_limited

MAX_FIELD_VALUES = 50
# Django's own cap on a request body (DATA_UPLOAD_MAX_MEMORY_SIZE); {"answers": [{"fields": {"x": [..]}}]} is 4 deep.
MAX_BODY = REQUEST_BODY_MAX_BYTES
MAX_DEPTH = 8


@login_required
@require_POST
def offline_start(request: HttpRequest, slug: str) -> HttpResponse:
    assessment = selectors.assessment_get(slug=slug)
    if assessment is None:
        raise Http404
    if assessment.time_limit_minutes:
        messages.error(request, _("This assessment is timed: it needs a connection to start and until you submit."))
        return redirect("assessments:detail", slug=slug)
    try:
        attempt = services.attempt_start(user=request.user, assessment=assessment)
    except AssessmentError as exc:
        messages.error(request, exc.message)
        return redirect("assessments:detail", slug=slug)
    return redirect("assessments:offline_attempt", attempt=attempt.uuid)


@login_required
@require_GET
def offline_attempt(request: HttpRequest, attempt: str) -> HttpResponse:
    """Every question on one page the device keeps, with the token the submission must carry."""
    obj = selectors.attempt_get(attempt_uuid=attempt)
    if obj is None or obj.user_id != request.user.pk:
        raise Http404
    if obj.status != AttemptStatus.IN_PROGRESS or obj.deadline_at is not None:
        return redirect("assessments:attempt", attempt=obj.uuid)
    answers = selectors.answers_by_position(attempt=obj)
    questions = []
    for position, question in enumerate(obj.questions):
        answer = answers.get(position)
        response = answer.response if answer else None
        questions.append(
            {
                "position": position,
                "number": position + 1,
                "question": services.question_public(question),
                "response": response,
                "options": _options_state(question, response),
                "fields_template": question_kind(question["type"]).template,
                "answer": answer,
            }
        )
    context = {
        "attempt": obj,
        "assessment": obj.assessment,
        "questions": questions,
        "token": attempt_offline_token(attempt=obj),
        "submit_url": reverse("assessments:offline_submit", kwargs={"attempt": obj.uuid}),
        "upload_limit": services.essay_upload_max_bytes(),
    }
    return render(request, "assessments/offline_attempt.html", context)


def _answers_parse(raw) -> list[OfflineAnswer]:
    if not isinstance(raw, list) or len(raw) > 500:
        raise ValueError(_('"answers" must be a list of at most 500 answers.'))
    parsed = []
    for item in raw:
        if not isinstance(item, dict):
            raise ValueError(_("Each answer must be an object."))
        position, fields = item.get("position"), item.get("fields")
        if not isinstance(position, int) or isinstance(position, bool) or not 0 <= position < 2**15:
            raise ValueError(_("Each answer needs the position of its question."))
        if not isinstance(fields, dict) or not all(
            isinstance(k, str)
            and isinstance(v, list)
            and len(v) <= MAX_FIELD_VALUES
            and all(isinstance(x, str) for x in v)
            for k, v in fields.items()
        ):
            raise ValueError(_("The fields of an answer must map names to lists of text."))
        try:
            at = parse_datetime(item["at"]) if isinstance(item.get("at"), str) else None
        except ValueError:
            at = None
        if at is None:
            raise ValueError(_("Each answer needs the time it was given (ISO 8601)."))
        parsed.append(OfflineAnswer(position=position, fields=fields, at=at if at.tzinfo else at.replace(tzinfo=UTC)))
    return parsed


@require_POST
def offline_submit(request: HttpRequest, attempt: str) -> JsonResponse:
    """JSON {token, answers: [{position, fields, at}]} -> 200 {status, results_url} once graded (again: same).

    401 signed out, 403 token not matching (or not this teacher's attempt), 400 unreadable or refused answers
    (nothing saved: the device keeps them), 409 when the attempt was already submitted another way.
    """
    if not request.user.is_authenticated:
        return JsonResponse(
            {
                "error": _("You are signed out. Sign in again to send the answers kept on this device."),
                "code": "signed_out",
            },
            status=401,
        )
    obj = selectors.attempt_get(attempt_uuid=attempt)
    if obj is None or obj.user_id != request.user.pk:
        return JsonResponse({"error": _("No such attempt."), "code": "not_found"}, status=404)
    try:
        body = request_body_limited(request, max_bytes=MAX_BODY)
        data = json_loads_limited(body, max_bytes=MAX_BODY, max_depth=MAX_DEPTH)
        if not isinstance(data, dict) or not isinstance(data.get("token"), str):
            raise ValueError(_('Send an object with the "token" the page was given and the "answers".'))
        answers = _answers_parse(data.get("answers"))
    except JsonTooLarge as exc:
        return JsonResponse({"error": str(exc), "code": "too_large"}, status=413)
    except ValueError as exc:  # JsonLimitError included: each says what is wrong
        return JsonResponse({"error": str(exc), "code": "malformed"}, status=400)
    try:
        graded, now = attempt_offline_submit(attempt=obj, user=request.user, token=data["token"], answers=answers)
    except AssessmentError as exc:
        status = {"bad_token": 403, "forbidden": 403, "closed": 409}.get(exc.code, 400)
        return JsonResponse(
            {"error": str(exc.message), "code": exc.code, "results_url": obj.get_absolute_url()}, status=status
        )
    return JsonResponse(
        {
            "status": "graded" if now else "duplicate",
            "attempt": str(graded.uuid),
            "results_url": graded.get_absolute_url(),
            "score": str(graded.score) if graded.score is not None else None,
            "passed": graded.passed,
        }
    )
