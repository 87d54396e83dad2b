"""Names and Role Provisioning: a course's roster fills a cohort, the instructor who asks being its trainer.

Enrolment in the LMS course is the consent that our invitations ask for elsewhere (ADR 0148, ADR 0174): the
platform's administrators enrolled these learners and the course placed our tool, so members are added directly.
Learners are linked by (issuer, user_id) like a launch, and get an account from their name and email when new.
Who the roster added is recorded (RosterMember): a later sync removes those no longer in the roster, and only them,
so a teacher who joined the cohort another way (code, CSV, a trainer) stays (ADR 0174).
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.roles import Role
from cohorts.models import CohortMembership, JoinMethod
from cohorts.services import CohortError, cohort_create, cohort_member_remove

from .models import AccountLink, Context, RosterMember
from .services import account_new
from .services_client import ServiceError, service_call

NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
NRPS_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"
MAX_PAGES = 200  # a runaway "next" link stops here


class RosterError(Exception):
    pass


@dataclass(frozen=True)
class RosterResult:
    learners: int
    added: int
    accounts_created: int
    removed: int = 0


def can_sync(*, context: Context) -> bool:
    return bool(context.memberships_url) and context.platform.instructors_are_trainers


def _members(context: Context) -> list[dict]:
    members, url, pages = [], context.memberships_url, 0
    while url and pages < MAX_PAGES:
        response = service_call(
            platform=context.platform, scopes=[NRPS_SCOPE], method="GET", url=url, headers={"Accept": NRPS_TYPE}
        )
        members += response.json().get("members") or []
        url = urljoin(url, response.links["next"]["url"]) if "next" in response.links else ""
        pages += 1
    return members


def _is_learner(member: dict) -> bool:
    return any(str(role).endswith("#Learner") or str(role) == "Learner" for role in member.get("roles") or [])


def roster_sync(*, context: Context, trainer) -> RosterResult:
    if not can_sync(context=context):
        raise RosterError(_("This course's platform does not share its roster with trainers here."))
    if not trainer.groups.filter(name=Role.TRAINER.value).exists():
        raise RosterError(_("Only a trainer can fill a cohort from a course roster."))
    try:
        members = [m for m in _members(context) if _is_learner(m) and m.get("status", "Active") == "Active"]
    except (ServiceError, ValueError) as error:
        raise RosterError(_("The learning platform did not send the roster; try again in a moment.")) from error
    issuer, created = context.platform.issuer, 0
    with transaction.atomic():
        context = Context.objects.select_for_update().get(pk=context.pk)
        if context.cohort is None:
            try:
                context.cohort = cohort_create(name=context.title or context.context_id, trainer=trainer)
            except CohortError as error:
                raise RosterError(str(error)) from error
            context.save(update_fields=["cohort"])
        elif not context.cohort.trainers.filter(pk=trainer.pk).exists():
            context.cohort.trainers.add(trainer)
        links = {
            link.subject: link
            for link in AccountLink.objects.filter(issuer=issuer, subject__in=[str(m["user_id"]) for m in members])
        }
        users = []
        for member in members:
            subject = str(member["user_id"])
            link = links.get(subject)
            if link is None:
                user = account_new(claims=member, issuer=issuer)
                link = AccountLink.objects.create(issuer=issuer, subject=subject, user=user, platform=context.platform)
                created += 1
            users.append(link.user)
        already = set(
            CohortMembership.objects.filter(cohort=context.cohort, user__in=users).values_list("user_id", flat=True)
        )
        # The platform's enrolment is the consent (module docstring); "added" is how the cohort records it.
        new = [
            CohortMembership(cohort=context.cohort, user=u, method=JoinMethod.ADDED)
            for u in users
            if u.pk not in already
        ]
        CohortMembership.objects.bulk_create(new, ignore_conflicts=True)
        RosterMember.objects.bulk_create(
            [RosterMember(context=context, user=m.user) for m in new], ignore_conflicts=True
        )
        # Those this roster added who left the course leave the cohort; anyone who joined another way has no row.
        left = list(
            RosterMember.objects.filter(context=context)
            .exclude(user__in=[u.pk for u in users])
            .values_list("user_id", flat=True)
        )
        for user_id in left:
            cohort_member_remove(cohort=context.cohort, user_id=user_id)
        RosterMember.objects.filter(context=context, user_id__in=left).delete()
    return RosterResult(learners=len(members), added=len(new), accounts_created=created, removed=len(left))
