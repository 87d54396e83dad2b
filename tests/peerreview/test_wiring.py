"""Peer review with the apps beside it: peers are told through notifications, and a peer who reviewed a holder's
work under names may endorse their certificate (anonymous reviewers never can)."""

from notifications.models import Notification
from notifications.selectors import notification_text
from peerreview.models import PeerCohortSetting
from tests.certificates.conftest import attain


def test_reviews_waiting_and_received_are_notified_without_naming_the_peer(peer_item, teachers):
    a, b = teachers[:2]
    peer_item.submit(a)
    peer_item.submit(b)
    peer_item.calibrate(a, 3, 3)
    peer_item.review_all(a, 3, 3)
    told = Notification.objects.filter(recipient=b, kind="peer_review.received").get()
    assert told.actor is None, "the author is not told who reviewed them"
    text = notification_text(notification=told, language="en")
    assert text == "A peer reviewed your work “Lesson plan”." and a.display_name not in text


def test_a_reviewer_may_endorse_only_where_the_cohort_shows_names(peer_item, teachers, trainer, framework_v3):
    from certificates.endorsement_eligibility import endorsement_may
    from certificates.services import certificate_issue
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create

    a, b = teachers[:2]
    peer_item.submit(a)
    peer_item.submit(b)
    peer_item.calibrate(a, 3, 3)
    peer_item.review_all(a, 3, 3)  # a reviewed b's work
    level = framework_v3.levels.get(code="KA")
    attain(b, level)
    certificate = certificate_issue(user=b, level=level)
    cohort = cohort_create(name="Peers", trainer=trainer)
    for user in (a, b):
        CohortMembership.objects.create(cohort=cohort, user=user)

    assert not endorsement_may(endorser=a, certificate=certificate), "anonymous review: a does not know it was b"
    PeerCohortSetting.objects.create(cohort=cohort, names_visible=True)
    assert endorsement_may(endorser=a, certificate=certificate)
    assert not endorsement_may(endorser=teachers[2], certificate=certificate), "a classmate who reviewed nothing"
