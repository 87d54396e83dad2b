"""The demo cohort shows peer review at every stage, and loading the demo again adds nothing."""

from peerreview.demo import peerreview_demo_ensure
from peerreview.models import Calibration, PeerReview, Submission


def test_the_demo_has_peer_reviews_at_every_stage(demo):
    statuses = set(Submission.objects.values_list("status", flat=True))
    assert statuses == {"reviewing", "graded", "queued"}
    assert PeerReview.objects.filter(status="assigned").exists()  # reviews still to write
    assert PeerReview.objects.filter(status="done").exists()
    # Waiting for reviews: demo-teacher-06 calibrated but holds reviews still to write.
    assert Submission.objects.filter(status="reviewing", author__username="demo-teacher-06").exists()
    assert Calibration.objects.filter(reviewer__username="demo-teacher-06").exists()
    assert PeerReview.objects.filter(reviewer__username="demo-teacher-06", status="assigned").exists()
    assert Submission.objects.filter(status="queued", queue_reason="disagreement").exists()
    assert not Submission.objects.filter(author__username="teacher").exists()  # the demo teacher starts with nothing
    counts = (Submission.objects.count(), PeerReview.objects.count(), Calibration.objects.count())
    peerreview_demo_ensure()
    assert (Submission.objects.count(), PeerReview.objects.count(), Calibration.objects.count()) == counts
