"""LTI endpoints: login initiation, launch, our JWKS, the deep-linking picker, the course roster page.

The platform's requests come cross-site (its form posts): those views are CSRF-exempt and trust only what the
signed id_token and the server-side state say (ADR 0172).
"""

import logging
import secrets

from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.roles import Role

from . import deep_linking, roster
from .dynamic_registration import platform_register_dynamically
from .framing import frame_origins_remember
from .keys import tool_jwks
from .launch import DEEP_LINKING_LAUNCH, LaunchRefused, launch_validate, login_redirect_url
from .selectors import context_for_instructor, launch_target_url
from .services import account_link_for_launch, context_record, platform_frame_origin, resource_link_record

log = logging.getLogger(__name__)
CONTINUE_SECONDS = 120  # from the launch to the page, or to the press of "open in a new window"


def _refused(request: HttpRequest, error: LaunchRefused) -> HttpResponse:
    log.info("LTI launch refused: %s", error.message)
    return render(request, "lti/refused.html", {"message": error.message}, status=error.status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def oidc_login(request: HttpRequest) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    try:
        url = login_redirect_url(params=params.dict(), redirect_uri=request.build_absolute_uri(reverse("lti:launch")))
    except LaunchRefused as error:
        return _refused(request, error)
    return redirect(url)


@csrf_exempt
@never_cache
@require_POST
def launch(request: HttpRequest) -> HttpResponse:
    try:
        checked = launch_validate(id_token=request.POST.get("id_token", ""), state=request.POST.get("state", ""))
    except LaunchRefused as error:
        return _refused(request, error)
    link = account_link_for_launch(launch=checked)
    login(request, link.user, backend="django.contrib.auth.backends.ModelBackend")
    frame_origins_remember(request=request, origin=platform_frame_origin(platform=checked.platform))
    context = context_record(launch=checked)
    if context is not None and checked.is_instructor:
        context.instructors.add(link.user)
    if checked.message_type == DEEP_LINKING_LAUNCH:
        token = deep_linking.request_remember(launch=checked)
        return redirect("lti:deep_link", token=token)
    assessment, url = launch_target_url(custom=checked.custom)
    resource_link_record(launch=checked, link=link, context=context, assessment=assessment)
    if checked.is_instructor and context is not None and url is None:
        url = reverse("lti:course", kwargs={"pk": context.pk})
    return _continue(user=link.user, url=url or reverse("cms:my_learning"))


def _continue(*, user, url: str) -> HttpResponse:
    code = secrets.token_urlsafe(24)
    cache.set(f"lti:continue:{code}", {"user": user.pk, "url": url}, CONTINUE_SECONDS)
    return redirect("lti:continue", code=code)


@never_cache
@require_GET
def launch_continue(request: HttpRequest, code: str) -> HttpResponse:
    """Where a launch lands first: if the session cookie came back, on to the page; if the browser dropped it (third-
    party cookies blocked in the LMS's frame), a link opening a new window, which signs in with this one-time code."""
    pending = cache.get(f"lti:continue:{code}")
    if pending is None:
        message = _("This launch has expired or was already used: start it again from your course.")
        return render(request, "lti/refused.html", {"message": message}, status=400)
    if request.user.is_authenticated and request.user.pk == pending["user"]:
        cache.delete(f"lti:continue:{code}")
        return redirect(pending["url"])
    if request.GET.get("window") == "1":
        user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
        if user is None or not cache.delete(f"lti:continue:{code}"):
            message = _("This launch has expired or was already used: start it again from your course.")
            return render(request, "lti/refused.html", {"message": message}, status=400)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(pending["url"])
    return render(request, "lti/new_window.html", {"code": code})


@require_GET
def jwks(request: HttpRequest) -> JsonResponse:
    return JsonResponse(tool_jwks())


@csrf_exempt  # the one-time token in the path, bound to the platform's signed request, stands for the CSRF token
@never_cache
@require_http_methods(["GET", "POST"])
def deep_link(request: HttpRequest, token: str) -> HttpResponse:
    pending = deep_linking.request_pending(token=token)
    if pending is None:
        raise Http404(_("This selection has expired: open it again from your course."))
    if request.method == "POST":
        items = deep_linking.content_items(
            keys=request.POST.getlist("item"), launch_url=request.build_absolute_uri(reverse("lti:launch"))
        )
        if not items:
            choices = deep_linking.choices()
            return render(
                request,
                "lti/deep_link.html",
                {"choices": choices, "error": _("Choose at least one item to add."), "token": token},
                status=400,
            )
        response_jwt = deep_linking.response_jwt(token=token, items=items)
        if response_jwt is None:
            raise Http404(_("This selection has expired: open it again from your course."))
        return render(request, "lti/autopost.html", {"action": pending["return_url"], "fields": {"JWT": response_jwt}})
    return render(request, "lti/deep_link.html", {"choices": deep_linking.choices(), "token": token})


@login_required
@require_GET
def course(request: HttpRequest, pk: int) -> HttpResponse:
    context = context_for_instructor(pk=pk, user=request.user)
    return render(request, "lti/course.html", {"context": context, "can_sync": roster.can_sync(context=context)})


@login_required
@require_POST
def course_roster_sync(request: HttpRequest, pk: int) -> HttpResponse:
    context = context_for_instructor(pk=pk, user=request.user)
    try:
        result = roster.roster_sync(context=context, trainer=request.user)
    except roster.RosterError as error:
        return render(request, "lti/course.html", {"context": context, "error": str(error)}, status=400)
    return render(request, "lti/course.html", {"context": context, "result": result, "can_sync": True})


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    """Dynamic registration, opened by the LMS in a window or frame. An administrator of ours sees which platform
    asks and confirms with a button (a POST with its CSRF token): a link or an image elsewhere cannot register a
    platform in an administrator's name."""
    if not request.user.groups.filter(name=Role.ADMINISTRATOR.value).exists() and not request.user.is_superuser:
        raise PermissionDenied
    params = request.POST if request.method == "POST" else request.GET
    openid_configuration = params.get("openid_configuration", "")
    registration_token = params.get("registration_token", "")
    if request.method == "GET":
        return render(
            request,
            "lti/register.html",
            {"openid_configuration": openid_configuration, "registration_token": registration_token},
            status=200 if openid_configuration else 400,
        )
    try:
        platform = platform_register_dynamically(
            openid_configuration=openid_configuration,
            registration_token=registration_token,
            login_url=request.build_absolute_uri(reverse("lti:login")),
            launch_url=request.build_absolute_uri(reverse("lti:launch")),
            jwks_url=request.build_absolute_uri(reverse("lti:jwks")),
            name=_("ICT-CFT Teacher Training"),
        )
    except LaunchRefused as error:
        return _refused(request, error)
    return render(request, "lti/registered.html", {"platform": platform})
