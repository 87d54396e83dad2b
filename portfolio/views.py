"""Portfolio pages: thin views over services and selectors. A refusal is a 404 (nothing leaks about what exists)."""

import mimetypes
import re
from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments.models import Answer
from common.throttle import reporting_too_often
from common.views import ratelimited

from . import selectors, services
from .forms import ArtefactForm, MessageForm, ShareForm, SubmitForm
from .models import Artefact, Message, RenditionStatus, Visibility
from .permissions import (
    PEER,
    artefact_file_access,
    artefact_moderatable,
    artefact_readable,
    artefact_reportable,
    is_administrator,
    mentors_teacher,
    message_reportable,
    thread_readable,
    thread_writable,
)

# Shown in the page (the light photo, media players, PDFs); anything else downloads, so nothing runs as a page.
INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "text/plain"}


def _artefact_or_404(request: HttpRequest, artefact) -> Artefact:
    obj = Artefact.objects.select_related("owner").filter(uuid=artefact).first()
    if obj is None or not artefact_readable(user=request.user, artefact=obj):
        raise Http404("No such artefact.")
    return obj


def _file_of_or_404(request: HttpRequest, artefact) -> tuple[Artefact, bool]:
    """The artefact whose file is asked for, and whether it goes to an anonymous peer reviewer (ADR 0209)."""
    obj = Artefact.objects.filter(uuid=artefact).first()
    access = artefact_file_access(user=request.user, artefact=obj) if obj is not None else None
    if access is None:
        raise Http404("No such artefact.")
    return obj, access == PEER


def _own_or_404(request: HttpRequest, artefact) -> Artefact:
    return get_object_or_404(Artefact, uuid=artefact, owner=request.user)


@require_GET
@login_required
def mine(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portfolio/mine.html",
        {
            "artefacts": selectors.artefacts_of(owner=request.user),
            "shared": selectors.artefacts_shared_with(user=request.user),
            "mentoring": selectors.groups_mentored(mentor=request.user),
            "cohorts": selectors.cohorts_of(user=request.user),
        },
    )


@login_required
def new(request: HttpRequest) -> HttpResponse:
    form = ArtefactForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            artefact = services.artefact_create(
                owner=request.user,
                title=data["title"],
                kind=data["kind"],
                text=data["text"],
                upload=data["file"],
                competencies=data["competencies"],
                visibility=data["visibility"],
            )
        except services.PortfolioError as exc:
            form.add_error("file" if data.get("file") else None, str(exc))
        else:
            messages.success(request, _("Added to your portfolio."))
            return redirect(artefact)
    return render(request, "portfolio/new.html", {"form": form}, status=400 if form.errors else 200)


def _answers_to_submit(user) -> list[tuple[Answer, str]]:
    """The owner's saved extended-response answers of attempts not graded yet."""
    answers = (
        Answer.objects.filter(attempt__user=user, attempt__status__in=("in_progress", "awaiting_review"))
        .select_related("attempt__assessment")
        .order_by("-attempt__started_at", "position")
    )
    found = []
    for answer in answers:
        questions = answer.attempt.questions
        if answer.position < len(questions) and questions[answer.position].get("type") == "extended":
            label = _("%(assessment)s, question %(n)d") % {
                "assessment": answer.attempt.assessment.title,
                "n": answer.position + 1,
            }
            found.append((answer, label))
    return found


@require_GET
@login_required
def detail(request: HttpRequest, artefact) -> HttpResponse:
    obj = _artefact_or_404(request, artefact)
    mine = obj.owner_id == request.user.pk
    context = {
        "artefact": obj,
        "mine": mine,
        "competencies": list(obj.competencies.select_related("level")),
        "thread": selectors.thread(artefact=obj) if thread_readable(user=request.user, artefact=obj) else None,
        "can_write": thread_writable(user=request.user, artefact=obj),
        "message_form": MessageForm(),
        # The two sides of the thread (owner, mentors) may report what the other wrote; administrators only read.
        "reports_messages": not is_administrator(request.user)
        and (mine or mentors_teacher(mentor=request.user, teacher_id=obj.owner_id)),
        "can_report": artefact_reportable(user=request.user, artefact=obj),
        "can_moderate": obj.reported_hidden_at is not None and artefact_moderatable(user=request.user, artefact=obj),
    }
    if mine:
        context["share_form"] = ShareForm(
            initial={
                "visibility": obj.visibility if obj.visibility != Visibility.SUBMITTED else Visibility.COHORT,
                "competencies": context["competencies"],
            }
        )
        answers = _answers_to_submit(request.user)
        context["submit_form"] = SubmitForm(answers=answers) if answers else None
        context["submitted_to"] = obj.answer_id and next((label for a, label in answers if a.pk == obj.answer_id), "")
    return render(request, "portfolio/detail.html", context)


