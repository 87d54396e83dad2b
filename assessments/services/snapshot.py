"""Freezing an assessment into an attempt: questions (with keys), order, option order and rules.

Everything is drawn from random.Random(seed), so the same seed over the same bank rebuilds the same attempt.
Option values shown to the browser are random per-attempt tokens, so neither ids nor order give the key away.
Words come from the question's translation into the attempt's language where one exists (text, feedback, option
texts line by line), else from the original; keys stay tokens, so grading never depends on the language.
"""

import random
from decimal import Decimal

from django.db.models import Prefetch

from assessments.models import Assessment, Question, QuestionCompetency
from assessments.models.rubrics import RubricCriterion
from assessments.question_types import question_kind, question_kinds
from assessments.question_types.base import SnapshotContext


def _questions_qs():
    return Question.objects.select_related("rubric").prefetch_related(
        "options",
        Prefetch("alignments", queryset=QuestionCompetency.objects.select_related("competency")),
        "rubric__levels",
        "translations",
        Prefetch("rubric__criteria", queryset=RubricCriterion.objects.select_related("competency")),
    )


def _token(rng: random.Random, used: set[str]) -> str:
    while True:
        token = f"{rng.getrandbits(40):010x}"
        if token not in used:
            used.add(token)
            return token


class _Words:
    """The words of a question and its options in one language, falling back to the original one by one."""

    def __init__(self, question: Question, options: list, language: str):
        found = next((t for t in question.translations.all() if language and t.language == language), None)
        self.language = found.language if found else ""
        self.text = (found.text if found else "") or question.text
        self.general_feedback = (found.general_feedback if found else "") or question.general_feedback
        self.accepted_extra: list[str] = []
        self._parts: dict[int, dict] = {}
        if found is None:
            return
        lines = question_kind(question.type).translation_lines
        if lines == "accepted":
            self.accepted_extra = found.option_lines()
            return
        parts = found.option_parts(matching=lines == "pairs")
        if len(parts) == len(options):  # a line per option, in order; otherwise the original words, not a mix-up
            self._parts = {o.pk: p for o, p in zip(options, parts, strict=True)}

    def option(self, o, field: str = "text") -> str:
        return self._parts.get(o.pk, {}).get(field) or getattr(o, field)


def question_snapshot(question: Question, rng: random.Random, *, shuffle_options: bool, language: str = "") -> dict:
    """One question as an attempt freezes it. `key` and `feedback` never leave the server before grading.

    The common part is here; the type fills in its options, key and feedback (question_types/<type>.py).
    """
    used: set[str] = set()
    options = list(question.options.all())
    words = _Words(question, options, language)
    q = {
        "id": question.pk,
        "uuid": str(question.uuid),
        "type": question.type,
        "title": question.title,
        "text": words.text,
        "language": words.language,
        "points": str(question.points),
        "difficulty": question.difficulty,
        "competencies": {a.competency.code: str(a.weight) for a in question.alignments.all()},
        "options": [],
        "key": {},
        "feedback": {"general": words.general_feedback, "options": {}},
    }
    tokens = {o.pk: _token(rng, used) for o in options}
    ctx = SnapshotContext(
        rng=rng, used=used, tokens=tokens, words=words, shuffle_options=shuffle_options, options=options
    )
    question_kind(question.type).snapshot(q, question, ctx)
    return q


def _pct(value) -> str:
    return str(Decimal(value).quantize(Decimal("0.01")))


def rules_snapshot(assessment: Assessment) -> dict:
    return {
        "assessment": assessment.slug,
        "kind": assessment.kind,
        "level": assessment.level.code,
        "pass_mark": _pct(assessment.pass_mark),
        "pass_marks": {
            pm.competency.code: _pct(pm.pass_mark) for pm in assessment.pass_marks.select_related("competency")
        },
        "max_attempts": assessment.max_attempts,
        "cooldown_minutes": assessment.cooldown_minutes,
        "time_limit_minutes": assessment.time_limit_minutes,
        "grace_seconds": assessment.grace_seconds,
        "feedback_timing": assessment.feedback_timing,
        "shuffle_questions": assessment.shuffle_questions,
        "shuffle_options": assessment.shuffle_options,
    }


def attempt_snapshot_build(*, assessment: Assessment, seed: int, language: str = "") -> dict:
    """Fixed questions, then each pool draw; shuffled as the rules say. Queries: a few per draw, none per question."""
    rng = random.Random(seed)
    fixed_ids = list(assessment.items.order_by("sort_order", "pk").values_list("question_id", flat=True))
    chosen: list[int] = list(fixed_ids)
    for draw in assessment.draws.select_related("competency").order_by("sort_order", "pk"):
        candidates = Question.objects.filter(
            is_active=True, alignments__competency=draw.competency, difficulty__lte=draw.max_difficulty
        )
        if draw.auto_graded_only:
            candidates = candidates.exclude(type__in=[k.name for k in question_kinds() if k.graded_by_trainer])
        pool = sorted(set(candidates.values_list("pk", flat=True)) - set(chosen))
        chosen.extend(rng.sample(pool, min(draw.count, len(pool))))
    by_id = {q.pk: q for q in _questions_qs().filter(pk__in=chosen)}
    ordered = [by_id[pk] for pk in chosen if pk in by_id]
    if assessment.shuffle_questions:
        rng.shuffle(ordered)
    questions = [
        question_snapshot(q, rng, shuffle_options=assessment.shuffle_options, language=language) for q in ordered
    ]
    return {"seed": seed, "rules": rules_snapshot(assessment), "questions": questions}


def question_public(question: dict) -> dict:
    """What the browser may see of a frozen question before grading: no key, no feedback."""
    allowed = ("type", "title", "text", "language", "points", "options", "choices", "allow_file", "segments", "gaps")
    public = {k: question[k] for k in allowed if k in question}
    if question.get("rubric"):
        public["rubric"] = question["rubric"]  # the criteria teachers are graded on are not a secret
    return public
