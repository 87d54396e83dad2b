from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors


def _render_matrix(request: HttpRequest, framework) -> HttpResponse:
    matrix = selectors.framework_matrix(framework=framework)
    others = [f for f in selectors.framework_list() if f.pk != framework.pk]
    return render(request, "competency/framework.html", {"matrix": matrix, "framework": framework, "others": others})


@require_GET
def framework_current(request: HttpRequest) -> HttpResponse:
    framework = selectors.framework_get_current()
    if framework is None:
        raise Http404("No framework is loaded yet.")
    return _render_matrix(request, framework)


@require_GET
def framework_detail(request: HttpRequest, slug: str) -> HttpResponse:
    framework = selectors.framework_get_detailed(slug=slug)
    if framework is None:
        raise Http404
    return _render_matrix(request, framework)


@require_GET
def competency_detail(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    competency = selectors.competency_get(framework_slug=slug, code=code)
    if competency is None:
        raise Http404
    return render(request, "competency/competency.html", {"competency": competency, "framework": competency.framework})


@require_GET
def level_detail(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    level = selectors.level_get(framework_slug=slug, code=code)
    if level is None:
        raise Http404
    return render(request, "competency/level.html", {"level": level, "framework": level.framework})
