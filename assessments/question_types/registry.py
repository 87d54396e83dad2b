"""The one registry of question types: `question_kind("single")` gives the class that owns all of that type."""

from .base import QuestionKind

_KINDS: dict[str, QuestionKind] = {}


def question_kind(name: str) -> QuestionKind:
    if not _KINDS:
        _load()
    return _KINDS[name]


def question_kinds() -> list[QuestionKind]:
    """Every type, in the order they are offered."""
    if not _KINDS:
        _load()
    return list(_KINDS.values())


def moodle_reader(moodle_type: str) -> QuestionKind | None:
    """The type that reads Moodle's <question type="…">; multichoice is read by single (it may become multiple)."""
    return next((k for k in question_kinds() if k.moodle_type == moodle_type and k.reads_moodle), None)


def _load() -> None:
    # One line per type. Types never import the registry (nor each other): import-linter checks it.
    from .cloze import Cloze
    from .extended import Extended
    from .matching import Matching
    from .multiple import Multiple
    from .numeric import Numeric
    from .ordering import Ordering
    from .short_text import ShortText
    from .single import Single
    from .true_false import TrueFalse

    for kind in (Single, Multiple, TrueFalse, Numeric, ShortText, Ordering, Matching, Extended, Cloze):
        _KINDS[kind.name] = kind()
