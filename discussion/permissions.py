"""Who reads, posts in and moderates a discussion (ADR 0191).

- Module and lesson discussions: every signed-in person who can read the page (it is live); moderated by holders of
  `discussion.moderate_post` (trainers and administrators by role; an administrator may give it to any group).
- Cohort discussions: the cohort's members and trainers, and administrators; moderated by the cohort's trainers
  and administrators. Anyone else gets a 404: a cohort's discussion does not reveal that it exists.
"""

from dataclasses import dataclass

from django.http import Http404
from django.urls import reverse

from accounts.roles import Role

from .models import PlaceKind, Thread

MODERATE = "discussion.moderate_post"


def is_administrator(user) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_discussion_admin", None)
    if cached is None:
        cached = user.is_superuser or user.groups.filter(name=Role.ADMINISTRATOR.value).exists()
        user._discussion_admin = cached
    return cached


@dataclass(frozen=True)
class Place:
    """Where threads live: a module or lesson page, or a cohort."""

    kind: str
    page: object = None
    cohort: object = None

    @property
    def title(self) -> str:
        return self.cohort.name if self.cohort is not None else self.page.title

    @property
    def url(self) -> str:
        if self.cohort is not None:
            return reverse("discussion:cohort", args=[self.cohort.pk])
        return reverse("discussion:page", args=[self.page.pk])

    def filter(self) -> dict:
        return {"cohort": self.cohort} if self.cohort is not None else {"page": self.page}


def place_of(thread: Thread) -> Place:
    return Place(kind=thread.place, page=thread.page, cohort=thread.cohort)


def page_place_or_404(*, user, page_id: int) -> Place:
    from wagtail.models import Page

    from cms.models import LessonPage, ModulePage

    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or not user.is_authenticated:
        raise Http404("No such discussion.")
    page = page.specific
    if isinstance(page, ModulePage):
        return Place(kind=PlaceKind.MODULE, page=page)
    if isinstance(page, LessonPage):
        return Place(kind=PlaceKind.LESSON, page=page)
    raise Http404("No such discussion.")


def cohort_role(*, user, cohort) -> str | None:
    """ "trainer", "member", "administrator" or None (a stranger)."""
    if not user.is_authenticated:
        return None
    if cohort.trainers.filter(pk=user.pk).exists():
        return "trainer"
    if is_administrator(user):
        return "administrator"
    if cohort.memberships.filter(user=user).exists():
        return "member"
    return None


def cohort_place_or_404(*, user, cohort_id: int) -> Place:
    from cohorts.models import Cohort

    cohort = Cohort.objects.filter(pk=cohort_id).first()
    if cohort is None or cohort_role(user=user, cohort=cohort) is None:
        raise Http404("No such discussion.")
    return Place(kind=PlaceKind.COHORT, cohort=cohort)


def can_read(*, user, place: Place) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if place.cohort is not None:
        return cohort_role(user=user, cohort=place.cohort) is not None
    return bool(place.page.live)


def can_moderate(*, user, place: Place) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if place.cohort is not None:
        return cohort_role(user=user, cohort=place.cohort) in ("trainer", "administrator")
    return is_administrator(user) or user.has_perm(MODERATE)


def thread_or_404(*, user, pk: int) -> tuple[Thread, Place]:
    thread = Thread.objects.select_related("page", "cohort", "author").filter(pk=pk).first()
    if thread is None:
        raise Http404("No such thread.")
    place = place_of(thread)
    if place.page is not None:
        place = Place(kind=place.kind, page=place.page.specific)
    if not can_read(user=user, place=place):
        raise Http404("No such thread.")
    return thread, place


def readers_among(*, place: Place, usernames: list[str]):
    """The accounts named in `usernames` who can read `place`: whom a mention may notify."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    users = get_user_model().objects.filter(username__in=usernames, is_active=True)
    if place.cohort is None:
        return users
    return users.filter(
        Q(cohort_memberships__cohort=place.cohort)
        | Q(pk__in=place.cohort.trainers.values("pk"))
        | Q(is_superuser=True)
        | Q(groups__name=Role.ADMINISTRATOR.value)
    ).distinct()
