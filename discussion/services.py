"""Writes: start a thread, post and reply, mark helpful, report, hide or restore, lock (ADR 0191)."""

from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.services import audit_record

from .formatting import mentioned_usernames, render, text_normalise
from .models import BODY_MAX_CHARS, TITLE_MAX_CHARS, Post, Report, Thread
from .permissions import Place, can_moderate, can_read, place_of, readers_among

# Distinct members whose reports hide a post at once, before any moderator looks (ADR 0191).
REPORTS_TO_HIDE = 3


def count_cache_key(place: Place) -> str:
    return f"discussion:count:{'cohort' if place.cohort is not None else 'page'}:{(place.cohort or place.page).pk}"


def _count_changed(place: Place) -> None:
    # Now, and again after the commit: a page read between the two would have cached the old count.
    key = count_cache_key(place)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _notify(**kwargs) -> None:
    from notifications.services import notification_send

    notification_send(**kwargs)


def _clean_body(body: str) -> str:
    body = text_normalise(body or "")
    if not body:
        raise ValidationError(_("Write something before posting."), code="empty")
    if len(body) > BODY_MAX_CHARS:
        raise ValidationError(
            _("A post can be at most %(max)d characters long; this one has %(count)d.")
            % {"max": BODY_MAX_CHARS, "count": len(body)},
            code="too_long",
        )
    return body


def _post_url(post: Post) -> str:
    return reverse("discussion:thread", args=[post.thread_id]) + f"#post-{post.pk}"


def thread_create(*, user, place: Place, title: str, body: str) -> Thread:
    if not can_read(user=user, place=place):
        raise PermissionDenied
    title = " ".join(text_normalise(title or "").split())[:TITLE_MAX_CHARS]
    if not title:
        raise ValidationError(_("Give the discussion a title."), code="title")
    body = _clean_body(body)
    with transaction.atomic():
        thread = Thread.objects.create(
            place=place.kind, title=title, author=user, last_post_at=timezone.now(), **place.filter()
        )
        _post_add(user=user, thread=thread, place=place, body=body, parent=None)
    return thread


def post_create(*, user, thread: Thread, place: Place, body: str, parent_id: int | None = None) -> Post:
    if not can_read(user=user, place=place):
        raise PermissionDenied
    body = _clean_body(body)
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        if locked.locked:
            raise ValidationError(_("This discussion is locked: no new posts."), code="locked")
        parent = None
        if parent_id:
            parent = Post.objects.filter(pk=parent_id, thread=locked).first()
            if parent is None:
                raise ValidationError(_("The post you answer is not in this discussion."), code="parent")
            parent = parent.parent or parent  # a reply to a reply joins its parent: one level, whatever is sent
        return _post_add(user=user, thread=locked, place=place, body=body, parent=parent)


def _post_add(*, user, thread: Thread, place: Place, body: str, parent: Post | None) -> Post:
    post = Post.objects.create(thread=thread, parent=parent, author=user, body=body, html=render(body))
    Thread.objects.filter(pk=thread.pk).update(post_count=F("post_count") + 1, last_post_at=post.created_at)
    _count_changed(place)
    told = {user.pk}
    url = _post_url(post)
    for recipient in (parent.author if parent else None, thread.author):
        if recipient is not None and recipient.pk not in told:
            told.add(recipient.pk)
            _notify(
                recipient=recipient,
                kind="discussion.reply",
                actor=user,
                url=url,
                params={"thread": thread.title},
                dedupe_key=f"post:{post.pk}",
            )
    for mentioned in readers_among(place=place, usernames=mentioned_usernames(body)):
        if mentioned.pk not in told:
            told.add(mentioned.pk)
            _notify(
                recipient=mentioned,
                kind="discussion.mention",
                actor=user,
                url=url,
                params={"thread": thread.title},
                dedupe_key=f"post:{post.pk}",
            )
    return post


