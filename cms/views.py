"""The teacher's learning flow under /learn/: plain POST forms and redirects, no JavaScript needed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .level_progress import learning_levels
from .locales import active_content_language
from .models import CompletionMethod, LessonPage, ModulePage


# `id`, not `pk`: the pk of a page type is its parent link, whose lookup does not turn a number too large for the
# database into "not found" (an OverflowError otherwise); the inherited `id` is an AutoField, whose lookup does.
def _live_lesson(page_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), id=page_id)


@login_required
@require_POST
def module_start(request, page_id: int):
    module = get_object_or_404(ModulePage.objects.live(), id=page_id)
    services.module_start(user=request.user, module=module)
    lessons = selectors.module_lessons(module=module)
    done = frozenset(module.lesson_completions.filter(user=request.user).values_list("lesson_id", flat=True))
    target = selectors.resume_lesson(lessons=lessons, done_ids=done)
    return redirect(target.url if target else module.url)


@login_required
@require_POST
def lesson_complete(request, page_id: int):
    """Mark a lesson done. `then=next` is the "Next" button at the end of a lesson (reaching the end)."""
    lesson = _live_lesson(page_id)
    then = request.POST.get("then", "stay")
    method = CompletionMethod.REACHED_END if then == "next" else CompletionMethod.MARKED
    try:
        _completion, created = services.lesson_complete(user=request.user, lesson=lesson, method=method)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(lesson.url)
    if then == "next":
        following = lesson.get_next_siblings().live().type(LessonPage).first()
        return redirect(following.url if following else lesson.get_parent().url)
    if created:
        messages.success(request, _("Lesson marked as complete."))
    return redirect(f"{lesson.url}#progress")


@login_required
@require_POST
def reflection_save(request, page_id: int, block_id: str):
    lesson = _live_lesson(page_id)
    try:
        note = services.reflection_save(
            user=request.user, lesson=lesson, block_id=block_id, text=request.POST.get("text", "")
        )
    except ValidationError as exc:
        # Show the text again with the reason, so nothing the teacher wrote is lost.
        context = {"lesson": lesson, "block_id": block_id, "text": request.POST.get("text", ""), "errors": exc.messages}
        return render(request, "cms/reflection_error.html", context, status=400)
    messages.success(request, _("Your note is saved.") if note else _("Your note is cleared."))
    return redirect(f"{lesson.url}#reflection-{block_id}")


@login_required
def my_learning(request):
    catalog = selectors.catalog_pages_first()
    language = active_content_language()
    context = {
        **selectors.my_learning(user=request.user, language=language),
        "levels": learning_levels(user=request.user, language=language),
        "catalog_url": catalog.url if catalog else "",
    }
    return render(request, "cms/my_learning.html", context)
