"""What cms holds about a person, for the privacy export and erasure (privacy.registry, ADR 0151)."""

from .models.progress import LessonCompletion, ModuleEnrolment, OfflineEvent, ReflectionNote


def export(*, user) -> dict[str, list[dict]]:
    return {
        "module_enrolments": list(
            ModuleEnrolment.objects.filter(user=user)
            .order_by("started_at", "pk")
            .values("module__slug", "module__title", "started_at", "completed_at")
        ),
        "lesson_progress": list(
            LessonCompletion.objects.filter(user=user)
            .order_by("completed_at", "pk")
            .values("module__slug", "lesson__slug", "lesson__title", "method", "completed_at")
        ),
        "reflection_notes": list(
            ReflectionNote.objects.filter(user=user)
            .order_by("written_at", "pk")
            .values("lesson__slug", "block_id", "text", "written_at", "updated_at")
        ),
        "offline_events": list(
            OfflineEvent.objects.filter(user=user)
            .order_by("received_at", "pk")
            .values("uuid", "kind", "lesson__slug", "block_id", "client_at", "received_at", "outcome")
        ),
    }


def erase(*, user) -> dict[str, int]:
    """Reflection notes are the teacher's own words: they go. Which lessons were done stays, for the figures."""
    return {
        "reflection_notes": ReflectionNote.objects.filter(user=user).delete()[0],
        "offline_events": OfflineEvent.objects.filter(user=user).delete()[0],
    }
