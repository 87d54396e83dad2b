"""Peer review in the demo (`load_demo`, AppConfig.demo_loader): an essay item peers grade, with the demo cohort's
teachers at every stage — calibration done, reviews to write, waiting for reviews, graded, in the trainer's queue.

Idempotent: once the item's peer-review setting exists nothing is added again. Everything goes through the
services, as teachers' own actions would.
"""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

ASSESSMENT_SLUG = "peer-reviewed-lesson-plan"
# (demo teacher, calibration levels, the levels they give every review they hold, whether they write them)
SCRIPT = [
    ("demo-teacher-01", (3, 3), (3, 3), True),
    ("demo-teacher-02", (3, 4), (3, 3), True),
    ("demo-teacher-03", (3, 3), (3, 3), True),
    ("demo-teacher-04", (2, 2), (3, 3), True),
    ("demo-teacher-05", (3, 3), (1, 1), True),  # harsh: the work they review lands in the trainer's queue
    ("demo-teacher-06", (4, 4), (3, 3), False),  # calibrated, reviews still to write
]
TEXT = (
    "Plan a 40-minute lesson in which pupils use a spreadsheet to collect and chart data from their community. "
    "Say what pupils learn, how they use ICT, and how you will know they learned it."
)
ANSWER = (
    "Pupils survey ten households about water use, enter the figures in a shared spreadsheet, chart them and "
    "compare their street with the class average. Learning aim: read and interpret a bar chart. I check with an "
    "exit ticket: each pupil writes one conclusion the chart supports."
)


def _levels(rubric: dict, points: tuple[int, ...]) -> dict[str, str]:
    by_points = {Decimal(lv["points"]): str(lv["id"]) for lv in rubric["levels"]}
    return {str(c["id"]): by_points[Decimal(p)] for c, p in zip(rubric["criteria"], points, strict=True)}


def _item():
    from assessments.models import (
        Assessment,
        AssessmentItem,
        Question,
        QuestionCompetency,
        Rubric,
        RubricCriterion,
        RubricLevel,
    )
    from competency.models import Competency

    competency = Competency.objects.filter(framework__slug="ictcft-v3", code="KA.3").select_related("level").first()
    if competency is None:
        return None
    rubric = Rubric.objects.create(title="Lesson plan (peer review)")
    for i, (label, points) in enumerate([("Beginning", 1), ("Developing", 2), ("Proficient", 3), ("Exemplary", 4)]):
        RubricLevel.objects.create(rubric=rubric, label=label, points=points, sort_order=i)
    for i, title in enumerate(["Learning aim", "Use of ICT"]):
        RubricCriterion.objects.create(
            rubric=rubric,
            title=title,
            competency=competency,
            sort_order=i,
            descriptors="Missing\nVague\nClear\nClear and checked with pupils",
        )
    question = Question.objects.create(
        type="extended", title="Lesson plan with a spreadsheet", text=TEXT, points=Decimal(4), rubric=rubric
    )
    QuestionCompetency.objects.create(question=question, competency=competency)
    # Tagged to an objective like every demo item (the curriculum's rule): the plan shows its aim with a spreadsheet.
    question.objectives.set(competency.objectives.order_by("code")[:1])
    question.save()  # a cluster's many-to-many is written on save
    assessment = Assessment.objects.create(
        slug=ASSESSMENT_SLUG, title="Lesson plan, graded by peers", level=competency.level, kind="module"
    )
    assessment.competencies.set([competency])
    AssessmentItem.objects.create(assessment=assessment, question=question, sort_order=0)
    return question, assessment


@transaction.atomic
def peerreview_demo_ensure() -> None:
    from accounts.models import User
    from assessments import services as assessments
    from peerreview import services
    from peerreview.models import PeerReviewSetting

    if PeerReviewSetting.objects.filter(question__assessment_items__assessment__slug=ASSESSMENT_SLUG).exists():
        return
    users = {u.username: u for u in User.objects.filter(username__in=[s[0] for s in SCRIPT] + ["trainer"])}
    if len(users) < len(SCRIPT) or "trainer" not in users:
        return  # the core demo (cohort and trainer) is not there
    made = _item()
    if made is None:
        return
    question, assessment = made
    rubric = question.rubric.snapshot()
    setting = PeerReviewSetting.objects.create(
        question=question,
        reviews_required=2,
        reassign_after_hours=72,
        disagreement_threshold=Decimal("0.3"),
        calibration_text=ANSWER.replace("ten households", "five families").replace(" I check", " I may check"),
        calibration_levels=_levels(rubric, (3, 3)),
        calibration_score=Decimal("0.75"),
        calibration_scored_by=users["trainer"],
    )
    start = timezone.now() - timedelta(days=3)
    # The demo `teacher` is left out: they start with nothing, and can take this assessment to try peer review.
    for i, username in enumerate(s[0] for s in SCRIPT):
        when = start + timedelta(hours=i)
        attempt = assessments.attempt_start(user=users[username], assessment=assessment, now=when)
        assessments.attempt_answer_save(
            attempt=attempt, user=users[username], position=0, response={"text": ANSWER}, seq=1, now=when
        )
        assessments.attempt_submit(attempt=attempt, user=users[username], now=when)
    services.submissions_collect()
    for username, calibration, given, writes in SCRIPT:
        reviewer = users[username]
        services.calibration_record(setting=setting, reviewer=reviewer, levels=_levels(rubric, calibration))
        for review in services.review_assign_next(setting=setting, reviewer=reviewer):
            if writes and review.status == "assigned":
                services.review_submit(
                    review=review,
                    reviewer=reviewer,
                    levels=_levels(rubric, given),
                    feedback="The aim is clear and pupils use real data; say how you support pupils new to charts.",
                )
