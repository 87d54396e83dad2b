"""/assessments/: every assessment a signed-in user may sit, by level, with their state and when it opens."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from assessments import selectors
from assessments.models import AssessmentKind


@login_required
def assessment_index(request: HttpRequest) -> HttpResponse:
    assessments = sorted(
        selectors.assessment_list(), key=lambda a: (a.level.framework_id, a.level.order, a.kind != "module", a.title)
    )
    states = selectors.assessment_availability_for_user(user=request.user, assessments=assessments)
    levels: list[dict] = []
    for state in states:
        level = state.assessment.level
        if not levels or levels[-1]["level"].pk != level.pk:
            levels.append({"level": level, "modules": [], "exams": []})
        key = "exams" if state.assessment.kind == AssessmentKind.LEVEL_EXAM else "modules"
        levels[-1][key].append(state)
    return render(request, "assessments/index.html", {"levels": levels})
