"""Reads: threads of a place, a thread's posts, the moderation queue, counts for pages and the overview."""

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from accounts.roles import Role

from .models import Post, Report, Thread
from .permissions import MODERATE, Place, is_administrator
from .services import count_cache_key

FORMER_MEMBER_PREFIX = "former-member-"  # accounts.personal_data.pseudonym


def author_name(user) -> str:
    """An erased account's posts stay, by "a former member" (its pseudonym names nobody, but reads badly)."""
    if user is None or user.username.startswith(FORMER_MEMBER_PREFIX):
        return gettext("a former member")
    return user.display_name


def threads_of(*, place: Place) -> QuerySet[Thread]:
    return Thread.objects.filter(**place.filter()).select_related("author")


def place_post_count(*, place: Place) -> int:
    """Visible posts in a place, cached until a post is added, hidden or restored there (page links: no query)."""
    key = count_cache_key(place)
    count = cache.get(key)
    if count is None:
        count = sum(threads_of(place=place).values_list("post_count", flat=True))
        cache.set(key, count, 24 * 3600)
    return count


@dataclass
class PostView:
    post: Post
    replies: list


def thread_posts(*, thread: Thread, top_level: QuerySet | list) -> list[PostView]:
    """A page of top-level posts with all their replies: two queries whatever the number of posts."""
    top = list(top_level)
    replies: dict[int, list] = {p.pk: [] for p in top}
    for reply in Post.objects.filter(thread=thread, parent_id__in=list(replies)).select_related("author"):
        replies[reply.parent_id].append(reply)
    return [PostView(post=p, replies=replies[p.pk]) for p in top]


def top_level_posts(*, thread: Thread) -> QuerySet[Post]:
    return Post.objects.filter(thread=thread, parent__isnull=True).select_related("author")


def moderation_queue(*, user) -> QuerySet[Post]:
    """Posts with open reports, or hidden by reports, in the discussions `user` moderates; most reported first."""
    open_reports = Count("reports", filter=Q(reports__resolved_at__isnull=True))
    posts = Post.objects.annotate(open_reports=open_reports).filter(
        Q(open_reports__gt=0) | Q(hidden_at__isnull=False, hidden_by__isnull=True)
    )
    if not is_administrator(user):
        mine = Q(thread__cohort__trainers=user)
        if user.has_perm(MODERATE):
            mine |= Q(thread__cohort__isnull=True)
        posts = posts.filter(mine)
    return posts.select_related("thread", "author").order_by("-open_reports", "created_at")


def reports_of(*, posts: list[Post]) -> dict[int, list[Report]]:
    by_post: dict[int, list[Report]] = {p.pk: [] for p in posts}
    for report in Report.objects.filter(post__in=posts, resolved_at__isnull=True):
        by_post[report.post_id].append(report)
    return by_post


def cohorts_discussed(*, user):
    """The cohorts whose discussion `user` can open: those they belong to or train (all, for administrators)."""
    from cohorts.models import Cohort

    if is_administrator(user):
        return Cohort.objects.order_by("name")
    return Cohort.objects.filter(Q(trainers=user) | Q(memberships__user=user)).distinct().order_by("name")


ACTIVE_DAYS = 30
SMALL_CELL = 5  # the programme overview's rule (ADR 0090): fewer than 5 people is never shown as a number


@dataclass(frozen=True)
class CommunityFigures:
    active_communities: int | None  # None: fewer than SMALL_CELL
    posts: int | None
    posters: int | None


def community_figures(*, country: str | None = None, region: str | None = None, now=None) -> CommunityFigures:
    """Places (a module, lesson or cohort) with a visible post in the last 30 days, their posts and distinct
    posters, among teachers of a country/region. No individual is named; under 5 posters nothing is shown as a
    number, and then neither are the other two figures (they could be worked back)."""
    since = (now or timezone.now()) - timedelta(days=ACTIVE_DAYS)
    posts = Post.objects.filter(created_at__gte=since, hidden_at__isnull=True, author__groups__name=Role.TEACHER.value)
    if country:
        posts = posts.filter(author__country=country)
    if region:
        posts = posts.filter(author__region=region)
    figures = posts.aggregate(
        posts=Count("pk", distinct=True),
        posters=Count("author", distinct=True),
        pages=Count("thread__page", distinct=True),
        cohorts=Count("thread__cohort", distinct=True),
    )
    if figures["posters"] < SMALL_CELL:
        return CommunityFigures(active_communities=None, posts=None, posters=None)
    return CommunityFigures(
        active_communities=figures["pages"] + figures["cohorts"], posts=figures["posts"], posters=figures["posters"]
    )
