"""The kinds of notification, each with the one sentence a recipient reads, in their language.

A kind's sentence is a gettext string with named placeholders filled from the notification's `params` (strings the
sender gives) and `actor` (the display name of whoever acted, read when shown, so an erased account reads "a former
member"). Other apps send by kind name (`notifications.services.notification_send`); an unknown name is a
programming error and raises. A kind may be switched off by each person on their preferences page.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    name: str
    label: Promise  # what the preferences page calls it
    sentence: Promise  # what the list and the e-mail say; placeholders %(name)s from params, %(actor)s


KINDS: dict[str, Kind] = {}


def kind_register(kind: Kind) -> None:
    KINDS[kind.name] = kind


for _kind in (
    Kind(
        "assessment.reviewed",
        _("My work was graded"),
        _("Your answer in “%(assessment)s” was graded."),
    ),
    Kind(
        "peer_review.waiting",
        _("A peer review waits for me"),
        _("A piece of work is waiting for your review: “%(title)s”."),
    ),
    Kind(
        "peer_review.received",
        _("A peer reviewed my work"),
        _("A peer reviewed your work “%(title)s”."),
    ),
    Kind(
        "peer_review.graded",
        _("My peer-reviewed work was graded"),
        _("Your work “%(title)s” was graded."),
    ),
    Kind(
        "mentor.message",
        _("A message from my mentor"),
        _("%(actor)s sent you a message."),
    ),
    Kind(
        "discussion.reply",
        _("A reply in a discussion I take part in"),
        _("%(actor)s replied in “%(thread)s”."),
    ),
    Kind(
        "discussion.mention",
        _("Someone mentions me in a discussion"),
        _("%(actor)s mentioned you in “%(thread)s”."),
    ),
    Kind(
        "discussion.reported",
        _("A post I moderate was reported"),
        _("A post in “%(thread)s” was reported and waits for moderation."),
    ),
    Kind(
        "peer_review.reported",
        _("Peer feedback I moderate was reported"),
        _("A peer's written feedback on “%(title)s” was reported and waits for a trainer."),
    ),
    Kind(
        "portfolio.reported",
        _("Portfolio evidence I moderate was reported"),
        _("The portfolio artefact “%(title)s” was reported and waits for a trainer."),
    ),
    Kind(
        "portfolio.message_reported",
        _("A mentor message I moderate was reported"),
        _("A message about the portfolio artefact “%(title)s” was reported and waits for a trainer."),
    ),
    Kind(
        "cohort.due_soon",
        _("A cohort due date is 3 days away"),
        _("Your cohort “%(cohort)s” is due on %(date)s, in 3 days."),
    ),
    Kind(
        "certificate.issued",
        _("A certificate was issued to me"),
        _("Your certificate for “%(level)s” was issued."),
    ),
    Kind(
        "certificate.endorsed",
        _("Someone endorsed my certificate"),
        _("%(actor)s endorsed your certificate for “%(level)s”."),
    ),
):
    kind_register(_kind)
