"""Peer review pages: plain forms that work without JavaScript on a phone (ADR 0195)."""

from functools import wraps
from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments.attachments import answer_attachments, answer_attachments_anonymous, answer_file_response
from assessments.forms import response_display
from assessments.permissions import answer_file_readable, user_is_trainer
from cohorts.permissions import cohorts_visible
from common.throttle import reporting_too_often
from common.views import ratelimited

from . import selectors, services
from .models import AssignmentStatus, PeerReview, PeerReviewSetting, Submission, SubmissionStatus


def _levels(request: HttpRequest, rubric: dict | None) -> dict[str, str]:
    return {str(c["id"]): request.POST.get(f"criterion-{c['id']}", "") for c in (rubric or {}).get("criteria", [])}


def _rubric_rows(rubric: dict | None, chosen: dict | None = None) -> list[dict]:
    if not rubric:
        return []
    chosen = chosen or {}
    return [
        {
            "criterion": c,
            "cells": [
                {"level": lv, "text": text, "checked": str(chosen.get(str(c["id"]), "")) == str(lv["id"])}
                for lv, text in zip(rubric["levels"], c["descriptors"], strict=False)
            ],
        }
        for c in rubric["criteria"]
    ]


def _answer_rubric(submission: Submission) -> dict | None:
    answer = submission.answer
    return answer.attempt.questions[answer.position].get("rubric")


def _file_size(answer) -> int | None:
    try:
        return answer.file.size
    except OSError:  # gone from storage: the link still answers, with a 404
        return None


def _work_attached(review: PeerReview, *, user) -> dict:
    """The file and portfolio artefacts attached to the work under review, for its assigned reviewer only (while
    the review is theirs or written), described without anything that could name the author (ADR 0209)."""
    if review.status not in selectors.READABLE_STATUSES:
        return {"has_file": False, "file_size": None, "artefacts": []}
    answer = review.submission.answer
    return {
        "has_file": bool(answer.file),
        "file_size": _file_size(answer) if answer.file else None,
        "artefacts": answer_attachments_anonymous(answer=answer, user=user),
    }


def trainer_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not user_is_trainer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@login_required
def index(request: HttpRequest) -> HttpResponse:
    services.submissions_collect(user=request.user)
    return render(request, "peerreview/index.html", {"items": selectors.settings_of_teacher(user=request.user)})


@login_required
def item(request: HttpRequest, setting: int) -> HttpResponse:
    """One item's peer review, stage by stage: calibrate, review N peers, assess yourself, read your grade."""
    setting = get_object_or_404(PeerReviewSetting.objects.select_related("question__rubric"), pk=setting, enabled=True)
    services.submissions_collect(user=request.user)
    stage = selectors.item_stage(setting=setting, user=request.user)
    if stage["submission"] is None:
        raise Http404  # only those who answered the item take part; others need not know it exists
    if stage["calibration"] is not None:
        try:
            services.review_assign_next(setting=setting, reviewer=request.user)
        except services.PeerReviewError as exc:
            messages.error(request, exc.message)
        stage = selectors.item_stage(setting=setting, user=request.user)
    rubric = setting.question.rubric.snapshot() if setting.question.rubric_id else None
    own_rubric = _answer_rubric(stage["submission"])
    return render(
        request,
        "peerreview/item.html",
        {
            "setting": setting,
            **stage,
            "rubric": rubric,
            "calibration_rows": _rubric_rows(rubric),
            "self_rows": _rubric_rows(own_rubric, stage["submission"].self_criteria),
            "own_rubric": own_rubric,
        },
    )


@login_required
@require_POST
def calibrate(request: HttpRequest, setting: int) -> HttpResponse:
    setting = get_object_or_404(PeerReviewSetting.objects.select_related("question__rubric"), pk=setting, enabled=True)
    if not Submission.objects.filter(setting=setting, author=request.user).exists():
        raise Http404
    rubric = setting.question.rubric.snapshot() if setting.question.rubric_id else None
    try:
        services.calibration_record(
            setting=setting,
            reviewer=request.user,
            levels=_levels(request, rubric),
            holistic=request.POST.get("holistic_score"),
        )
    except services.PeerReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Calibration recorded. Your peers' work is below."))
    return redirect("peerreview:item", setting=setting.pk)


@login_required
def review(request: HttpRequest, review: int) -> HttpResponse:
    """Review one peer's work. Someone else's review answers 404: its existence does not leak."""
    obj = get_object_or_404(
        PeerReview.objects.select_related("submission__answer__attempt", "submission__setting__question", "author"),
        pk=review,
        reviewer=request.user,
    )
    submission = obj.submission
    rubric = _answer_rubric(submission)
    if request.method == "POST":
        try:
            services.review_submit(
                review=obj,
                reviewer=request.user,
                levels=_levels(request, rubric),
                feedback=request.POST.get("feedback", ""),
                holistic=request.POST.get("holistic_score"),
            )
        except services.PeerReviewError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Thank you: your review was sent."))
            return redirect("peerreview:item", setting=submission.setting_id)
    label = (
        list(
            PeerReview.objects.filter(submission__setting=submission.setting_id, reviewer=request.user)
            .exclude(status="expired")
            .order_by("assigned_at", "id")
            .values_list("pk", flat=True)
        ).index(obj.pk)
        + 1
        if obj.status != "expired"
        else None
    )
    answer = submission.answer
    question = answer.attempt.questions[answer.position]
    return render(
        request,
        "peerreview/review.html",
        {
            "review": obj,
            "label": label,
            "author_name": selectors.review_author_name(review=obj, user=request.user),
            "question": question,
            "text": response_display(question, answer.response),
            "rubric": rubric,
            "rows": _rubric_rows(
                rubric, obj.criteria or (_levels(request, rubric) if request.method == "POST" else {})
            ),
            "feedback": request.POST.get("feedback", obj.feedback),
            **_work_attached(obj, user=request.user),
        },
    )