@require_POST
@login_required
def report(request: HttpRequest, artefact) -> HttpResponse:
    """A cohort member reports an artefact shared with the cohort: hidden from the cohort at once. Anyone who may
    not report it gets a 404."""
    obj = _artefact_or_404(request, artefact)
    if not artefact_reportable(user=request.user, artefact=obj):
        raise Http404("No such artefact.")
    if reporting_too_often(request, app="portfolio", setting="PORTFOLIO_REPORT_RATE"):
        return ratelimited(request)
    services.artefact_report(user=request.user, artefact=obj, note=request.POST.get("note", ""))
    messages.success(request, _("Thank you: the artefact is hidden from the cohort, and a trainer will look at it."))
    return redirect("portfolio:mine")


@require_POST
@login_required
def moderate(request: HttpRequest, artefact) -> HttpResponse:
    """A trainer of the owner's cohort (or an administrator) shows a reported artefact again or keeps it hidden."""
    obj = _artefact_or_404(request, artefact)
    if not artefact_moderatable(user=request.user, artefact=obj):
        raise Http404("No such artefact.")
    hide = request.POST.get("hide") != "0"
    services.artefact_moderate(moderator=request.user, artefact=obj, hide=hide, reason=request.POST.get("reason", ""))
    messages.success(request, _("The artefact stays hidden.") if hide else _("The artefact is shown again."))
    return redirect(obj)


def _message_or_404(request: HttpRequest, pk: int) -> Message:
    found = Message.objects.select_related("artefact__owner").filter(pk=pk).first()
    if found is None or not (
        thread_readable(user=request.user, artefact=found.artefact)
        or artefact_moderatable(user=request.user, artefact=found.artefact)
    ):
        raise Http404("No such message.")
    return found


@require_POST
@login_required
def message_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The other side of a mentor thread reports a message: hidden in the thread at once (others: 404)."""
    found = _message_or_404(request, pk)
    if not message_reportable(user=request.user, message=found):
        raise Http404("No such message.")
    if reporting_too_often(request, app="portfolio", setting="PORTFOLIO_REPORT_RATE"):
        return ratelimited(request)
    services.message_report(user=request.user, message=found, note=request.POST.get("note", ""))
    messages.success(request, _("Thank you: the message is hidden, and a trainer will look at it."))
    return redirect(found.artefact.get_absolute_url() + "#thread")


@require_POST
@login_required
def message_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    """A trainer of the owner's cohort (or an administrator) shows a reported message again or keeps it hidden."""
    found = _message_or_404(request, pk)
    if not artefact_moderatable(user=request.user, artefact=found.artefact):
        raise Http404("No such message.")
    hide = request.POST.get("hide") != "0"
    services.message_moderate(moderator=request.user, message=found, hide=hide, reason=request.POST.get("reason", ""))
    messages.success(request, _("The message stays hidden.") if hide else _("The message is shown again."))
    return redirect("portfolio:mine")


@require_POST
@login_required
def share(request: HttpRequest, artefact) -> HttpResponse:
    obj = _own_or_404(request, artefact)
    form = ShareForm(request.POST)
    if form.is_valid():
        services.artefact_share(
            artefact=obj,
            user=request.user,
            visibility=form.cleaned_data["visibility"],
            competencies=form.cleaned_data["competencies"],
        )
        messages.success(request, _("Saved."))
    else:
        messages.error(request, _("Choose who sees this artefact."))
    return redirect(obj)


@require_POST
@login_required
def submit(request: HttpRequest, artefact) -> HttpResponse:
    obj = _own_or_404(request, artefact)
    answers = _answers_to_submit(request.user)
    form = SubmitForm(request.POST, answers=answers)
    if not form.is_valid():
        raise Http404("No such answer.")
    answer = next(a for a, _label in answers if a.pk == form.cleaned_data["answer"])
    services.artefact_submit(artefact=obj, user=request.user, answer=answer)
    messages.success(request, _("Submitted with your answer: your trainer sees it when grading."))
    return redirect(obj)


