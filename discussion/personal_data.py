"""What discussions hold about a person (privacy.registry, ADR 0151): their threads, posts and reports.

Erasure keeps posts and threads readable (a conversation loses its sense with holes in it), under the account's
pseudonym, which every page shows as "a former member"; only the free-text note of their reports is blanked (it may
name others and serves nobody once decided). Marks of moderation they made stay as they are."""

from .models import Post, Report, Thread


def export(*, user) -> dict[str, list[dict]]:
    return {
        "discussion_threads": list(
            Thread.objects.filter(author=user).values("place", "page_id", "cohort__name", "title", "created_at")
        ),
        "discussion_posts": list(
            Post.objects.filter(author=user).values("thread__title", "body", "created_at", "hidden_at", "helpful_at")
        ),
        "discussion_reports": list(
            Report.objects.filter(reporter=user).values("post_id", "reason", "note", "created_at", "resolved_at")
        ),
    }


def erase(*, user) -> dict[str, int]:
    notes = Report.objects.filter(reporter=user).exclude(note="").update(note="")
    return {
        "discussion_posts_kept_as_former_member": Post.objects.filter(author=user).count(),
        "discussion_report_notes_blanked": notes,
    }
