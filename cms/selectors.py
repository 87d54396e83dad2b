"""Reads for the catalogue, module and lesson pages and "My learning". Query counts stay flat."""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Cast
from wagtail.models import Page

from competency.models import Aspect, Competency, Framework, Level

from .locales import default_content_language
from .models import (
    CatalogPage,
    LessonCompletion,
    LessonPage,
    ModuleAssessment,
    ModuleEnrolment,
    ModulePage,
    ReflectionNote,
)
from .page_cache import body_segments, cache_get, cache_put, page_cache_key, page_text
from .translations import Shown, retitle, shown_page

STEPLEN = Page.steplen


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    done_ids: frozenset[int] = frozenset()

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass(frozen=True)
class CatalogFilters:
    level: str = ""
    aspect: str = ""
    competency: str = ""
    language: str = ""
    q: str = ""

    @classmethod
    def from_query(cls, query) -> "CatalogFilters":
        def clean(name: str, limit: int = 20) -> str:
            # A NUL byte cannot reach the database (PostgreSQL refuses it, SQLite's full-text syntax breaks on it).
            return (query.get(name) or "").replace("\x00", "").strip()[:limit]

        q = clean("q", 200)
        if q.count('"') % 2:  # an unclosed quote is a full-text syntax error: search the words instead
            q = q.replace('"', " ").strip()
        return cls(
            level=clean("level"),
            aspect=clean("aspect"),
            competency=clean("competency"),
            language=clean("language"),
            q=q,
        )

    @property
    def active(self) -> bool:
        return any((self.level, self.aspect, self.competency, self.language, self.q))


def catalog_pages_first() -> CatalogPage | None:
    return CatalogPage.objects.live().order_by("path").first()


def _current_framework() -> Framework | None:
    return Framework.objects.filter(is_current=True).first() or Framework.objects.order_by("slug").first()


def catalog_modules(*, catalog: Page, filters: CatalogFilters):
    modules = ModulePage.objects.live().descendant_of(catalog)
    if filters.level:
        modules = modules.filter(level__code=filters.level)
    if filters.aspect:
        modules = modules.filter(competencies__aspect__code=filters.aspect)
    if filters.competency:
        modules = modules.filter(competencies__code=filters.competency)
    if filters.language:
        # Written in that language, or translated into it (a live translation page in that locale).
        translated = ModulePage.objects.live().not_descendant_of(catalog).filter(locale__language_code=filters.language)
        modules = modules.filter(
            Q(language=filters.language) | Q(translation_key__in=translated.values("translation_key"))
        )
    return (
        modules.distinct()
        .select_related("level", "cover_image")
        .prefetch_related("competencies")
        .order_by("level__order", "path")
    )


def catalog_matrix(*, catalog: Page, framework: Framework) -> list[dict]:
    """Rows of levels, each with one cell per aspect: the competency and how many live modules develop it."""
    counts = dict(
        ModulePage.objects.live()
        .descendant_of(catalog)
        .filter(competencies__framework=framework)
        .order_by()  # the default path ordering would split the GROUP BY
        .values_list("competencies__id")
        .annotate(n=Count("pk", distinct=True))
        .values_list("competencies__id", "n")
    )
    aspects = list(Aspect.objects.filter(framework=framework).order_by("order"))
    by_cell = {
        (c.level_id, c.aspect_id): c
        for c in Competency.objects.filter(framework=framework).only(
            "id", "code", "title", "translations", "level", "aspect"
        )
    }
    rows = []
    for level in Level.objects.filter(framework=framework).order_by("order"):
        cells = []
        for aspect in aspects:
            comp = by_cell.get((level.id, aspect.id))
            cells.append({"aspect": aspect, "competency": comp, "count": counts.get(comp.id, 0) if comp else 0})
        rows.append({"level": level, "cells": cells})
    return rows


