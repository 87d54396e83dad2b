"""The arithmetic a teacher's peer grade rests on (ADR 0195): calibration weight, weighted median, disagreement."""

from decimal import Decimal as D

from peerreview.scoring import Scored, calibration_weight, disagree, rubric_score, weighted_median


def test_a_perfect_calibration_weighs_one_and_the_worst_weighs_half():
    assert calibration_weight(reviewer_score=D("0.75"), trainer_score=D("0.75")) == D("1")
    assert calibration_weight(reviewer_score=D("0.5"), trainer_score=D("0.75")) == D("0.8")
    assert calibration_weight(reviewer_score=D("0"), trainer_score=D("1")) == D("0.5")


def test_the_median_of_equal_weights_is_the_middle_review():
    items = [Scored(1, D("0.25"), D("1")), Scored(2, D("1"), D("1")), Scored(3, D("0.5"), D("1"))]
    assert weighted_median(items).key == 3


def test_well_calibrated_reviewers_pull_the_median_their_way():
    # Unweighted, the middle score (0.75) would win; the careful reviewer's 0.25 outweighs two careless ones.
    items = [Scored(1, D("0.25"), D("1")), Scored(2, D("0.75"), D("0.4")), Scored(3, D("1"), D("0.4"))]
    assert weighted_median(items).key == 1


def test_a_tie_between_two_equal_weights_goes_to_the_teacher():
    items = [Scored(1, D("0.5"), D("0.8")), Scored(2, D("0.75"), D("0.8"))]
    assert weighted_median(items).score == D("0.75")


def test_scores_further_apart_than_the_threshold_disagree():
    assert disagree([Scored(1, D("0.25"), D("1")), Scored(2, D("1"), D("1"))], D("0.3"))
    assert not disagree([Scored(1, D("0.5"), D("1")), Scored(2, D("0.75"), D("1"))], D("0.3"))


def test_rubric_scoring_needs_a_level_per_criterion():
    rubric = {
        "levels": [{"id": 1, "points": "1"}, {"id": 2, "points": "4"}],
        "criteria": [{"id": 10, "title": "Aims"}, {"id": 11, "title": "ICT"}],
    }
    assert rubric_score(rubric, {"10": "2", "11": "1"}) == ({"10": "2", "11": "1"}, D("0.625"))
    try:
        rubric_score(rubric, {"10": "2"})
    except ValueError as exc:
        assert "ICT" in str(exc)
    else:
        raise AssertionError("a missing criterion must be refused")
