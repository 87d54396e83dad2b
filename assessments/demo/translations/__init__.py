"""Demo question translations, shipped as PO files: `translations/<language>/<pool>.po` (ka1.po … kd6.po) holds a
pool's questions and its module assessment's title; `_common.po` the level exams and the rubric scale.

msgid is the English text, msgstr its translation, and msgctxt names the place, so the same English words in two
questions can be translated apart. `{key}` is the demo question's key ("module-ka-1-0": assessment slug and index):

  "{key} text" · "{key} feedback" · "{key} option {n}" · "{key} option {n} feedback" · "{key} accepted {n}"
  · "{key} item {n}" · "{key} pair {n} left" · "{key} pair {n} right"
  · "assessment {slug} title" · "assessment {slug} description" · "exam {level} title" · "exam {level} description"
  · "rubric {key} title" · "rubric {key} criterion {n}" · "rubric {key} criterion {n} level {m}" · "level {m}"

`python manage.py demo_question_po_template --language fr` writes or refreshes the files for a translator;
`load_demo` turns what they translate into question translations (QuestionTranslation rows, one per question and
language) and assessment titles in other languages. Rubric entries are translated for the day rubrics carry
translations; nothing reads them yet.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.db import transaction

from ..pools import POOLS, Pool
from ..spec import LEVELS

DIRECTORY = Path(__file__).parent
COMMON = "_common"
HEADER = {
    "Project-Id-Version": "ictcft-platform demo question pools",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
}


def pool_file_name(pool: Pool) -> str:
    """ "KA.1" → "ka1" (the pool's own file name in `pools/`)."""
    return pool.competency.lower().replace(".", "")


def po_path(*, name: str, language: str) -> Path:
    return DIRECTORY / language / f"{name}.po"


def question_key(pool: Pool, index: int) -> str:
    return f"{pool.module_assessment}-{index}"


def _question_entries(key: str, spec: dict) -> list[tuple[str, str]]:
    out = [(f"{key} text", spec["text"])]
    kind = spec["type"]
    if kind in ("single", "multiple"):
        for n, (text, _correct, feedback) in enumerate(spec["options"]):
            out.append((f"{key} option {n}", text))
            if feedback:
                out.append((f"{key} option {n} feedback", feedback))
    elif kind == "short_text":
        out += [(f"{key} accepted {n}", answer) for n, answer in enumerate(spec["accepted"])]
    elif kind == "ordering":
        out += [(f"{key} item {n}", item) for n, item in enumerate(spec["items"])]
    elif kind == "matching":
        for n, (left, right) in enumerate(spec["pairs"]):
            out += [(f"{key} pair {n} left", left), (f"{key} pair {n} right", right)]
    if spec.get("feedback"):
        out.append((f"{key} feedback", spec["feedback"]))
    return out


def pool_entries(pool: Pool) -> list[tuple[str, str]]:
    """(msgctxt, English text) for everything a pool's file translates, in reading order."""
    slug, code = pool.module_assessment, pool.competency
    out = [
        (f"assessment {slug} title", f"{code} {{competency}}: module assessment"),
        (
            f"assessment {slug} description",
            f"Check your understanding of {code} {{competency}}. You need 80 % to pass.",
        ),
    ]
    for i, spec in enumerate(pool.items):
        out += _question_entries(question_key(pool, i), spec)
    for rkey, rubric in pool.rubrics.items():
        out.append((f"rubric {rkey} title", rubric["title"]))
        for n, (name, _competency, levels) in enumerate(rubric["criteria"]):
            out.append((f"rubric {rkey} criterion {n}", name))
            out += [(f"rubric {rkey} criterion {n} level {m}", text) for m, text in enumerate(levels)]
    return out


def common_entries() -> list[tuple[str, str]]:
    from .. import EXAM_DESCRIPTION, EXAMS

    out = [(f"level {m}", label) for m, (label, _points) in enumerate(LEVELS)]
    for level, (_slug, title) in EXAMS.items():
        out += [(f"exam {level} title", title), (f"exam {level} description", EXAM_DESCRIPTION)]
    return out


def po_template_build(*, entries: list[tuple[str, str]], language: str, existing: polib.POFile | None) -> polib.POFile:
    """A PO file of `entries`, keeping the translations `existing` already has for the same place and words."""
    kept = {(e.msgctxt, e.msgid): e.msgstr for e in existing or [] if not e.obsolete}
    po = polib.POFile()
    po.metadata = {**HEADER, "Language": language}
    for ctxt, msgid in entries:
        po.append(polib.POEntry(msgctxt=ctxt, msgid=msgid, msgstr=kept.get((ctxt, msgid), "")))
    return po


@dataclass
class _Catalogue:
    """One language's translations, by place; an entry whose English changed since it was translated is ignored."""

    strings: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, paths: list[Path], expected: dict[str, str]) -> "_Catalogue":
        strings = {}
        for path in paths:
            for e in polib.pofile(str(path)):
                if e.msgstr and not e.obsolete and "fuzzy" not in e.flags and expected.get(e.msgctxt) == e.msgid:
                    strings[e.msgctxt] = e.msgstr
        return cls(strings)

    def get(self, ctxt: str) -> str:
        return self.strings.get(ctxt, "")


