"""What competency holds about a person, for the privacy export (privacy.registry, ADR 0151).

Nothing is erased here: evidence, mastery and attainments stay, attached to the pseudonymised account, so cohort and
programme figures do not change after someone leaves.
"""

from .models import CompetencyEvidence, CompetencyMastery, LevelAttainment


def export(*, user) -> dict[str, list[dict]]:
    return {
        "competency_evidence": list(
            CompetencyEvidence.objects.filter(user=user)
            .order_by("observed_at", "pk")
            .values("id", "competency__code", "source_type", "source_id", "score", "passed", "detail", "observed_at")
        ),
        "competency_mastery": list(
            CompetencyMastery.objects.filter(user=user)
            .order_by("competency__code")
            .values("competency__code", "status", "score", "mastered_at", "rule", "decided_at")
        ),
        "level_attainments": list(
            LevelAttainment.objects.filter(user=user).order_by("pk").values("id", "level__code", "attained_at")
        ),
    }
