"""Mentoring pages: a cohort's shared portfolio, its mentor groups (trainers), a mentor's mentees and notes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from accounts.models import User
from cohorts.models import Cohort, CohortMembership

from . import selectors, services
from .forms import MentorGroupForm, NoteForm
from .models import Artefact, Visibility
from .permissions import is_administrator, mentors_teacher


def _cohort_for_reader(request: HttpRequest, pk: int) -> Cohort:
    """Members, trainers and administrators read a cohort's shared portfolio; others get a 404."""
    user = request.user
    cohort = get_object_or_404(Cohort.objects.select_related("target_level"), pk=pk)
    if (
        is_administrator(user)
        or cohort.trainers.filter(pk=user.pk).exists()
        or CohortMembership.objects.filter(cohort=cohort, user=user).exists()
    ):
        return cohort
    raise Http404("No such cohort.")


@require_GET
@login_required
def cohort_portfolio(request: HttpRequest, pk: int) -> HttpResponse:
    """The cohort's shared evidence; for its trainers (and administrators) also what was hidden after a report,
    with the reports waiting for them."""
    cohort = _cohort_for_reader(request, pk)
    moderates = is_administrator(request.user) or cohort.trainers.filter(pk=request.user.pk).exists()
    return render(
        request,
        "portfolio/cohort.html",
        {
            "cohort": cohort,
            "artefacts": selectors.cohort_artefacts(cohort=cohort, with_hidden=moderates),
            "reported": selectors.reported_artefacts(cohort=cohort) if moderates else [],
            "reported_messages": selectors.reported_messages(cohort=cohort) if moderates else [],
        },
    )


@login_required
def cohort_mentors(request: HttpRequest, pk: int) -> HttpResponse:
    """The cohort's mentor groups; its trainers (and administrators) set them up."""
    cohort = get_object_or_404(Cohort.objects.select_related("target_level"), pk=pk)
    if not (is_administrator(request.user) or cohort.trainers.filter(pk=request.user.pk).exists()):
        if CohortMembership.objects.filter(cohort=cohort, user=request.user).exists():
            raise PermissionDenied
        raise Http404("No such cohort.")
    form = MentorGroupForm(request.POST or None, cohort=cohort, mentors=selectors.mentor_candidates(cohort=cohort))
    if request.method == "POST" and form.is_valid():
        try:
            services.mentor_group_create(
                cohort=cohort,
                mentor=form.cleaned_data["mentor"],
                teachers=form.cleaned_data["teachers"],
                by=request.user,
            )
        except services.PortfolioError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Mentor group saved."))
            return redirect("portfolio:cohort_mentors", pk=cohort.pk)
    return render(
        request,
        "portfolio/cohort_mentors.html",
        {"cohort": cohort, "groups": selectors.groups_of_cohort(cohort=cohort), "form": form},
        status=400 if form.errors else 200,
    )


@require_GET
@login_required
def mentoring(request: HttpRequest) -> HttpResponse:
    return render(request, "portfolio/mentoring.html", {"groups": selectors.groups_mentored(mentor=request.user)})


@login_required
def mentee(request: HttpRequest, user_id: int) -> HttpResponse:
    """One mentee: their shared artefacts, and the mentor's notes about them (written here)."""
    if not mentors_teacher(mentor=request.user, teacher_id=user_id):
        raise Http404("No such mentee.")
    teacher = get_object_or_404(User, pk=user_id)
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.mentor_note_save(
            mentor=request.user,
            teacher=teacher,
            body=form.cleaned_data["body"],
            competency=form.cleaned_data["competency"],
        )
        messages.success(request, _("Note saved: the teacher sees it on their competency page."))
        return redirect("portfolio:mentee", user_id=teacher.pk)
    artefacts = (
        Artefact.objects.filter(owner=teacher)
        .filter(~Q(visibility=Visibility.PRIVATE))
        .exclude(visibility=Visibility.COHORT, reported_hidden_at__isnull=False)  # hidden after a report
        .prefetch_related("competencies")
        .defer("text")
    )
    return render(
        request,
        "portfolio/mentee.html",
        {
            "teacher": teacher,
            "artefacts": list(artefacts),
            "notes": selectors.notes_by(mentor=request.user, teacher=teacher),
            "form": form,
        },
    )
