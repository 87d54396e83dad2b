"""Offline peer review (ADR 0197): download the reviews you owe as JSON, write them offline, send them back.

The same pattern as lesson progress (`/learn/sync/`): each review carries a key its device generated, so a batch
sent twice (a flaky 2G connection) records each review once.
"""

import uuid

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from assessments.attachments import answer_attachments_anonymous
from assessments.forms import response_display
from common.strict_json import (
    REQUEST_BODY_MAX_BYTES,
    JsonLimitError,
    JsonTooLarge,
    json_loads_limited,
    request_body_limited,
)

from . import services
from .models import AssignmentStatus, PeerReview

MAX_REVIEWS = 20


@never_cache
@login_required
@require_GET
def reviews_download(request: HttpRequest) -> JsonResponse:
    """The reviews the teacher owes, with the work, the rubric and where to send them; no author is named. Files
    attached to the work are not in it (they may be megabytes, and 2G pays for each): `attachments` counts them, and
    the review's page, kept on the device, says they open only with a connection (ADR 0209)."""
    owed = PeerReview.objects.filter(reviewer=request.user, status=AssignmentStatus.ASSIGNED).select_related(
        "submission__answer__attempt"
    )
    reviews = []
    for n, review in enumerate(owed.order_by("assigned_at", "id"), start=1):
        answer = review.submission.answer
        question = answer.attempt.questions[answer.position]
        reviews.append(
            {
                "review": review.pk,
                "label": _("Peer %(n)d") % {"n": n},
                "url": reverse("peerreview:review", args=[review.pk]),
                "question": question.get("text", ""),
                "answer": response_display(question, answer.response),
                "rubric": question.get("rubric"),
                "attachments": int(bool(answer.file))
                + len(answer_attachments_anonymous(answer=answer, user=request.user)),
            }
        )
    return JsonResponse({"user": request.user.pk, "sync_url": reverse("peerreview:sync"), "reviews": reviews})


def _one(user, raw) -> dict:
    if not isinstance(raw, dict):
        return {"id": "", "status": "rejected", "reason": _("Each review must be an object.")}
    try:
        key = uuid.UUID(str(raw.get("id")))
    except ValueError:
        return {
            "id": str(raw.get("id"))[:64],
            "status": "rejected",
            "reason": _("The review has no valid identifier (a UUID)."),
        }
    review = PeerReview.objects.filter(pk=raw.get("review") if isinstance(raw.get("review"), int) else None).first()
    levels = raw.get("levels") if isinstance(raw.get("levels"), dict) else {}
    feedback = raw.get("feedback") if isinstance(raw.get("feedback"), str) else ""
    holistic = raw.get("score") if isinstance(raw.get("score"), str) else None
    seen = PeerReview.objects.filter(client_key=key, reviewer=user).exists()
    if review is None or (review.reviewer_id != user.pk and not seen):
        return {"id": str(key), "status": "rejected", "reason": _("There is no such review for you.")}
    try:
        _review, new = services.review_submit(
            review=review,
            reviewer=user,
            levels={str(k): str(v) for k, v in levels.items()},
            feedback=feedback,
            holistic=holistic,
            client_key=key,
        )
    except services.PeerReviewError as exc:
        return {"id": str(key), "status": "rejected", "reason": exc.message}
    return {"id": str(key), "status": "applied" if new else "duplicate", "reason": ""}


@never_cache
@require_POST
def reviews_sync(request: HttpRequest) -> JsonResponse:
    """Apply reviews written offline: 200 with one result per review (applied, duplicate or rejected)."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {
                "error": _("You are signed out. Sign in again to send the reviews saved on this device."),
                "code": "signed_out",
                "login_url": reverse("account_login"),
            },
            status=401,
        )
    try:
        data = json_loads_limited(
            request_body_limited(request, max_bytes=REQUEST_BODY_MAX_BYTES),
            max_bytes=REQUEST_BODY_MAX_BYTES,
            max_depth=8,
        )
    except JsonTooLarge as exc:
        return JsonResponse({"error": str(exc), "code": "too_large"}, status=413)
    except JsonLimitError as exc:
        return JsonResponse({"error": str(exc), "code": "malformed"}, status=400)
    if not isinstance(data, dict) or not isinstance(data.get("reviews"), list) or len(data["reviews"]) > MAX_REVIEWS:
        return JsonResponse(
            {"error": _('Send an object with a list of at most 20 "reviews".'), "code": "malformed"}, status=400
        )
    if data.get("user") is not None and data.get("user") != request.user.pk:
        return JsonResponse(
            {
                "error": _("These reviews were saved by another account. Sign in as that account to send them."),
                "code": "other_user",
            },
            status=403,
        )
    return JsonResponse({"results": [_one(request.user, raw) for raw in data["reviews"]]})
