"""Progress made offline, sent later: each change counts once, whatever the network does to the requests."""

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from cms.models import CompletionMethod, LessonCompletion, ModuleEnrolment, OfflineEvent, ReflectionNote

from .conftest import PASSWORD, lessons_of

URL = "/learn/sync/"


@pytest.fixture
def module(make_module):
    return make_module("sync", lessons=2, blocks=1)


@pytest.fixture
def signed_in(client, teacher):
    client.login(username=teacher.username, password=PASSWORD)
    return client


def complete(lesson, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": lesson.pk, "at": _iso(), **extra}


def note(lesson, text: str, at: datetime | None = None, **extra) -> dict:
    block = next(b.id for b in lesson.body if b.block_type == "reflection")
    return {
        "id": str(uuid.uuid4()),
        "type": "reflection_save",
        "lesson": lesson.pk,
        "block": block,
        "text": text,
        "at": _iso(at),
        **extra,
    }


def _iso(at: datetime | None = None) -> str:
    return (at or timezone.now()).isoformat()


def sync(client, events, user=None):
    body = {"events": events} if user is None else {"events": events, "user": user}
    return client.post(URL, json.dumps(body), content_type="application/json")


def statuses(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [r["status"] for r in response.json()["results"]]


def test_a_lesson_marked_complete_offline_is_recorded_once_however_often_it_is_sent(signed_in, teacher, module):
    first, second = lessons_of(module)
    event = complete(first)
    assert statuses(sync(signed_in, [event])) == ["applied"]
    assert statuses(sync(signed_in, [event])) == ["duplicate"]  # the reply was lost, the device sends again
    assert statuses(sync(signed_in, [event, event])) == ["duplicate", "duplicate"]
    completion = LessonCompletion.objects.get(user=teacher)
    assert completion.lesson_id == first.pk and completion.method == CompletionMethod.OFFLINE
    assert OfflineEvent.objects.filter(user=teacher).count() == 1
    # Two devices (or two taps) marking the same lesson: two events, still one completion.
    assert statuses(sync(signed_in, [complete(first)])) == ["applied"]
    assert LessonCompletion.objects.filter(user=teacher).count() == 1
    assert ModuleEnrolment.objects.get(user=teacher, module=module).completed_at is None
    assert statuses(sync(signed_in, [complete(second)])) == ["applied"]
    assert ModuleEnrolment.objects.get(user=teacher, module=module).completed_at is not None


def test_duplicates_inside_one_batch_count_once(signed_in, teacher, module):
    first, _second = lessons_of(module)
    event = complete(first)
    assert statuses(sync(signed_in, [event, event, event])) == ["applied", "duplicate", "duplicate"]
    assert LessonCompletion.objects.filter(user=teacher).count() == 1


def test_notes_arriving_out_of_order_keep_the_newest_text(signed_in, teacher, module):
    first, _second = lessons_of(module)
    t0 = timezone.now() - timedelta(hours=2)
    older, newer = note(first, "first draft", t0), note(first, "final words", t0 + timedelta(minutes=5))
    assert statuses(sync(signed_in, [newer, older])) == ["applied", "superseded"]
    assert ReflectionNote.objects.get(user=teacher).text == "final words"
    # Replaying the whole queue later changes nothing.
    assert statuses(sync(signed_in, [older, newer])) == ["duplicate", "duplicate"]
    assert ReflectionNote.objects.get(user=teacher).text == "final words"


def test_a_note_written_offline_before_an_online_edit_does_not_overwrite_it(signed_in, teacher, module):
    first, _second = lessons_of(module)
    stale = note(first, "written on the bus", timezone.now() - timedelta(minutes=30))
    block = stale["block"]
    signed_in.post(f"/learn/lessons/{first.pk}/reflections/{block}/", {"text": "edited at school"})
    assert statuses(sync(signed_in, [stale])) == ["superseded"]
    assert ReflectionNote.objects.get(user=teacher).text == "edited at school"


def test_a_device_clock_in_the_future_does_not_pin_the_note(signed_in, teacher, module):
    first, _second = lessons_of(module)
    ahead = note(first, "from a phone a year ahead", timezone.now() + timedelta(days=365))
    assert statuses(sync(signed_in, [ahead])) == ["applied"]
    assert ReflectionNote.objects.get(user=teacher).written_at <= timezone.now()
    later = note(first, "from the right clock")
    assert statuses(sync(signed_in, [later])) == ["applied"]
    assert ReflectionNote.objects.get(user=teacher).text == "from the right clock"


def test_a_partial_batch_applies_what_it_can_and_says_why_the_rest_was_refused(signed_in, teacher, module):
    first, second = lessons_of(module)
    too_long = note(first, "x" * 5001)
    bad_prompt = {**note(first, "hi"), "block": "not-a-prompt"}
    second.unpublish()
    gone = complete(second)
    events = [complete(first), too_long, bad_prompt, gone, {"id": "nope", "type": "lesson_complete"}, 5]
    response = sync(signed_in, events)
    assert statuses(response) == ["applied", "rejected", "rejected", "rejected", "rejected", "rejected"]
    reasons = [r["reason"] for r in response.json()["results"]]
    assert "too long" in reasons[1] and "not part of the lesson" in reasons[2] and "no longer published" in reasons[3]
    assert LessonCompletion.objects.filter(user=teacher).count() == 1
    assert not ReflectionNote.objects.exists()
    # A refused change leaves no record: the same id is refused again, never "duplicate".
    assert statuses(sync(signed_in, [too_long])) == ["rejected"]


@pytest.mark.parametrize(
    "event",
    [
        {"type": "lesson_complete", "lesson": 1, "at": "2026-01-01T00:00:00Z"},  # no id
        {"id": "not-a-uuid", "type": "lesson_complete", "lesson": 1, "at": "2026-01-01T00:00:00Z"},
        {"id": str(uuid.uuid4()), "type": "delete_everything", "lesson": 1, "at": "2026-01-01T00:00:00Z"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": "1", "at": "2026-01-01T00:00:00Z"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": True, "at": "2026-01-01T00:00:00Z"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": 10**30, "at": "2026-01-01T00:00:00Z"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": 1, "at": "yesterday"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": 1, "at": "2026-13-45T99:00:00"},
        {"id": str(uuid.uuid4()), "type": "lesson_complete", "lesson": 1},
        {"id": str(uuid.uuid4()), "type": "reflection_save", "lesson": 1, "at": "2026-01-01T00:00:00Z"},
        {
            "id": str(uuid.uuid4()),
            "type": "reflection_save",
            "lesson": 1,
            "at": "2026-01-01T00:00:00Z",
            "block": "b" * 65,
            "text": "x",
        },
        {"id": 12, "type": "lesson_complete", "lesson": 1, "at": "2026-01-01T00:00:00Z"},
    ],
)
def test_a_malformed_event_is_rejected_with_a_reason(signed_in, module, event):
    response = sync(signed_in, [event])
    assert statuses(response) == ["rejected"] and response.json()["results"][0]["reason"]
    assert not OfflineEvent.objects.exists() and not LessonCompletion.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'"events"',
        b"{}",
        b'{"events": {}}',
        b'{"events": null}',
        b'{"events": [], "user": "me"}',
        b'{"events": [], "user": true}',
        json.dumps({"events": [{}] * 101}).encode(),
    ],
)
def test_an_unreadable_batch_answers_400_with_a_reason(signed_in, body):
    response = signed_in.post(URL, body, content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "malformed" and response.json()["error"]


def test_signed_out_sync_answers_401_and_applies_nothing(client, module):
    first, _second = lessons_of(module)
    response = sync(client, [complete(first)])
    assert response.status_code == 401
    assert response.json()["code"] == "signed_out" and "/accounts/login/" in response.json()["login_url"]
    assert not LessonCompletion.objects.exists() and not OfflineEvent.objects.exists()


def test_a_queue_made_under_another_account_is_refused(signed_in, teacher, module):
    first, _second = lessons_of(module)
    response = sync(signed_in, [complete(first)], user=teacher.pk + 1000)
    assert response.status_code == 403 and response.json()["code"] == "other_user"
    assert not LessonCompletion.objects.exists()
    assert statuses(sync(signed_in, [complete(first)], user=teacher.pk)) == ["applied"]


def test_an_event_id_used_by_another_teacher_is_not_theirs_to_replay(client, make_user, module):
    first, _second = lessons_of(module)
    event = complete(first)
    alice, bob = make_user("alice"), make_user("bob")
    client.login(username="alice", password=PASSWORD)
    assert statuses(sync(client, [event])) == ["applied"]
    client.logout()
    client.login(username="bob", password=PASSWORD)
    assert statuses(sync(client, [event])) == ["rejected"]
    assert list(LessonCompletion.objects.values_list("user__username", flat=True)) == ["alice"]
    assert alice.pk != bob.pk


def test_sync_needs_post_and_the_csrf_token(teacher, module):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.login(username=teacher.username, password=PASSWORD)
    first, _second = lessons_of(module)
    assert sync(strict, [complete(first)]).status_code == 403
    assert strict.get(URL).status_code == 405
    assert not LessonCompletion.objects.exists()


def test_naive_device_times_are_read_as_utc(signed_in, teacher, module):
    first, _second = lessons_of(module)
    at = datetime(2026, 1, 5, 10, 0)
    assert statuses(sync(signed_in, [{**note(first, "hello"), "at": at.isoformat()}])) == ["applied"]
    assert ReflectionNote.objects.get(user=teacher).written_at == at.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"events": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "The JSON is nested deeper than 8 levels."),
        (b'{"events": [], "user": 1, "user": 2}', "The JSON has the key 'user' twice."),
        (b'{"events": [], "user": NaN}', "The JSON contains NaN, which is not a number JSON allows."),
        (b'{"events": [\xff]}', "The JSON is not valid UTF-8 (byte 12)."),
    ],
)
def test_a_hostile_batch_is_refused_400_with_the_reason_and_nothing_applied(signed_in, module, body, reason):
    response = signed_in.post(URL, body, content_type="application/json")
    assert response.status_code == 400 and response.json() == {"error": reason, "code": "malformed"}
    assert not OfflineEvent.objects.exists()


def test_a_note_holding_nul_is_refused_before_it_reaches_the_database(signed_in, module):
    lesson = lessons_of(module)[0]
    body = json.dumps({"events": [note(lesson, "before\u0000after")]})
    response = signed_in.post(URL, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"] == "The JSON contains a NUL character (\\u0000) in a text."
    assert not ReflectionNote.objects.exists()


def test_a_batch_declared_larger_than_the_cap_is_refused_413_unread(signed_in, module):
    from cms.offline_sync import MAX_BODY

    class Unread:
        def read(self, size=-1):
            raise AssertionError("the body was read")

        readline = read

    response = signed_in.generic(
        "POST",
        URL,
        b"",
        CONTENT_TYPE="application/json",
        CONTENT_LENGTH=str(MAX_BODY + 1),
        **{"wsgi.input": Unread()},
    )
    assert response.status_code == 413
    assert response.json() == {"error": "The JSON is larger than 2.5\xa0MB.", "code": "too_large"}
