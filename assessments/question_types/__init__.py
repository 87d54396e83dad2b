"""Question types, one module each (single, multiple, true_false, numeric, short_text, ordering, matching,
extended, cloze), registered in registry.py. See base.py for what a type provides and ADR 0185 for why."""

from .registry import moodle_reader, question_kind, question_kinds

__all__ = ["moodle_reader", "question_kind", "question_kinds"]
