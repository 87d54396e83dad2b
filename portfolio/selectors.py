"""Reads: portfolios, what is shared with a person, threads, mentor groups and notes."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from cohorts.models import CohortMembership

from .models import Artefact, MentorGroup, MentorGroupMember, MentorNote, Message, Visibility
from .permissions import is_administrator

SHARED_LIMIT = 50  # a page a phone on 2G can carry; older ones stay on the cohort's page


def mentor_of(*, mentor, teacher) -> bool:
    """Whether `mentor` mentors (or mentored: the group still stands) `teacher`. For endorsements (certificates)."""
    return MentorGroupMember.objects.filter(group__mentor=mentor, teacher=teacher).exists()


def person_label(user) -> str:
    """How a post's author is named: an erased or deleted account is "a former member", never its pseudonym."""
    if user is None or (not user.is_active and user.username.startswith("former-member-")):
        return _("a former member")
    return user.display_name


def _listed(qs: QuerySet[Artefact]) -> QuerySet[Artefact]:
    return qs.select_related("owner").prefetch_related("competencies").defer("text")


def artefacts_of(*, owner) -> list[Artefact]:
    return list(_listed(Artefact.objects.filter(owner=owner)))


def artefacts_shared_with(*, user) -> list[Artefact]:
    """Others' artefacts `user` may open, newest first: their cohorts' shared ones, their mentees' and, for a
    trainer, their cohorts' teachers' submitted ones."""
    if not user.is_authenticated:
        return []
    my_cohorts = CohortMembership.objects.filter(user=user).values("cohort")
    cohort_peers = CohortMembership.objects.filter(cohort__in=my_cohorts).values("user")
    trained = CohortMembership.objects.filter(cohort__trainers=user).values("user")
    mentees = MentorGroupMember.objects.filter(group__mentor=user).values("teacher")
    shown = (
        Q(visibility=Visibility.COHORT, owner__in=cohort_peers, reported_hidden_at=None)
        | (~Q(visibility=Visibility.PRIVATE) & Q(owner__in=trained))
        | (
            ~Q(visibility=Visibility.PRIVATE)
            & Q(owner__in=mentees)
            & ~Q(visibility=Visibility.COHORT, reported_hidden_at__isnull=False)
        )
    )
    if is_administrator(user):
        shown = ~Q(visibility=Visibility.PRIVATE)
    qs = Artefact.objects.filter(shown).exclude(owner=user)
    return list(_listed(qs)[:SHARED_LIMIT])


def cohort_artefacts(*, cohort, with_hidden: bool = False) -> list[Artefact]:
    """What the cohort shared; artefacts hidden after a report only for its trainers (`with_hidden`)."""
    members = CohortMembership.objects.filter(cohort=cohort).values("user")
    qs = Artefact.objects.filter(owner__in=members, visibility=Visibility.COHORT)
    if not with_hidden:
        qs = qs.filter(reported_hidden_at=None)
    return list(_listed(qs)[:SHARED_LIMIT])


def reported_artefacts(*, cohort) -> list[Artefact]:
    """The cohort's shared artefacts with open reports, for its trainers; each carries `open_reports`."""
    from django.db.models import Exists, OuterRef

    from .models import ArtefactReport

    members = CohortMembership.objects.filter(cohort=cohort).values("user")
    open_reports = ArtefactReport.objects.filter(artefact=OuterRef("pk"), resolved_at=None)
    artefacts = list(
        _listed(Artefact.objects.filter(Exists(open_reports), owner__in=members, visibility=Visibility.COHORT))
    )
    reports: dict[int, list] = {a.pk: [] for a in artefacts}
    for report in ArtefactReport.objects.filter(artefact__in=artefacts, resolved_at=None):
        reports[report.artefact_id].append(report)
    for artefact in artefacts:
        artefact.open_reports = reports[artefact.pk]
    return artefacts


def reported_messages(*, cohort) -> list[Message]:
    """Mentor-thread messages with open reports, on artefacts of the cohort's members, for its trainers; each
    carries `open_reports`."""
    from django.db.models import Exists, OuterRef

    from .models import MessageReport

    members = CohortMembership.objects.filter(cohort=cohort).values("user")
    open_reports = MessageReport.objects.filter(message=OuterRef("pk"), resolved_at=None)
    found = list(
        Message.objects.filter(Exists(open_reports), artefact__owner__in=members).select_related(
            "author", "artefact__owner"
        )
    )
    reports: dict[int, list] = {m.pk: [] for m in found}
    for report in MessageReport.objects.filter(message__in=found, resolved_at=None):
        reports[report.message_id].append(report)
    for message in found:
        message.open_reports = reports[message.pk]
    return found


def thread(*, artefact: Artefact) -> list[Message]:
    return list(artefact.messages.select_related("author"))


def groups_mentored(*, mentor) -> list[MentorGroup]:
    members = MentorGroupMember.objects.select_related("teacher").order_by("teacher__legal_name", "teacher_id")
    return list(
        MentorGroup.objects.filter(mentor=mentor)
        .select_related("cohort")
        .prefetch_related(Prefetch("members", queryset=members))
    )


def groups_of_cohort(*, cohort) -> list[MentorGroup]:
    members = MentorGroupMember.objects.select_related("teacher").order_by("teacher__legal_name", "teacher_id")
    return list(
        MentorGroup.objects.filter(cohort=cohort)
        .select_related("mentor")
        .prefetch_related(Prefetch("members", queryset=members))
    )


def mentors_of(*, teacher) -> list:
    return [g.mentor for g in MentorGroup.objects.filter(members__teacher=teacher).select_related("mentor")]


def notes_about(*, teacher) -> list[MentorNote]:
    """The notes a teacher's mentors wrote about them, overall first, then by competency."""
    notes = MentorNote.objects.filter(teacher=teacher).select_related("mentor", "competency")
    return sorted(notes, key=lambda n: (n.competency is not None, n.competency.code if n.competency else ""))


def notes_by(*, mentor, teacher) -> list[MentorNote]:
    return list(MentorNote.objects.filter(mentor=mentor, teacher=teacher).select_related("competency"))


def mentor_candidates(*, cohort):
    """Who may mentor in `cohort`: its trainers, and its teachers who attained a level above its target level."""
    from accounts.models import User
    from competency.models import LevelAttainment

    chosen = Q(pk__in=cohort.trainers.values("pk"))
    target = cohort.target_level
    if target is not None:
        higher = LevelAttainment.objects.filter(
            level__framework_id=target.framework_id, level__order__gt=target.order
        ).values("user")
        chosen |= Q(pk__in=CohortMembership.objects.filter(cohort=cohort, user__in=higher).values("user"))
    return User.objects.filter(chosen, is_active=True).order_by("legal_name", "username")


def cohorts_of(*, user) -> list:
    """The cohorts whose shared evidence `user` may browse (those they belong to or train), each with `trains`."""
    from django.db.models import Exists, OuterRef

    from cohorts.models import Cohort

    trains = Cohort.trainers.through.objects.filter(cohort_id=OuterRef("pk"), user_id=user.pk)
    return list(
        Cohort.objects.filter(Q(memberships__user=user) | Q(trainers=user))
        .distinct()
        .annotate(trains=Exists(trains))
        .order_by("name")
    )