def _canonical(*, model, hits: list, catalog: Page) -> list:
    """Search hits in a translation tree mapped onto the canonical pages teachers open (one query)."""
    foreign = [h for h in hits if not h.path.startswith(catalog.path)]
    if not foreign:
        return hits
    by_key = {
        p.translation_key: p
        for p in model.objects.live()
        .descendant_of(catalog)
        .filter(translation_key__in=[h.translation_key for h in foreign])
        .defer_streamfields()
    }
    out, seen = [], set()
    for hit in hits:
        page = hit if hit.path.startswith(catalog.path) else by_key.get(hit.translation_key)
        if page is not None and page.pk not in seen:
            seen.add(page.pk)
            out.append(page)
    return out


def catalog_search(*, catalog: Page, filters: CatalogFilters, modules: list[ModulePage]) -> dict:
    """Modules and lessons matching the words in any language, limited to the modules the other filters let through."""
    by_path = {m.path: m for m in modules}
    module_hits = _canonical(model=ModulePage, hits=list(ModulePage.objects.live().search(filters.q)), catalog=catalog)
    lesson_hits = []
    lessons = _canonical(model=LessonPage, hits=list(LessonPage.objects.live().search(filters.q)[:50]), catalog=catalog)
    for lesson in lessons:
        module = by_path.get(lesson.path[:-STEPLEN])
        if module is not None:
            lesson_hits.append({"lesson": lesson, "module": module})
    return {"module_hits": [by_path[m.path] for m in module_hits if m.path in by_path], "lesson_hits": lesson_hits}


def _languages_offered() -> list[str]:
    """Languages a module can be read in: those modules are written in, and those of live translations."""
    originals = set(ModulePage.objects.live().order_by().values_list("language", flat=True).distinct())
    translated = set(
        ModulePage.objects.live().order_by().values_list("locale__language_code", flat=True).distinct()
    ) - {default_content_language()}
    return sorted(originals | translated)


def catalog_view_data(*, catalog: Page, filters: CatalogFilters, language: str = "", preview: bool = False) -> dict:
    """The catalogue is the same for everyone: without search words, it comes from the cache (cms.page_cache)."""
    language = language or default_content_language()
    cacheable = not preview and not filters.q and catalog.pk is not None and catalog.live
    key = page_cache_key(
        "catalog",
        catalog.pk,
        catalog.live_revision_id,
        language,
        filters.level,
        filters.aspect,
        filters.competency,
        filters.language,
    )
    data = cache_get(key) if cacheable else None
    if data is None:
        data = _catalog_data(catalog=catalog, filters=filters, language=language)
        if cacheable:
            cache_put(key, data)
    return data


def _catalog_data(*, catalog: Page, filters: CatalogFilters, language: str) -> dict:
    framework = _current_framework()
    modules = list(catalog_modules(catalog=catalog, filters=filters))
    retitle(
        model=ModulePage,
        pages=modules,
        language=language,
        originals={m.pk: m.language for m in modules},
        fields=("title", "summary"),
    )
    data = {
        "filters": filters,
        "framework": framework,
        "modules": modules,
        "matrix": catalog_matrix(catalog=catalog, framework=framework) if framework else [],
        "competency_choices": list(Competency.objects.filter(framework=framework).only("code", "title", "translations"))
        if framework
        else [],
        "language_choices": _languages_offered(),
    }
    if filters.q:
        data.update(catalog_search(catalog=catalog, filters=filters, modules=modules))
        retitle(model=LessonPage, pages=[hit["lesson"] for hit in data["lesson_hits"]], language=language)
    return data


def module_lessons(*, module: Page) -> list[LessonPage]:
    return list(
        LessonPage.objects.live()
        .filter(path__startswith=module.path, depth=module.depth + 1)
        .defer_streamfields()
        .order_by("path")
    )


