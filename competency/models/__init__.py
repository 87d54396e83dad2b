from .framework import Aspect, Competency, CrosswalkLink, Framework, Level, Objective
from .progress import CompetencyEvidence, CompetencyMastery, LevelAttainment

__all__ = [
    "Aspect",
    "Competency",
    "CompetencyEvidence",
    "CompetencyMastery",
    "CrosswalkLink",
    "Framework",
    "Level",
    "LevelAttainment",
    "Objective",
]
