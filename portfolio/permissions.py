"""Who may open an artefact, its files and its thread (ADR 0201). Refusals are 404s in the views: nobody learns
which artefacts exist.

| artefact is…   | owner | cohort member | cohort trainer | mentor | reviewer | administrator | other teacher |
|----------------|-------|---------------|----------------|--------|----------|---------------|---------------|
| private        | yes   | no            | no             | no     | no       | no            | no            |
| cohort         | yes   | yes           | yes            | yes    | no       | yes           | no            |
| submitted      | yes   | no            | yes            | yes    | yes      | yes           | no            |

The thread (owner ↔ mentor) is read and written by the owner and the owner's mentors, on any artefact but a private
one; administrators read it.

A peer assigned to review the answer an artefact was submitted with (assigned or done, not expired; ADR 0209) opens
its files only, anonymously: the light photo and any other kind's file, under a neutral name; never its page (which
names the owner), nor a photo's original (which keeps its metadata). `artefact_file_access` says which.
"""

from accounts.roles import Role
from assessments.attachments import answer_read_anonymously
from cohorts.models import CohortMembership

from .models import Artefact, MentorGroupMember, Visibility


def _roles(user) -> set[str]:
    cached = getattr(user, "_portfolio_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        if user.is_superuser:
            cached.add(Role.ADMINISTRATOR.value)
        user._portfolio_roles = cached
    return cached


def is_administrator(user) -> bool:
    return user.is_authenticated and Role.ADMINISTRATOR.value in _roles(user)


def is_trainer(user) -> bool:
    return user.is_authenticated and Role.TRAINER.value in _roles(user)


def mentors_teacher(*, mentor, teacher_id: int) -> bool:
    return MentorGroupMember.objects.filter(group__mentor=mentor, teacher_id=teacher_id).exists()


def trains_teacher(*, trainer, teacher_id: int) -> bool:
    return CohortMembership.objects.filter(cohort__trainers=trainer, user_id=teacher_id).exists()


def shares_cohort(*, user, teacher_id: int) -> bool:
    return CohortMembership.objects.filter(
        user_id=teacher_id, cohort__in=CohortMembership.objects.filter(user=user).values("cohort")
    ).exists()


def artefact_readable(*, user, artefact: Artefact) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if artefact.owner_id == user.pk:
        return True
    if artefact.visibility == Visibility.PRIVATE:
        return False
    if is_administrator(user):
        return True
    owner = artefact.owner_id
    if artefact.visibility == Visibility.COHORT and artefact.reported_hidden_at is not None:
        # Hidden after a report: the owner's trainers decide; the cohort (mentors included) no longer sees it.
        return is_trainer(user) and trains_teacher(trainer=user, teacher_id=owner)
    if mentors_teacher(mentor=user, teacher_id=owner):
        return True
    if is_trainer(user) and trains_teacher(trainer=user, teacher_id=owner):
        return True
    if artefact.visibility == Visibility.COHORT:
        return shares_cohort(user=user, teacher_id=owner)
    # Submitted with an answer: whoever may read the answer's file (its trainers and administrators, above; not
    # content reviewers, ADR 0147 as amended). Assigned peers open it anonymously through peerreview (ADR 0209).
    return False


def thread_readable(*, user, artefact: Artefact) -> bool:
    if not user.is_authenticated or not user.is_active or artefact.visibility == Visibility.PRIVATE:
        return False
    if artefact.owner_id == user.pk or is_administrator(user):
        return True
    return mentors_teacher(mentor=user, teacher_id=artefact.owner_id)


def thread_writable(*, user, artefact: Artefact) -> bool:
    if not user.is_authenticated or not user.is_active or artefact.visibility == Visibility.PRIVATE:
        return False
    if artefact.owner_id == user.pk:
        # A thread is a conversation with a mentor: without one, nobody would read it.
        return MentorGroupMember.objects.filter(teacher_id=user.pk).exists()
    return mentors_teacher(mentor=user, teacher_id=artefact.owner_id)


FULL = "full"
PEER = "peer"


def artefact_peer_readable(*, user, artefact: Artefact) -> bool:
    """A peer assigned to review the answer the artefact is submitted with (peerreview vouches, through assessments'
    reader seam): its files, anonymously."""
    return (
        artefact.visibility == Visibility.SUBMITTED
        and artefact.answer_id is not None
        and answer_read_anonymously(user=user, answer_id=artefact.answer_id)
    )


def artefact_file_access(*, user, artefact: Artefact) -> str | None:
    """How `user` opens the artefact's files: FULL (whoever reads the artefact), PEER (an anonymous peer reviewer)
    or None (404)."""
    if artefact_readable(user=user, artefact=artefact):
        return FULL
    if artefact_peer_readable(user=user, artefact=artefact):
        return PEER
    return None


def artefact_reportable(*, user, artefact: Artefact) -> bool:
    """A cohort member (not the owner) who sees an artefact shared with the cohort may report it."""
    return (
        artefact.visibility == Visibility.COHORT
        and artefact.reported_hidden_at is None
        and artefact.owner_id != user.pk
        and artefact_readable(user=user, artefact=artefact)
        and shares_cohort(user=user, teacher_id=artefact.owner_id)
    )


def artefact_moderatable(*, user, artefact: Artefact) -> bool:
    """A trainer of a cohort the owner belongs to, or an administrator, restores a reported artefact or keeps it
    hidden."""
    if not user.is_authenticated or not user.is_active or artefact.owner_id == user.pk:
        return False
    return is_administrator(user) or (is_trainer(user) and trains_teacher(trainer=user, teacher_id=artefact.owner_id))


def message_reportable(*, user, message) -> bool:
    """The other side of the thread (the owner, or one of their mentors) may report a message it did not write."""
    artefact = message.artefact
    return (
        message.hidden_at is None
        and message.author_id != user.pk
        and not is_administrator(user)
        and (artefact.owner_id == user.pk or mentors_teacher(mentor=user, teacher_id=artefact.owner_id))
        and thread_readable(user=user, artefact=artefact)
    )
