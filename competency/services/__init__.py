from .framework import (
    FrameworkLoadError,
    FrameworkLoadResult,
    framework_delete,
    framework_has_dependents,
    framework_load,
)
from .progress import EvidenceInput, evidence_record, evidence_record_many, level_evaluate, mastery_recompute
from .translations import framework_translations_load

__all__ = [
    "EvidenceInput",
    "FrameworkLoadError",
    "FrameworkLoadResult",
    "evidence_record",
    "evidence_record_many",
    "framework_delete",
    "framework_has_dependents",
    "framework_load",
    "framework_translations_load",
    "level_evaluate",
    "mastery_recompute",
]
