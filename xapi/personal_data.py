"""What xapi holds about a person, for the privacy export and erasure (privacy.registry, ADR 0151, ADR 0176).

The outbox names the teacher only by a pseudonymous account (a random UUID), never by e-mail or username, unless
the deployment set XAPI_ACTOR_MBOX. Statements already sent stay in the LRS, which this platform does not run: its
operator erases them on request, by the account name the export shows.
"""

from .models import LearnerAccount, OutboxStatement


def export(*, user) -> dict[str, list[dict]]:
    return {
        "xapi_account": [
            {"home_page_account_name": str(a.name), "created_at": a.created_at}
            for a in LearnerAccount.objects.filter(user=user)
        ],
        "xapi_statements": list(
            OutboxStatement.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values("statement_id", "verb", "status", "created_at", "sent_at", "payload")
        ),
    }


def erase(*, user) -> dict[str, int]:
    """Nothing more goes to the LRS, and nothing here links the person to what it holds: rows and account go."""
    return {
        "xapi_statements": OutboxStatement.objects.filter(user=user).delete()[0],
        "xapi_account": LearnerAccount.objects.filter(user=user).delete()[0],
    }