def _done_ids(*, user, lesson_ids: list[int]) -> frozenset[int]:
    if not user.is_authenticated or not lesson_ids:
        return frozenset()
    return frozenset(
        LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids).values_list("lesson_id", flat=True)
    )


def resume_lesson(*, lessons: list[Page], done_ids: frozenset[int]) -> Page | None:
    """Where the teacher picks up: the first lesson not yet done (or the first, to read again)."""
    for lesson in lessons:
        if lesson.pk not in done_ids:
            return lesson
    return lessons[0] if lessons else None


def module_assessment_states(*, module: ModulePage, user) -> list:
    from assessments.selectors import assessment_states_for_user

    if module.pk is None:  # a preview of a module not saved yet: its links live in memory
        links = list(module.closing_assessments.all())
    else:
        links = list(ModuleAssessment.objects.filter(page=module).select_related("assessment").order_by("sort_order"))
    assessments = [link.assessment for link in links]
    if not assessments:
        return []
    if not user.is_authenticated:
        return [{"assessment": a, "status": "", "url": a.get_absolute_url()} for a in assessments]
    return [
        {"assessment": s.assessment, "status": s.status, "url": s.url}
        for s in assessment_states_for_user(user=user, assessments=assessments)
    ]


def _module_shared(*, module: ModulePage, language: str) -> dict:
    """What every teacher sees on a module page in `language`: its words, lessons, prerequisites, competencies."""
    lessons = module_lessons(module=module)
    shown = shown_page(model=ModulePage, page=module, original_language=module.language, requested=language)
    if not shown.missing:
        retitle(model=LessonPage, pages=lessons, language=language, originals={p.pk: module.language for p in lessons})
    return {
        "shown": shown,
        "lessons": lessons,
        "prerequisite_modules": [m for m in module.prerequisites.all() if m.live],
        "module_competencies": list(
            module.competencies.select_related("framework") if module.pk else module.competencies.all()
        ),
    }


def module_view_data(*, module: ModulePage, user, language: str = "", preview: bool = False) -> dict:
    """The module page: shared parts from the cache (cms.page_cache) unless previewed, the teacher's live."""
    language = language or default_content_language()
    cacheable = not preview and module.pk is not None and module.live and module.live_revision_id is not None
    key = page_cache_key("module", module.pk, module.live_revision_id, language)
    shared = cache_get(key) if cacheable else None
    if shared is None:
        shared = _module_shared(module=module, language=language)
        if cacheable:
            shown = shared["shown"]
            cache_put(
                key,
                {
                    **shared,
                    "shown": Shown(page=page_text(shown.page), language=shown.language, requested=shown.requested),
                },
            )
    lessons = shared["lessons"]
    done = _done_ids(user=user, lesson_ids=[lesson.pk for lesson in lessons])
    progress = Progress(done=len(done), total=len(lessons), done_ids=done)
    started = bool(done) or (
        user.is_authenticated
        and module.pk is not None
        and ModuleEnrolment.objects.filter(user=user, module=module).exists()
    )
    return {
        **shared,
        "progress": progress,
        "started": started,
        "resume": resume_lesson(lessons=lessons, done_ids=done),
        "assessment_states": module_assessment_states(module=module, user=user),
    }


def lesson_marks(
    *, user, lesson_id: int | None, lesson_ids: list[int], with_notes: bool
) -> tuple[frozenset[int], dict[str, str]]:
    """The teacher's completions among the module's lessons and notes on this lesson, in one UNION query."""
    if not user.is_authenticated:
        return frozenset(), {}
    completions = (
        LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids)
        .annotate(kind=Value("done"), key=Cast("lesson_id", TextField()), note=Value("", output_field=TextField()))
        .values_list("kind", "key", "note")
    )
    if lesson_id is None or not with_notes:
        return frozenset(int(key) for _kind, key, _note in completions), {}
    notes = (
        ReflectionNote.objects.filter(user=user, lesson_id=lesson_id)
        .annotate(kind=Value("note"), key=Cast("block_id", TextField()), note=Cast("text", TextField()))
        .values_list("kind", "key", "note")
    )
    done, texts = set(), {}
    for kind, key, note in completions.union(notes, all=True):
        if kind == "done":
            done.add(int(key))
        else:
            texts[key] = note
    return frozenset(done), texts


