"""What the LTI tool holds about a person: the links from a platform's person (issuer + subject) to their account,
and the scores sent back for them (privacy.registry, ADR 0151). Erasing removes the links (the platform's person
then opens a new, empty account) and with them the grade targets and deliveries, and the record of which course
rosters added them to a cohort."""

from .models import AccountLink, RosterMember, ScoreDelivery


def export(*, user) -> dict[str, list[dict]]:
    return {
        "lti_account_links": list(
            AccountLink.objects.filter(user=user).values("issuer", "subject", "created_at", "last_launch_at")
        ),
        "lti_scores_sent": list(
            ScoreDelivery.objects.filter(target__link__user=user).values(
                "target__resource_link__platform__issuer", "attempt__uuid", "sent_at", "tries"
            )
        ),
        "lti_added_by_course_roster": list(
            RosterMember.objects.filter(user=user).values("context__platform__issuer", "context__title", "added_at")
        ),
    }


def erase(*, user) -> dict[str, int]:
    deliveries = ScoreDelivery.objects.filter(target__link__user=user).delete()[1].get("lti.ScoreDelivery", 0)
    roster = RosterMember.objects.filter(user=user).delete()[0]
    counts = AccountLink.objects.filter(user=user).delete()[1]
    return {
        "lti_account_links": counts.get("lti.AccountLink", 0),
        "lti_scores_sent": deliveries,
        "lti_added_by_course_roster": roster,
    }
