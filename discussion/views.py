"""Discussion pages: a place's threads, a thread, reports, moderation; plain forms, no JavaScript needed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.views import ratelimited

from . import selectors, services
from .forms import PostForm, ReportForm, ThreadForm
from .models import Post
from .permissions import can_moderate, can_read, cohort_place_or_404, page_place_or_404, thread_or_404

THREADS_PER_PAGE = 30
POSTS_PER_PAGE = 30


def _private_page(response):
    # The browser (and the offline service worker, which stores any page not marked no-store) may keep a copy to
    # read without a connection; it asks again when online. Never stored by shared caches: members only.
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _place_page(request, place):
    form = ThreadForm()
    if request.method == "POST":
        if services_flooding(request):
            return ratelimited(request)
        form = ThreadForm(request.POST)
        if form.is_valid():
            try:
                thread = services.thread_create(user=request.user, place=place, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("discussion:thread", pk=thread.pk)
    page = Paginator(selectors.threads_of(place=place), THREADS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"place": place, "page": page, "form": form, "moderator": can_moderate(user=request.user, place=place)}
    return _private_page(render(request, "discussion/place.html", context))


def services_flooding(request) -> bool:
    from .throttle import flooding

    return flooding(request, what="post")


@login_required
def page_threads(request, page_id: int):
    return _place_page(request, page_place_or_404(user=request.user, page_id=page_id))


@login_required
def cohort_threads(request, cohort_id: int):
    return _place_page(request, cohort_place_or_404(user=request.user, cohort_id=cohort_id))


@login_required
def thread_detail(request, pk: int):
    thread, place = thread_or_404(user=request.user, pk=pk)
    form = PostForm(initial={"parent": request.GET.get("reply") or None})
    if request.method == "POST":
        if services_flooding(request):
            return ratelimited(request)
        form = PostForm(request.POST)
        if form.is_valid():
            try:
                post = services.post_create(
                    user=request.user,
                    thread=thread,
                    place=place,
                    body=form.cleaned_data["body"],
                    parent_id=form.cleaned_data["parent"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(f"{request.path}?page=last#post-{post.pk}")
    paginator = Paginator(selectors.top_level_posts(thread=thread), POSTS_PER_PAGE)
    number = paginator.num_pages if request.GET.get("page") == "last" else request.GET.get("page")
    page = paginator.get_page(number)
    context = {
        "thread": thread,
        "place": place,
        "page": page,
        "posts": selectors.thread_posts(thread=thread, top_level=page.object_list),
        "form": form,
        "moderator": can_moderate(user=request.user, place=place),
        "can_mark_helpful": thread.author_id == request.user.pk,
    }
    return _private_page(render(request, "discussion/thread.html", context))


def _post_and_place(request, pk: int):
    post = get_object_or_404(Post.objects.select_related("thread", "thread__page", "thread__cohort"), pk=pk)
    place = services.place_of_post(post)
    if not can_read(user=request.user, place=place):
        raise Http404("No such post.")  # like a thread: a cohort's posts do not reveal that they exist
    return post, place


@require_POST
@login_required
def post_helpful(request, pk: int):
    post, place = _post_and_place(request, pk)
    services.post_helpful_toggle(user=request.user, post=post, place=place)
    return redirect(reverse("discussion:thread", args=[post.thread_id]) + f"#post-{post.pk}")


@require_POST
@login_required
def post_hide(request, pk: int):
    post, place = _post_and_place(request, pk)
    hide = request.POST.get("hide") != "0"
    services.post_hide(moderator=request.user, post=post, place=place, hide=hide, reason=request.POST.get("reason", ""))
    messages.success(request, _("The post is hidden.") if hide else _("The post is shown again."))
    if request.POST.get("back") == "queue":
        return redirect("discussion:moderation")
    return redirect("discussion:thread", pk=post.thread_id)


@login_required
def post_report(request, pk: int):
    post, place = _post_and_place(request, pk)
    if post.author_id == request.user.pk:
        raise PermissionDenied
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        from .throttle import flooding

        if flooding(request, what="report"):
            return ratelimited(request)
        if form.is_valid():
            services.post_report(user=request.user, post=post, place=place, **form.cleaned_data)
            messages.success(request, _("Thank you: a moderator will look at this post."))
            return redirect("discussion:thread", pk=post.thread_id)
    return render(request, "discussion/report.html", {"post": post, "form": form})


@require_POST
@login_required
def thread_lock(request, pk: int):
    thread, place = thread_or_404(user=request.user, pk=pk)
    lock = request.POST.get("lock") != "0"
    services.thread_lock(moderator=request.user, thread=thread, place=place, lock=lock)
    return redirect("discussion:thread", pk=thread.pk)


@login_required
def moderation(request):
    posts = selectors.moderation_queue(user=request.user)
    if not posts.exists() and not _may_moderate_anything(request.user):
        raise PermissionDenied
    page = Paginator(posts, 30).get_page(request.GET.get("page"))
    items = list(page.object_list)
    reports = selectors.reports_of(posts=items)
    rows = [(p, reports[p.pk]) for p in items]
    return render(request, "discussion/moderation.html", {"page": page, "rows": rows})


def _may_moderate_anything(user) -> bool:
    from .permissions import MODERATE, is_administrator

    return is_administrator(user) or user.has_perm(MODERATE) or user.cohorts_trained.exists()


@login_required
def index(request):
    """Entry point: the cohorts whose discussion the person can open."""
    cohorts = selectors.cohorts_discussed(user=request.user)
    return render(
        request,
        "discussion/index.html",
        {"cohorts": cohorts, "can_moderate": _may_moderate_anything(request.user)},
    )


@login_required
def overview(request):
    """Programme figures about the communities, for whoever reads the programme overview (administrators, regional
    officers in their scope): counts only, and none under the small-cell rule."""
    from cohorts.permissions import overview_scope

    scope = overview_scope(user=request.user)
    if scope is None:
        raise PermissionDenied
    figures = selectors.community_figures(country=scope.country, region=scope.region)
    context = {"figures": figures, "scope": scope, "days": selectors.ACTIVE_DAYS, "small": selectors.SMALL_CELL}
    return render(request, "discussion/overview.html", context)
