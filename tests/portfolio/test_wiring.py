"""The portfolio with the apps beside it: a mentor's message is notified, and a mentor may endorse."""

from notifications.models import Notification
from notifications.selectors import notification_text
from portfolio.services import artefact_create, message_post
from tests.certificates.conftest import attain


def test_a_mentors_message_is_notified_to_the_owner_and_back(people, django_capture_on_commit_callbacks):
    artefact = artefact_create(
        owner=people.owner, title="My reflection", kind="reflection", text="Pupils made charts.", visibility="cohort"
    )
    with django_capture_on_commit_callbacks(execute=True):
        message_post(artefact=artefact, author=people.mentor, body="Which chart did they like best?")
    told = Notification.objects.get(recipient=people.owner, kind="mentor.message")
    assert told.actor == people.mentor
    assert people.mentor.display_name in notification_text(notification=told, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        message_post(artefact=artefact, author=people.owner, body="The pie chart.")
    assert Notification.objects.filter(recipient=people.mentor, kind="mentor.message").count() == 1


def test_a_mentor_may_endorse_their_mentees_certificate_and_a_classmate_may_not(people):
    from certificates.endorsement_eligibility import endorsement_may
    from certificates.services import certificate_issue

    attain(people.owner, people.ka)
    certificate = certificate_issue(user=people.owner, level=people.ka)
    assert endorsement_may(endorser=people.mentor, certificate=certificate)
    assert not endorsement_may(endorser=people.classmate, certificate=certificate)
    assert not endorsement_may(endorser=people.owner, certificate=certificate), "nobody endorses themself"