def post_helpful_toggle(*, user, post: Post, place: Place) -> Post:
    """The thread's author or a moderator marks an answer as helpful (or takes the mark back)."""
    if not (
        (post.thread.author_id == user.pk and can_read(user=user, place=place)) or can_moderate(user=user, place=place)
    ):
        raise PermissionDenied
    if post.helpful_at is None:
        post.helpful_at, post.helpful_by = timezone.now(), user
    else:
        post.helpful_at, post.helpful_by = None, None
    post.save(update_fields=["helpful_at", "helpful_by"])
    return post


def _visible_change(post: Post, delta: int, place: Place) -> None:
    Thread.objects.filter(pk=post.thread_id).update(post_count=F("post_count") + delta)
    _count_changed(place)


def post_report(*, user, post: Post, place: Place, reason: str, note: str = "") -> Report | None:
    """Once per member and post. At REPORTS_TO_HIDE distinct reports the post hides at once, waiting for a
    moderator; a cohort's trainers are told."""
    if not can_read(user=user, place=place) or post.author_id == user.pk:
        raise PermissionDenied
    try:
        with transaction.atomic():
            report = Report.objects.create(post=post, reporter=user, reason=reason, note=text_normalise(note)[:500])
            locked = Post.objects.select_for_update().get(pk=post.pk)
            open_reports = Report.objects.filter(post=locked, resolved_at__isnull=True).count()
            if locked.hidden_at is None and open_reports >= REPORTS_TO_HIDE:
                locked.hidden_at, locked.hidden_by = timezone.now(), None
                locked.save(update_fields=["hidden_at", "hidden_by"])
                _visible_change(locked, -1, place)
    except IntegrityError:
        return None  # reported before by the same member: nothing new
    if place.cohort is not None:
        for trainer in place.cohort.trainers.all():
            _notify(
                recipient=trainer,
                kind="discussion.reported",
                url=reverse("discussion:moderation"),
                params={"thread": post.thread.title},
                dedupe_key=f"report:{post.pk}",
            )
    return report


def post_hide(*, moderator, post: Post, place: Place, hide: bool, reason: str = "") -> Post:
    """Hide at once (or restore); the open reports on the post are resolved with that decision."""
    if not can_moderate(user=moderator, place=place):
        raise PermissionDenied
    with transaction.atomic():
        locked = Post.objects.select_for_update().get(pk=post.pk)
        now = timezone.now()
        if hide and locked.hidden_at is None:
            locked.hidden_at, locked.hidden_by = now, moderator
            _visible_change(locked, -1, place)
        elif not hide and locked.hidden_at is not None:
            locked.hidden_at, locked.hidden_by = None, None
            _visible_change(locked, +1, place)
        elif hide:
            locked.hidden_by = moderator  # hidden by reports, now confirmed by a moderator
        locked.save(update_fields=["hidden_at", "hidden_by"])
        Report.objects.filter(post=locked, resolved_at__isnull=True).update(
            resolved_at=now, resolved_by=moderator, hidden=hide
        )
        audit_record(
            actor=moderator,
            action="discussion.post.hidden" if hide else "discussion.post.restored",
            target=locked,
            reason=reason,
            data={"thread": locked.thread_id},
        )
    return locked


def thread_lock(*, moderator, thread: Thread, place: Place, lock: bool) -> Thread:
    if not can_moderate(user=moderator, place=place):
        raise PermissionDenied
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        locked.locked_at, locked.locked_by = (timezone.now(), moderator) if lock else (None, None)
        locked.save(update_fields=["locked_at", "locked_by"])
        audit_record(
            actor=moderator, action="discussion.thread.locked" if lock else "discussion.thread.unlocked", target=locked
        )
    return locked


def place_of_post(post: Post) -> Place:
    place = place_of(post.thread)
    return Place(kind=place.kind, page=place.page.specific, cohort=None) if place.page is not None else place