@dataclass(frozen=True)
class LessonMarks:
    """What the parts of a lesson page that differ per teacher show (common.visitor_parts, ADR 0162)."""

    progress: Progress
    is_done: bool
    notes: dict


_REQUEST_MARKS = "_cms_lesson_marks"


def lesson_marks_remember(*, request, lesson_id: int, done: frozenset[int], notes: dict, total: int) -> None:
    """Keep marks the page already read on the request, so that its parts read them again for nothing."""
    memo = request.__dict__.setdefault(_REQUEST_MARKS, {})
    memo[lesson_id] = LessonMarks(
        progress=Progress(done=len(done), total=total, done_ids=done), is_done=lesson_id in done, notes=notes
    )


def lesson_marks_for_request(*, request, lesson_id: int, lesson_ids: list[int], with_notes: bool) -> LessonMarks:
    """The request's teacher's marks on a lesson: one query per request, shared by every part that shows them."""
    memo = request.__dict__.setdefault(_REQUEST_MARKS, {})
    if lesson_id not in memo:
        done, notes = lesson_marks(user=request.user, lesson_id=lesson_id, lesson_ids=lesson_ids, with_notes=with_notes)
        lesson_marks_remember(request=request, lesson_id=lesson_id, done=done, notes=notes, total=len(lesson_ids))
    return memo[lesson_id]


def _lesson_shared(*, lesson: LessonPage, language: str, data_saver: bool) -> dict:
    """What every teacher reading this lesson in `language` sees: module, siblings, the shown text and body."""
    parent_path = lesson.path[:-STEPLEN]
    original = ModulePage.objects.filter(page_ptr_id=OuterRef("pk")).values("language")[:1]
    pages = list(
        Page.objects.filter(Q(path=parent_path) | Q(path__startswith=parent_path, depth=lesson.depth, live=True))
        .only("id", "title", "slug", "path", "depth", "url_path", "live", "content_type_id", "translation_key")
        .annotate(original_language=Subquery(original))
        .order_by("path")
    )
    module = next((p for p in pages if p.path == parent_path), None)
    siblings = [p for p in pages if p.depth == lesson.depth]
    original_language = (module.original_language if module else None) or default_content_language()
    shown = shown_page(model=LessonPage, page=lesson, original_language=original_language, requested=language)
    if shown.language == language and original_language != language:
        # Module and sibling titles in the teacher's language too (breadcrumb, previous and next).
        others = [p for p in pages if p.pk != lesson.pk]
        retitle(model=Page, pages=others, language=language)
        if lesson.pk is not None:
            next(p for p in siblings if p.pk == lesson.pk).title = shown.page.title
    return {
        "module": module,
        "siblings": siblings,
        "shown": Shown(page=page_text(shown.page), language=shown.language, requested=shown.requested),
        "body_segments": body_segments(body=shown.page.body, data_saver=data_saver),
    }


