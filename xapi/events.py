"""One function per event we report: the event key (hence the statement id) and the statement (ADR 0177).

Each reads the rows as they are inside the event's transaction. Called by receivers.py, never by the lower apps.
"""

from .services import outbox_statement_add
from .statements import (
    activity,
    competency_activity,
    context_activities,
    framework_activity,
    language_map,
    level_activity,
    open_badges_category,
    page_activity,
    score_result,
    statement,
    statement_id,
)


def _competency_context(user, *, competencies, level=None, parent: list[dict] | None = None) -> dict:
    grouping = [competency_activity(c, user) for c in competencies]
    if level is not None:
        grouping += [level_activity(level, user), framework_activity(level.framework, user)]
    return context_activities(parent=parent or [], grouping=grouping)


def lesson_completed(completion) -> bool:
    user, lesson, module = completion.user, completion.lesson, completion.module
    key = f"cms.lessoncompletion:{completion.pk}:completed"

    def build(account: str) -> dict:
        competencies = list(module.competencies.select_related("framework").order_by("code"))
        context = _competency_context(
            user,
            competencies=competencies,
            level=module.level,
            parent=[page_activity(module, kind="module", user=user)],
        )
        return statement(
            user=user,
            account_name=account,
            verb_name="completed",
            obj=page_activity(lesson, kind="lesson", user=user),
            timestamp=completion.completed_at,
            context=context,
            result={"completion": True},
        )

    return outbox_statement_add(user=user, event_key=key, verb_name="completed", build=build)


def _assessment_statement(attempt, *, verb_name: str, account: str, timestamp, result: dict) -> dict:
    user, assessment = attempt.user, attempt.assessment
    obj = activity(url=assessment.get_absolute_url(), kind="assessment", name=language_map(user, assessment.name_in))
    competencies = list(assessment.competencies.select_related("framework").order_by("code"))
    context = _competency_context(user, competencies=competencies, level=assessment.level)
    context["registration"] = str(attempt.uuid)  # ties the attempt's statements together
    context["extensions"] = {"http://id.tincanapi.com/extension/attempt-id": attempt.number}
    return statement(
        user=user,
        account_name=account,
        verb_name=verb_name,
        obj=obj,
        timestamp=timestamp,
        context=context,
        result=result,
    )


def attempt_closed(attempt) -> bool:
    key = f"assessments.attempt:{attempt.uuid}:attempted"
    return outbox_statement_add(
        user=attempt.user,
        event_key=key,
        verb_name="attempted",
        build=lambda account: _assessment_statement(
            attempt, verb_name="attempted", account=account, timestamp=attempt.closed_at, result={}
        ),
    )


def attempt_graded(attempt) -> bool:
    verb_name = "passed" if attempt.passed else "failed"
    # A re-grade that changes the score or the outcome is a new statement; one that changes nothing is not.
    key = f"assessments.attempt:{attempt.uuid}:{verb_name}:{attempt.score}"
    return outbox_statement_add(
        user=attempt.user,
        event_key=key,
        verb_name=verb_name,
        build=lambda account: _assessment_statement(
            attempt,
            verb_name=verb_name,
            account=account,
            timestamp=attempt.graded_at,
            result=score_result(attempt.score, success=bool(attempt.passed)),
        ),
    )


def competency_mastered(mastery) -> bool:
    user, competency = mastery.user, mastery.competency
    key = f"competency.mastery:{user.pk}:{competency.pk}:{mastery.mastered_at.isoformat()}"

    def build(account: str) -> dict:
        level = competency.level
        return statement(
            user=user,
            account_name=account,
            verb_name="mastered",
            obj=competency_activity(competency, user),
            timestamp=mastery.mastered_at,
            context=context_activities(
                parent=[level_activity(level, user)], grouping=[framework_activity(level.framework, user)]
            ),
            result=score_result(mastery.score, success=True),
        )

    return outbox_statement_add(user=user, event_key=key, verb_name="mastered", build=build)


def level_attained(attainment) -> bool:
    user, level = attainment.user, attainment.level
    key = f"competency.levelattainment:{attainment.pk}:qualified"

    def build(account: str) -> dict:
        competencies = list(level.competencies.select_related("framework").order_by("code"))
        grouping = [*(competency_activity(c, user) for c in competencies), framework_activity(level.framework, user)]
        return statement(
            user=user,
            account_name=account,
            verb_name="qualified",
            obj=level_activity(level, user),
            timestamp=attainment.attained_at,
            context=context_activities(grouping=grouping),
            result={"completion": True, "success": True},
        )

    return outbox_statement_add(user=user, event_key=key, verb_name="qualified", build=build)


def _certificate_statement(certificate, *, verb_name: str, account: str, timestamp, extra: dict) -> dict:
    user, level = certificate.user, certificate.level
    obj = activity(url=certificate.verify_url, kind="credential", name=language_map(user, level.label_in))
    competencies = list(level.competencies.select_related("framework").order_by("code"))
    context = _competency_context(user, competencies=competencies, level=level)
    context["contextActivities"]["category"] = [open_badges_category()]
    return statement(
        user=user,
        account_name=account,
        verb_name=verb_name,
        obj=obj,
        timestamp=timestamp,
        context={**context, **extra},
    )


def certificate_issued_key(certificate) -> str:
    return f"certificates.certificate:{certificate.code}:earned"


def certificate_issued(certificate) -> bool:
    key = certificate_issued_key(certificate)
    return outbox_statement_add(
        user=certificate.user,
        event_key=key,
        verb_name="earned",
        build=lambda account: _certificate_statement(
            certificate, verb_name="earned", account=account, timestamp=certificate.issued_at, extra={}
        ),
    )


def certificate_revoked(certificate) -> bool:
    key = f"certificates.certificate:{certificate.code}:revoked"

    def build(account: str) -> dict:
        # The revocation points at the statement that reported the issue, as xAPI's StatementRef allows.
        issued = str(statement_id(f"{account}/{certificate_issued_key(certificate)}"))
        return _certificate_statement(
            certificate,
            verb_name="revoked",
            account=account,
            timestamp=certificate.revoked_at,
            extra={"statement": {"objectType": "StatementRef", "id": issued}},
        )

    return outbox_statement_add(user=certificate.user, event_key=key, verb_name="revoked", build=build)
