"""Import questions from GIFT and Moodle XML. All-or-nothing: one bad question and nothing is written."""

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import MultipleScoring, Question, QuestionCompetency, QuestionOption
from assessments.question_types import question_kind
from competency.models import Competency, Framework

from .draft import ImportFailed, QuestionDraft
from .gift import parse_gift
from .moodle_xml import parse_moodle_xml

PARSERS = {"gift": parse_gift, "moodle-xml": parse_moodle_xml}

__all__ = ["ImportFailed", "QuestionDraft", "parse_gift", "parse_moodle_xml", "questions_import"]


def _competency(code: str) -> Competency:
    current = Framework.objects.filter(is_current=True).first()
    qs = Competency.objects.filter(code=code)
    found = (qs.filter(framework=current).first() if current else None) or qs.first()
    if found is None:
        raise ImportFailed([_("Unknown competency “%(code)s”.") % {"code": code}])
    return found


def _points(d: QuestionDraft) -> Decimal:
    # The file's default mark, or the type's (1; a cloze question is worth the sum of its gap weights, as in Moodle).
    if d.points is not None:
        return d.points.quantize(Decimal("0.01"))
    return question_kind(d.type).default_points(d)


def questions_import(*, text: str, fmt: str, competency_code: str) -> list[Question]:
    """Parse, validate, then create every question aligned to the competency, in one transaction."""
    if fmt not in PARSERS:
        raise ImportFailed([_("Unknown format “%(fmt)s”: use gift or moodle-xml.") % {"fmt": fmt}])
    competency = _competency(competency_code)
    drafts = PARSERS[fmt](text)
    errors = [err for d in drafts for err in d.problems()]
    if errors:
        raise ImportFailed(errors)
    if not drafts:
        raise ImportFailed([_("The file contains no questions.")])
    created = []
    with transaction.atomic():
        for d in drafts:
            q = Question.objects.create(
                type=d.type,
                title=d.title[:200],
                text=d.text,
                general_feedback=d.general_feedback,
                multiple_scoring=d.multiple_scoring or MultipleScoring.ALL_OR_NOTHING,
                wrong_pick_penalty=d.penalty,
                correct_boolean=d.correct_boolean,
                numeric_answer=d.numeric_answer,
                numeric_tolerance=d.numeric_tolerance,
                numeric_min=d.numeric_min,
                numeric_max=d.numeric_max,
                case_sensitive=d.case_sensitive,
                ignore_accents=d.ignore_accents,
                allow_file=d.allow_file,
                is_active=not d.hidden,
                points=_points(d),
            )
            QuestionOption.objects.bulk_create(
                [
                    QuestionOption(
                        question=q,
                        text=o.text[:500],
                        is_correct=o.correct,
                        match_text=o.match[:500],
                        feedback=o.feedback[:500],
                        fraction=o.fraction,
                        sort_order=i,
                    )
                    for i, o in enumerate(d.options)
                ]
            )
            QuestionCompetency.objects.create(question=q, competency=competency)
            created.append(q)
    return created