@dataclass
class DemoQuestionTranslationResult:
    language: str
    questions: int = 0
    complete: int = 0
    assessments: int = 0
    missing: list[str] = field(default_factory=list)


def _option_lines(key: str, spec: dict, cat: _Catalogue) -> list[str] | None:
    """The translation's option lines in the question's option order, or None when one is missing."""
    kind = spec["type"]
    if kind in ("single", "multiple"):
        lines = []
        for n, (_text, _correct, feedback) in enumerate(spec["options"]):
            text = cat.get(f"{key} option {n}")
            fb = cat.get(f"{key} option {n} feedback") if feedback else ""
            if not text or (feedback and not fb):
                return None
            lines.append(f"{text} | {fb}" if fb else text)
        return lines
    if kind == "short_text":
        return [a for n in range(len(spec["accepted"])) if (a := cat.get(f"{key} accepted {n}"))] or None
    if kind == "ordering":
        lines = [cat.get(f"{key} item {n}") for n in range(len(spec["items"]))]
        return lines if all(lines) else None
    if kind == "matching":
        lines = []
        for n in range(len(spec["pairs"])):
            left, right = cat.get(f"{key} pair {n} left"), cat.get(f"{key} pair {n} right")
            if not (left and right):
                return None
            lines.append(f"{left} | {right}")
        return lines
    return []


def _translation_fields(key: str, spec: dict, cat: _Catalogue) -> dict | None:
    """What a QuestionTranslation of this question holds, or None unless every one of its texts is translated
    (a half-translated question would show two languages in one question)."""
    text = cat.get(f"{key} text")
    feedback = cat.get(f"{key} feedback") if spec.get("feedback") else ""
    lines = _option_lines(key, spec, cat)
    if not text or lines is None or (spec.get("feedback") and not feedback):
        return None
    if any("|" in line for line in lines if spec["type"] in ("short_text", "ordering")):
        return None  # "|" separates an option's parts: such an answer cannot be written as a line
    return {"text": text, "options": "\n".join(lines), "general_feedback": feedback}


def _fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


@transaction.atomic
def demo_question_translations_ensure() -> list[DemoQuestionTranslationResult]:
    """Translate each demo question, module assessment and level exam for which a PO file ships. Idempotent: a
    translation already there is brought up to date, never duplicated."""
    from assessments.models import Assessment, Question, QuestionTranslation

    from .. import EXAMS, demo_question_uuid

    results = []
    names = [COMMON, *(pool_file_name(pool) for pool in POOLS)]
    # The same for every language: what each place should say in English, and the demo questions themselves.
    expected = dict(common_entries())
    for pool in POOLS:
        expected.update(pool_entries(pool))
    questions = {
        q.uuid: q
        for q in Question.objects.filter(
            uuid__in=[demo_question_uuid(question_key(p, i)) for p in POOLS for i in range(len(p.items))]
        )
    }
    for language_dir in sorted(p for p in DIRECTORY.iterdir() if p.is_dir() and not p.name.startswith("_")):
        language = language_dir.name
        cat = _Catalogue.read([p for n in names if (p := po_path(name=n, language=language)).exists()], expected)
        result = DemoQuestionTranslationResult(language=language)
        existing = {t.question_id: t for t in QuestionTranslation.objects.filter(language=language)}
        for pool in POOLS:
            for i, spec in enumerate(pool.items):
                key = question_key(pool, i)
                question = questions.get(demo_question_uuid(key))
                if question is None:
                    continue
                result.questions += 1
                fields = _translation_fields(key, spec, cat)
                if fields is None:
                    result.missing.append(key)
                    continue
                result.complete += 1
                row = existing.get(question.pk)
                if row is None:
                    QuestionTranslation.objects.create(question=question, language=language, **fields)
                elif any(getattr(row, k) != v for k, v in fields.items()):
                    QuestionTranslation.objects.filter(pk=row.pk).update(**fields)
        titles = {}
        for pool in POOLS:
            slug = pool.module_assessment
            titles[slug] = (cat.get(f"assessment {slug} title"), cat.get(f"assessment {slug} description"), pool)
        for level, (slug, _title) in EXAMS.items():
            titles[slug] = (cat.get(f"exam {level} title"), cat.get(f"exam {level} description"), None)
        for assessment in Assessment.objects.filter(slug__in=titles).prefetch_related("competencies"):
            title, description, pool = titles[assessment.slug]
            if not title:
                continue
            values = {"competency": "", "count": str(assessment.competencies.count())}
            if pool is not None:
                competency = next((c for c in assessment.competencies.all() if c.code == pool.competency), None)
                values["competency"] = competency.name_in(language) if competency else ""
            entry = {"name": _fill(title, values)}
            if description:
                entry["description"] = _fill(description, values)
            if (assessment.translations or {}).get(language) != entry:
                assessment.translations = {**(assessment.translations or {}), language: entry}
                assessment.save(update_fields=["translations"])
            result.assessments += 1
        results.append(result)
    return results
