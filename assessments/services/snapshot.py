"""Freezing an assessment into an attempt: questions (with keys), order, option order and rules.

Everything is drawn from random.Random(seed), so the same seed over the same bank rebuilds the same attempt.
Option values shown to the browser are random per-attempt tokens, so neither ids nor order give the key away.
Words come from the question's translation into the attempt's language where one exists (text, feedback, option
texts line by line), else from the original; keys stay tokens, so grading never depends on the language.
"""

import random
from decimal import Decimal

from django.db.models import Prefetch

from assessments.cloze import cloze_parse
from assessments.models import Assessment, Question, QuestionCompetency, QuestionType
from assessments.models.rubrics import RubricCriterion


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


def _shuffled(items: list, rng: random.Random, shuffle: bool) -> list:
    items = list(items)
    if shuffle:
        rng.shuffle(items)
    return items


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
        if question.type == QuestionType.SHORT_TEXT:
            self.accepted_extra = found.option_lines()
            return
        parts = found.option_parts(matching=question.type == QuestionType.MATCHING)
        if len(parts) == len(options):  # a line per option, in order; otherwise the original words, not a mix-up
            self._parts = {o.pk: p for o, p in zip(options, parts, strict=True)}

    def option(self, o, field: str = "text") -> str:
        return self._parts.get(o.pk, {}).get(field) or getattr(o, field)


def question_snapshot(question: Question, rng: random.Random, *, shuffle_options: bool, language: str = "") -> dict:
    """One question as an attempt freezes it. `key` and `feedback` never leave the server before grading."""
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
    t = question.type
    if t in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        q["options"] = [
            {"token": tokens[o.pk], "text": words.option(o)} for o in _shuffled(options, rng, shuffle_options)
        ]
        correct = [tokens[o.pk] for o in options if o.is_correct]
        q["key"] = (
            {"correct": correct[0] if correct else ""}
            if t == QuestionType.SINGLE
            else {
                "correct": correct,
                "scoring": question.multiple_scoring,
                "penalty": str(question.wrong_pick_penalty),
            }
        )
        q["feedback"]["options"] = {
            tokens[o.pk]: words.option(o, "feedback") for o in options if words.option(o, "feedback")
        }
        q["key"]["labels"] = {tokens[o.pk]: words.option(o) for o in options if o.is_correct}
    elif t == QuestionType.TRUE_FALSE:
        q["key"] = {"correct": bool(question.correct_boolean)}
    elif t == QuestionType.NUMERIC:
        if question.numeric_min is not None and question.numeric_max is not None:
            q["key"] = {"min": str(question.numeric_min.normalize()), "max": str(question.numeric_max.normalize())}
        else:
            q["key"] = {
                "answer": str((question.numeric_answer or 0).normalize()),
                "tolerance": str(question.numeric_tolerance.normalize()),
            }
    elif t == QuestionType.SHORT_TEXT:
        # Only options marked correct earn credit (their fraction); others are recognised wrong answers that
        # carry feedback. Banks from before fractions may mark none: then every option is accepted.
        anyone = not any(o.is_correct for o in options)
        answers = [
            {"text": o.text, "fraction": str(o.fraction if (o.is_correct or anyone) else Decimal(0))} for o in options
        ]
        # Answers in the attempt's language count as full-credit answers too (a term often stays in English).
        known = {a["text"] for a in answers}
        answers += [{"text": a, "fraction": "1"} for a in words.accepted_extra if a not in known]
        q["key"] = {
            "answers": answers,
            "accepted": [
                a["text"] for a in sorted(answers, key=lambda a: -Decimal(a["fraction"])) if Decimal(a["fraction"]) > 0
            ],
            "case_sensitive": question.case_sensitive,
            "ignore_accents": question.ignore_accents,
            "whitespace": question.whitespace,
        }
        q["feedback"]["answers"] = [o.feedback for o in options]
    elif t == QuestionType.ORDERING:
        presented = _shuffled(options, rng, True)
        if len(presented) > 1 and presented == options:
            # A shuffle that happens to give the answer away is rotated by one.
            presented = presented[1:] + presented[:1]
        q["options"] = [{"token": tokens[o.pk], "text": words.option(o)} for o in presented]
        q["key"] = {"order": [tokens[o.pk] for o in options], "labels": [words.option(o) for o in options]}
    elif t == QuestionType.MATCHING:
        # An option without text is a distractor: its answer is offered among the choices, matched by nothing.
        # Right-hand choices are identified by the original text (two items may share one); shown translated.
        items = [o for o in options if o.text.strip()]
        right_tokens: dict[str, str] = {}
        right_words: dict[str, str] = {}
        for o in options:
            if o.match_text not in right_tokens:
                right_tokens[o.match_text] = _token(rng, used)
                right_words[o.match_text] = words.option(o, "match_text")
        q["options"] = [
            {"token": tokens[o.pk], "text": words.option(o)} for o in _shuffled(items, rng, shuffle_options)
        ]
        q["choices"] = [
            {"token": tok, "text": right_words[text]} for text, tok in _shuffled(right_tokens.items(), rng, True)
        ]
        q["key"] = {
            "pairs": {tokens[o.pk]: right_tokens[o.match_text] for o in items},
            "labels": {words.option(o): right_words[o.match_text] for o in items},
        }
        q["feedback"]["options"] = {tokens[o.pk]: o.feedback for o in items if o.feedback}
    elif t == QuestionType.CLOZE:
        _cloze_snapshot(q, question, rng, used)
    elif t == QuestionType.EXTENDED:
        q["allow_file"] = question.allow_file
        q["rubric"] = question.rubric.snapshot() if question.rubric_id else None
    return q


def _cloze_snapshot(q: dict, question: Question, rng: random.Random, used: set[str]) -> None:
    """Gaps as the browser may see them (choices under random tokens) and, apart, their key and feedback."""
    cloze = cloze_parse(question.text)
    segments, public, key, feedback = [], [], [], []
    for part in cloze.parts:
        if isinstance(part, str):
            segments.append({"text": part})
            continue
        gap = part
        segments.append({"gap": gap.number})
        shown = {"number": gap.number, "kind": gap.kind, "layout": gap.layout}
        answers = [{"text": a.text, "fraction": str(a.fraction)} for a in gap.answers]
        if gap.kind in ("multichoice", "multiresponse"):
            for a in answers:
                a["token"] = _token(rng, used)
            order = _shuffled(range(len(answers)), rng, gap.shuffle)
            shown["options"] = [{"token": answers[i]["token"], "text": answers[i]["text"]} for i in order]
        elif gap.kind == "numerical":
            for a, source in zip(answers, gap.answers, strict=True):
                a["tolerance"] = str(source.tolerance.normalize())
        public.append(shown)
        key.append({"kind": gap.kind, "weight": gap.weight, "case_sensitive": gap.case_sensitive, "answers": answers})
        feedback.append([a.feedback for a in gap.answers])
    q["text"] = "".join(s["text"] if "text" in s else f"[{s['gap']}]" for s in segments)
    q["segments"], q["gaps"] = segments, public
    q["key"] = {"gaps": key, "ignore_accents": question.ignore_accents, "whitespace": question.whitespace}
    q["feedback"]["gaps"] = feedback


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
            candidates = candidates.exclude(type=QuestionType.EXTENDED)
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
