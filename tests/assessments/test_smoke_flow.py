from assessments import services
from assessments.demo import demo_assessments_ensure
from assessments.models import Assessment

from .conftest import correct_response


def test_demo_assessment_can_be_passed(teacher, framework_v3):
    demo_assessments_ensure()
    demo_assessments_ensure()
    a = Assessment.objects.get(slug="module-ka-1")
    attempt = services.attempt_start(user=teacher, assessment=a)
    for i, q in enumerate(attempt.questions):
        services.attempt_answer_save(attempt=attempt, user=teacher, position=i, response=correct_response(q), seq=1)
    attempt = services.attempt_submit(attempt=attempt, user=teacher)
    assert attempt.status == "graded"
    assert attempt.passed, attempt.results
    assert attempt.results["KA.1"]["score"] == "100.00"
