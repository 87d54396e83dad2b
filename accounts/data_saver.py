"""The "data saver" choice: images off on slow or costly connections.

Signed-in teachers keep it on their profile (it follows them to another phone); visitors keep it in a cookie.
"""

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

COOKIE = "data_saver"
COOKIE_AGE = 365 * 24 * 3600


def data_saver_enabled(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return bool(user.data_saver)
    return request.COOKIES.get(COOKIE) == "1"


def data_saver(request: HttpRequest) -> dict:
    """Template context processor: `data_saver` is True when images should not load. No query (user is loaded)."""
    return {"data_saver": data_saver_enabled(request)}


@require_POST
def data_saver_set(request: HttpRequest) -> HttpResponse:
    """Turn data saver on (`on=1`) or off, then go back to the page the form was on."""
    on = request.POST.get("on") == "1"
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.user.is_authenticated:
        get_user_model().objects.filter(pk=request.user.pk).update(data_saver=on)
    else:
        response.set_cookie(COOKIE, "1" if on else "0", max_age=COOKIE_AGE, samesite="Lax")
    return response
