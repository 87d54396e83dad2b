"""An essay item graded by peers (2 reviews each), and teachers who submit it."""

from dataclasses import dataclass
from decimal import Decimal

import pytest

from assessments import services as assessment_services
from peerreview import services
from peerreview.models import PeerReviewSetting, Submission
from tests.assessments.conftest import competencies, make_assessment, make_question, rubric  # noqa: F401


@dataclass
class PeerItem:
    setting: PeerReviewSetting
    assessment: object

    def levels(self, *points: int) -> dict[str, str]:
        """Rubric levels by their points, one per criterion (the rubric has levels worth 1–4)."""
        snapshot = self.setting.question.rubric.snapshot()
        by_points = {Decimal(lv["points"]): str(lv["id"]) for lv in snapshot["levels"]}
        return {str(c["id"]): by_points[Decimal(p)] for c, p in zip(snapshot["criteria"], points, strict=True)}

    def submit(self, user, text: str = "My lesson plan uses a shared spreadsheet.") -> Submission:
        attempt = assessment_services.attempt_start(user=user, assessment=self.assessment)
        assessment_services.attempt_answer_save(attempt=attempt, user=user, position=0, response={"text": text}, seq=1)
        assessment_services.attempt_submit(attempt=attempt, user=user)
        services.submissions_collect(user=user)
        return Submission.objects.get(author=user, setting=self.setting)

    def calibrate(self, user, *points: int):
        return services.calibration_record(setting=self.setting, reviewer=user, levels=self.levels(*points))

    def review_all(self, user, *points: int, feedback: str = "Clear aims; add a rubric for pupils."):
        """Write every review the user holds, each with the same scoring."""
        reviews = services.review_assign_next(setting=self.setting, reviewer=user)
        for review in reviews:
            if review.status == "assigned":
                services.review_submit(review=review, reviewer=user, levels=self.levels(*points), feedback=feedback)
        return reviews


@pytest.fixture
def peer_item(make_question, make_assessment, rubric, trainer) -> PeerItem:  # noqa: F811
    essay = make_question("extended", code="KD.3", rubric=rubric, title="Lesson plan", text="Write a lesson plan.")
    assessment = make_assessment([essay], slug="plan", code="KD.3")
    setting = PeerReviewSetting.objects.create(
        question=essay,
        reviews_required=2,
        reassign_after_hours=48,
        disagreement_threshold=Decimal("0.3"),
        calibration_text="Pupils list the devices at home, then chart them.",
        calibration_score=Decimal("0.75"),
        calibration_scored_by=trainer,
    )
    return PeerItem(setting=setting, assessment=assessment)


@pytest.fixture
def teachers(make_user):
    return [make_user(f"peer{i}") for i in range(1, 6)]