@require_POST
@login_required
def delete(request: HttpRequest, artefact) -> HttpResponse:
    obj = _own_or_404(request, artefact)
    services.artefact_delete(artefact=obj, user=request.user)
    messages.success(request, _("Deleted from your portfolio."))
    return redirect("portfolio:mine")


@require_POST
@login_required
def message(request: HttpRequest, artefact) -> HttpResponse:
    obj = _artefact_or_404(request, artefact)
    form = MessageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a message first."))
        return redirect(obj)
    try:
        services.message_post(artefact=obj, author=request.user, body=form.cleaned_data["body"])
    except services.PortfolioError as exc:
        if not thread_writable(user=request.user, artefact=obj):
            raise Http404("No such thread.") from exc
        messages.error(request, str(exc))
        response = render(
            request,
            "portfolio/message_refused.html",
            {"artefact": obj, "reason": str(exc), "form": form},
            status=429,
        )
        return response
    return redirect(obj.get_absolute_url() + "#thread")


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_RANGE_MAX = 2 * 1024 * 1024  # a part held in memory at most; players ask again for the rest


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """One range of a Range header (players ask for one), clipped to the file; None for none or a bad one."""
    match = _RANGE.match(header.strip())
    if not match or size == 0 or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        start, end = max(0, size - int(last)), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    end = min(end, start + _RANGE_MAX - 1)
    return (start, end) if start <= end < size else None


def _file_response(request: HttpRequest, field, *, name: str, content_type: str) -> HttpResponse:
    try:
        handle = field.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    media = content_type.startswith(("video/", "audio/"))
    inline = content_type in INLINE_TYPES or media
    wanted = _byte_range(request.headers.get("Range", ""), field.size) if media else None
    if wanted is not None:
        # Video players (Safari's always) fetch in ranges, and a download cut on 2G resumes where it stopped.
        start, end = wanted
        handle.seek(start)
        data = handle.read(end - start + 1)
        handle.close()
        response = HttpResponse(data, status=206, content_type=content_type)
        response["Content-Range"] = f"bytes {start}-{end}/{field.size}"
    else:
        response = FileResponse(
            handle,
            as_attachment=not inline,
            filename=name,
            content_type=content_type if inline else "application/octet-stream",
        )
    if media:
        response["Accept-Ranges"] = "bytes"
    # Never cached by a shared cache, never run as a page: a file cannot script the site.
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
@login_required
def file(request: HttpRequest, artefact) -> HttpResponse:
    obj, peer = _file_of_or_404(request, artefact)
    # A peer reviewer gets the light version whenever there is one (a photo's always): the original keeps its
    # metadata (a school's GPS position, the camera's owner).
    light = bool(obj.rendition) and obj.rendition_status == RenditionStatus.READY
    if not obj.file or (peer and (obj.is_image or light)):
        raise Http404
    name = PurePosixPath(obj.file.name).name.split("-", 1)[-1]
    if peer:  # the name the owner gave the file may name them: the peer gets a neutral one
        name = obj.uuid.hex + PurePosixPath(name).suffix.lower()
    content_type = obj.content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return _file_response(request, obj.file, name=name, content_type=content_type)


_LIGHT_SUFFIXES = {"image/jpeg": ".jpg", "video/mp4": ".mp4", "audio/mp4": ".m4a"}


@require_GET
@login_required
def light(request: HttpRequest, artefact) -> HttpResponse:
    """The light version: a photo's JPEG, a video's MP4 or a recording's M4A (ADR 0200), in ranges like the
    original."""
    obj, _peer = _file_of_or_404(request, artefact)
    if not obj.rendition:
        raise Http404
    content_type = obj.rendition_content_type
    suffix = _LIGHT_SUFFIXES.get(content_type, "")
    return _file_response(request, obj.rendition, name=f"{obj.uuid.hex}{suffix}", content_type=content_type)


@require_GET
@login_required
def poster(request: HttpRequest, artefact) -> HttpResponse:
    """A video's still frame, which its player shows before anything plays: to whoever may open its light version."""
    obj, _peer = _file_of_or_404(request, artefact)
    if not obj.poster:
        raise Http404
    return _file_response(request, obj.poster, name=f"{obj.uuid.hex}-poster.jpg", content_type="image/jpeg")
