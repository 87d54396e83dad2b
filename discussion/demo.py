"""Demo discussions: the demo cohort's introductions and a question on its first lesson (load_demo, idempotent)."""

from django.db import transaction


def discussion_demo_ensure() -> None:
    from accounts.models import User
    from cms.models import LessonPage
    from cohorts.demo import DEMO_COHORT, TRAINER
    from cohorts.models import Cohort

    from .models import PlaceKind, Post, Thread
    from .permissions import Place
    from .services import post_create, post_helpful_toggle, thread_create

    cohort = Cohort.objects.filter(name=DEMO_COHORT).first()
    trainer = User.objects.filter(username=TRAINER).first()
    people = list(User.objects.filter(username__startswith="demo-teacher-").order_by("username")[:4])
    if cohort is None or trainer is None or len(people) < 4:
        return
    place = Place(kind=PlaceKind.COHORT, cohort=cohort)
    with transaction.atomic():
        if not Thread.objects.filter(cohort=cohort).exists():
            thread = thread_create(
                user=trainer,
                place=place,
                title="Introductions: who teaches what?",
                body="Welcome to the **Riverside** cohort!\n\nTell us your school, your subject and one thing you "
                "want to try with ICT this term.",
            )
            post_create(
                user=people[0],
                thread=thread,
                place=place,
                body="Mathematics, lower secondary. I want to try *shared spreadsheets* for homework.",
            )
            first = thread.posts.order_by("-id").first()
            post_create(
                user=people[1],
                thread=thread,
                place=place,
                body="Same here! @demo-teacher-01 the guide at https://www.unesco.org/ helped me start.",
                parent_id=first.pk,
            )
            post_create(user=people[2], thread=thread, place=place, body="أدرّس اللغة العربية في المرحلة الابتدائية.")
        modules = list(cohort.modules.order_by("path")[:1])
        lesson = LessonPage.objects.live().child_of(modules[0]).order_by("path").first() if modules else None
        if lesson is not None and not Thread.objects.filter(page=lesson).exists():
            lesson_place = Place(kind=PlaceKind.LESSON, page=lesson)
            thread = thread_create(
                user=people[3],
                place=lesson_place,
                title="Where do I find the reflection notes later?",
                body="I wrote a reflection in this lesson. Can I read it again somewhere?",
            )
            answer = post_create(
                user=people[0],
                thread=thread,
                place=lesson_place,
                body="Yes: open the lesson again, your note is kept under the question.",
            )
            post_helpful_toggle(user=people[3], post=Post.objects.get(pk=answer.pk), place=lesson_place)