def lesson_view_data(
    *, lesson: LessonPage, user, language: str = "", data_saver: bool = False, preview: bool = False
) -> dict:
    """Module, siblings, the teacher's marks and the text to show for a lesson page.

    All but the teacher's marks come from the cache (cms.page_cache), keyed by the lesson's live revision: a
    lesson view costs one query of its own (the marks) in every language. A preview (a draft) is never cached.
    """
    language = language or default_content_language()
    cacheable = not preview and lesson.pk is not None and lesson.live and lesson.live_revision_id is not None
    key = page_cache_key("lesson", lesson.pk, lesson.live_revision_id, language, int(data_saver))
    shared = cache_get(key) if cacheable else None
    if shared is None:
        shared = _lesson_shared(lesson=lesson, language=language, data_saver=data_saver)
        if cacheable:
            cache_put(key, shared)
    siblings = shared["siblings"]
    index = next((i for i, p in enumerate(siblings) if p.pk == lesson.pk), 0)
    lesson_ids = [p.pk for p in siblings]
    with_notes = lesson.pk is not None and any(block.block_type == "reflection" for block in lesson.body)
    done, notes = lesson_marks(user=user, lesson_id=lesson.pk, lesson_ids=lesson_ids, with_notes=with_notes)
    return {
        "module": shared["module"],
        "lessons": siblings,
        "lesson_number": index + 1,
        "previous_lesson": siblings[index - 1] if index > 0 else None,
        "next_lesson": siblings[index + 1] if index + 1 < len(siblings) else None,
        "progress": Progress(done=len(done), total=len(siblings), done_ids=done),
        "is_done": lesson.pk in done,
        "reflection_notes": notes,
        "lesson_ids": lesson_ids,  # the arguments of the page's parts (cms/parts/)
        "with_notes": with_notes,
        "lesson_page": lesson,
        "shown": shared["shown"],
        "body_segments": shared["body_segments"],
    }


@dataclass
class LearningEntry:
    module: ModulePage
    progress: Progress
    resume: Page | None = None
    lessons: list = field(default_factory=list)
    assessments: list = field(default_factory=list)


def _assessment_states_by_module(*, user, modules: list[ModulePage]) -> dict[int, list]:
    """Each module's closing assessments with the teacher's state, in two queries for all the modules."""
    from assessments.selectors import assessment_states_for_user

    links = list(
        ModuleAssessment.objects.filter(page__in=modules).select_related("assessment").order_by("page_id", "sort_order")
    )
    states = assessment_states_for_user(user=user, assessments=[link.assessment for link in links])
    by_module: dict[int, list] = {}
    for link, state in zip(links, states, strict=True):
        by_module.setdefault(link.page_id, []).append(state)
    return by_module


def my_learning(*, user, language: str = "") -> dict:
    """The teacher's started modules, split into in progress and done (all lessons completed)."""
    module_ids = set(ModuleEnrolment.objects.filter(user=user).values_list("module_id", flat=True))
    module_ids |= set(LessonCompletion.objects.filter(user=user).values_list("module_id", flat=True))
    modules = list(ModulePage.objects.live().filter(pk__in=module_ids).select_related("level").order_by("path"))
    retitle(
        model=ModulePage,
        pages=modules,
        language=language or default_content_language(),
        originals={m.pk: m.language for m in modules},
    )
    paths = [m.path for m in modules]
    lessons_by_module: dict[str, list] = {p: [] for p in paths}
    if paths:
        q = Q()
        for m in modules:
            q |= Q(path__startswith=m.path, depth=m.depth + 1)
        for lesson in (
            Page.objects.live()
            .type(LessonPage)
            .filter(q)
            .only("id", "title", "path", "url_path", "depth")
            .order_by("path")
        ):
            lessons_by_module.get(lesson.path[:-STEPLEN], []).append(lesson)
    done_ids = frozenset(LessonCompletion.objects.filter(user=user).values_list("lesson_id", flat=True))
    states_by_module = _assessment_states_by_module(user=user, modules=modules)
    in_progress, done = [], []
    for module in modules:
        lessons = lessons_by_module[module.path]
        ids = {lesson.pk for lesson in lessons}
        progress = Progress(done=len(ids & done_ids), total=len(lessons), done_ids=done_ids & ids)
        entry = LearningEntry(
            module=module,
            progress=progress,
            resume=resume_lesson(lessons=lessons, done_ids=done_ids),
            assessments=states_by_module.get(module.pk, []),
        )
        (done if progress.complete else in_progress).append(entry)
    return {"in_progress": in_progress, "done": done}