@require_GET
@login_required
def review_file(request: HttpRequest, review: int) -> HttpResponse:
    """The file attached to the work under review, for its assigned reviewer (others: 404), under a neutral name:
    the one the author gave it may name them."""
    obj = get_object_or_404(
        PeerReview.objects.select_related("submission__answer"),
        pk=review,
        reviewer=request.user,
        status__in=selectors.READABLE_STATUSES,
    )
    answer = obj.submission.answer
    if not answer.file:
        raise Http404
    suffix = PurePosixPath(answer.file.name).suffix.lower()
    return answer_file_response(answer, filename=f"peer-review-{obj.pk}{suffix}")


@login_required
@require_POST
def self_assessment(request: HttpRequest, setting: int) -> HttpResponse:
    submission = get_object_or_404(
        Submission.objects.select_related("answer__attempt"), setting_id=setting, author=request.user
    )
    try:
        services.self_assess(
            submission=submission,
            author=request.user,
            levels=_levels(request, _answer_rubric(submission)),
            feedback=request.POST.get("feedback", ""),
            holistic=request.POST.get("holistic_score"),
        )
    except services.PeerReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Your self-assessment was saved."))
    return redirect("peerreview:item", setting=setting)


@trainer_required
def queue(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "peerreview/queue.html",
        {
            "queued": selectors.trainer_queue(),
            "cohorts": cohorts_visible(user=request.user).order_by("name"),
            "reported": selectors.reported_feedback(user=request.user),
        },
    )


@require_POST
@login_required
def feedback_report(request: HttpRequest, review: int) -> HttpResponse:
    """The teacher who received a written review reports its words: hidden from them at once, a trainer looks.
    Anyone else's review answers 404, as the review pages do."""
    obj = get_object_or_404(
        PeerReview.objects.select_related("submission"), pk=review, author=request.user, status=AssignmentStatus.DONE
    )
    if reporting_too_often(request, app="peerreview", setting="PEERREVIEW_REPORT_RATE"):
        return ratelimited(request)
    services.feedback_report(user=request.user, review=obj, note=request.POST.get("note", ""))
    messages.success(request, _("Thank you: the feedback is hidden, and a trainer will look at it."))
    return redirect("peerreview:item", setting=obj.submission.setting_id)


@require_POST
@trainer_required
def feedback_decide(request: HttpRequest, review: int) -> HttpResponse:
    """A trainer of the teacher's cohort restores reported feedback or keeps it hidden (others: 404)."""
    obj = get_object_or_404(PeerReview, pk=review, status=AssignmentStatus.DONE)
    if not services.can_moderate_feedback(user=request.user, review=obj):
        raise Http404
    hide = request.POST.get("hide") != "0"
    services.feedback_hide(trainer=request.user, review=obj, hide=hide, reason=request.POST.get("reason", ""))
    messages.success(request, _("The feedback stays hidden.") if hide else _("The feedback is shown again."))
    return redirect("peerreview:queue")


@trainer_required
def decide(request: HttpRequest, submission: int) -> HttpResponse:
    """A trainer grades work from the queue, or overrides a peer grade: the trainer's grade always wins."""
    obj = get_object_or_404(
        Submission.objects.select_related("answer__attempt", "author", "setting__question", "decided_by"),
        pk=submission,
    )
    rubric = _answer_rubric(obj)
    if request.method == "POST":
        try:
            services.trainer_decide(
                submission=obj,
                trainer=request.user,
                levels=_levels(request, rubric),
                feedback=request.POST.get("feedback", ""),
                holistic=request.POST.get("holistic_score"),
            )
        except services.PeerReviewError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Grade recorded."))
            return redirect("peerreview:queue")
    answer = obj.answer
    question = answer.attempt.questions[answer.position]
    return render(
        request,
        "peerreview/decide.html",
        {
            "submission": obj,
            "question": question,
            "text": response_display(question, answer.response),
            "rubric": rubric,
            "rows": _rubric_rows(rubric),
            "reviews": list(
                obj.reviews.filter(status=AssignmentStatus.DONE).select_related("reviewer").order_by("completed_at")
            ),
            "queued": obj.status == SubmissionStatus.QUEUED,
            # As on assessments' review page: the file and artefacts open for the trainers who may open them.
            "answer": answer,
            "file_readable": answer_file_readable(user=request.user, owner_id=answer.attempt.user_id),
            "attachments": answer_attachments(answer=answer, user=request.user),
        },
    )


@login_required
def cohort_report(request: HttpRequest, cohort: int) -> HttpResponse:
    """Peer-review progress and calibration in a cohort: its trainers and administrators (others: 403/404)."""
    if not user_is_trainer(request.user):
        raise PermissionDenied
    obj = get_object_or_404(cohorts_visible(user=request.user), pk=cohort)
    return render(
        request, "peerreview/cohort_report.html", {"cohort": obj, "rows": selectors.cohort_progress(cohort=obj)}
    )
