"""Trainer pages: the review queue, grading with a rubric, item statistics, question import."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from assessments import selectors, services
from assessments.attachments import answer_attachments
from assessments.forms import ImportForm, ReviewForm, response_display
from assessments.grading import graded_by_trainer
from assessments.importers import ImportFailed, questions_import
from assessments.models import Answer
from assessments.permissions import answer_file_readable, user_is_trainer


def trainer_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not user_is_trainer(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@trainer_required
def review_queue(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "assessments/review_queue.html",
        {"pending": selectors.review_queue(), "recent": selectors.reviews_recent()},
    )


@trainer_required
def review_answer(request: HttpRequest, answer: int) -> HttpResponse:
    obj = get_object_or_404(Answer.objects.select_related("attempt__assessment", "attempt__user"), pk=answer)
    question = obj.attempt.questions[obj.position]
    if not graded_by_trainer(question):
        raise Http404
    form = ReviewForm(request.POST or None)
    rubric = question.get("rubric")
    if request.method == "POST" and form.is_valid():
        levels = {
            str(c["id"]): request.POST.get(f"criterion-{c['id']}", "") for c in (rubric or {}).get("criteria", [])
        }
        try:
            services.review_record(
                answer=obj,
                reviewer=request.user,
                levels=levels,
                feedback=form.cleaned_data["feedback"],
                holistic_score=form.cleaned_data["holistic_score"],
            )
        except services.AssessmentError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Grade recorded."))
            return redirect("assessments:review_queue")
    return render(
        request,
        "assessments/review_answer.html",
        {
            "answer": obj,
            "attempt": obj.attempt,
            "question": question,
            "rubric": rubric,
            "rubric_rows": [
                {"criterion": c, "cells": list(zip(rubric["levels"], c["descriptors"], strict=False))}
                for c in rubric["criteria"]
            ]
            if rubric
            else [],
            "text": response_display(question, obj.response),
            "form": form,
            "reviews": selectors.reviews_for_answer(answer=obj),
            "file_readable": answer_file_readable(user=request.user, owner_id=obj.attempt.user_id),
            "attachments": answer_attachments(answer=obj, user=request.user),  # e.g. portfolio artefacts
        },
    )


@trainer_required
def item_statistics(request: HttpRequest, slug: str) -> HttpResponse:
    assessment = selectors.assessment_get(slug=slug)
    if assessment is None:
        raise Http404
    return render(
        request,
        "assessments/item_statistics.html",
        {"assessment": assessment, "stats": selectors.item_statistics(assessment=assessment)},
    )


@trainer_required
def statistics_index(request: HttpRequest) -> HttpResponse:
    return render(request, "assessments/statistics_index.html", {"assessments": selectors.assessment_list()})


@trainer_required
def import_questions(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
            created = questions_import(
                text=text, fmt=form.cleaned_data["format"], competency_code=form.cleaned_data["competency"]
            )
        except UnicodeDecodeError:
            errors = [_("The file is not UTF-8 text.")]
        except ImportFailed as exc:
            errors = exc.errors
        else:
            messages.success(request, _("Imported %(n)d questions.") % {"n": len(created)})
            return redirect(request.path)
    return render(request, "assessments/import.html", {"form": form, "errors": errors})
