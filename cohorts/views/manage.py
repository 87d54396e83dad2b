"""Trainers create cohorts and add teachers; teachers join with a code or link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from accounts.models import User
from enrolment.selectors import invitations_of_cohort
from enrolment.services import cohort_invite_by_email

from .. import services
from ..forms import AddMembersForm, CohortForm, ImportMembersForm, JoinForm
from ..models import Cohort, JoinMethod, join_code_normalise
from ..permissions import can_manage_cohorts, cohorts_visible, is_administrator
from ..selectors.cohort import cohort_members
from .common import cohort_view


@login_required
def cohort_list(request):
    if not can_manage_cohorts(request.user):
        raise PermissionDenied
    cohorts = cohorts_visible(user=request.user).prefetch_related("trainers").order_by("name")
    from django.db.models import Count

    cohorts = cohorts.annotate(size=Count("memberships", distinct=True))
    return render(request, "cohorts/cohort_list.html", {"cohorts": cohorts})


@login_required
def cohort_create(request):
    if not can_manage_cohorts(request.user):
        raise PermissionDenied
    form = CohortForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        cohort = services.cohort_create(
            name=data.pop("name"), description=data.pop("description"), trainer=request.user, **data
        )
        messages.success(request, _("Cohort created. Add teachers below."))
        return redirect(cohort)
    return render(request, "cohorts/cohort_form.html", {"form": form})


@cohort_view
def cohort_detail(request, cohort: Cohort):
    members = User.objects.filter(pk__in=cohort_members(cohort=cohort)).order_by("username")
    return render(
        request,
        "cohorts/cohort_detail.html",
        {
            "cohort": cohort,
            "members": members,
            "add_form": AddMembersForm(),
            "import_form": ImportMembersForm(),
            "join_link": request.build_absolute_uri(cohort.join_url),
            "trainers": list(cohort.trainers.all()),
            "modules": list(cohort.modules.all()),
            "invitations": list(invitations_of_cohort(cohort=cohort)[:500]),
            "administrator": is_administrator(request.user),
        },
    )


@cohort_view
def cohort_edit(request, cohort: Cohort):
    form = CohortForm(request.POST or None, instance=cohort)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        services.cohort_update(cohort=cohort, **data)
        messages.success(request, _("Cohort saved."))
        return redirect(cohort)
    return render(request, "cohorts/cohort_form.html", {"form": form, "cohort": cohort})


def _invitations_sent(request, count: int) -> None:
    # The same words whether the addresses had accounts or not: the answer tells nothing about who is registered.
    messages.success(
        request,
        ngettext(
            "%(count)d invitation sent: the teacher joins the cohort on accepting it.",
            "%(count)d invitations sent: teachers join the cohort on accepting them.",
            count,
        )
        % {"count": count},
    )


@require_POST
@cohort_view
def members_add(request, cohort: Cohort):
    """An administrator adds directly; a trainer invites, and the teacher joins on accepting (ADR 0148)."""
    form = AddMembersForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Type at least one username or email."))
        return redirect(cohort)
    identifiers = form.cleaned_data["identifiers"]
    try:
        if is_administrator(request.user):
            added = services.cohort_members_add(cohort=cohort, identifiers=identifiers)
            messages.success(request, _("%(n)d teacher(s) added.") % {"n": added})
        else:
            sent = cohort_invite_by_email(
                cohort=cohort, lines=[(None, i) for i in identifiers], by=request.user, method=JoinMethod.ADDED
            )
            _invitations_sent(request, sent)
    except services.CohortError as exc:
        messages.error(request, str(exc))
    return redirect(cohort)


@require_POST
@cohort_view
def members_import(request, cohort: Cohort):
    form = ImportMembersForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a CSV file to import."))
        return redirect(cohort)
    data = form.cleaned_data["file"].read(services.cohorts.MAX_CSV_BYTES + 1)
    try:
        if is_administrator(request.user):
            added = services.cohort_members_import_csv(cohort=cohort, data=data)
            messages.success(request, _("%(n)d teacher(s) added from the file.") % {"n": added})
        else:
            lines = services.csv_identifiers(data=data)
            sent = cohort_invite_by_email(cohort=cohort, lines=lines, by=request.user, method=JoinMethod.CSV)
            _invitations_sent(request, sent)
    except services.CohortError as exc:
        messages.error(request, str(exc))
    return redirect(cohort)


@require_POST
@cohort_view
def member_remove(request, cohort: Cohort, user_id: int):
    services.cohort_member_remove(cohort=cohort, user_id=user_id)
    messages.success(request, _("Teacher removed from the cohort."))
    return redirect(cohort)


@require_POST
@cohort_view
def join_code_renew(request, cohort: Cohort):
    services.cohort_join_code_renew(cohort=cohort)
    messages.success(request, _("New join code made; the old code and link no longer work."))
    return redirect(cohort)


@login_required
def join(request, code: str = ""):
    """GET shows the cohort to confirm; POST joins. Works from the link or with a typed code."""
    form = JoinForm(request.POST or None, initial={"code": code})
    cohort = Cohort.objects.filter(join_code=join_code_normalise(code), join_open=True).first() if code else None
    if request.method == "POST" and form.is_valid():
        try:
            cohort = services.cohort_join(code=form.cleaned_data["code"], user=request.user)
        except services.CohortError as exc:
            form.add_error("code", str(exc))
        else:
            messages.success(request, _("You joined “%(name)s”.") % {"name": cohort.name})
            return redirect("cms:my_learning")
    status = 404 if code and cohort is None and request.method == "GET" else 200
    return render(request, "cohorts/join.html", {"form": form, "cohort": cohort, "code": code}, status=status)
