from .catalog import CatalogPage
from .home import HomePage
from .lesson import LessonPage
from .module import ModuleAssessment, ModulePage
from .progress import (
    CompletionMethod,
    LessonCompletion,
    ModuleEnrolment,
    OfflineEvent,
    OfflineEventKind,
    OfflineEventOutcome,
    ReflectionNote,
)

__all__ = [
    "CatalogPage",
    "CompletionMethod",
    "HomePage",
    "LessonCompletion",
    "LessonPage",
    "ModuleAssessment",
    "ModuleEnrolment",
    "ModulePage",
    "OfflineEvent",
    "OfflineEventKind",
    "OfflineEventOutcome",
    "ReflectionNote",
]
