"""Framing by the LMS (ADR 0172): a session that began with an LTI launch may be shown in that platform's iframe.

Only such sessions get `frame-ancestors 'self' <platform origin>` (and no X-Frame-Options, which cannot name an
origin); everyone else keeps `'self'`. Over HTTPS their session and CSRF cookies are sent `SameSite=None; Secure`,
so a browser that allows third-party cookies keeps them in the frame; one that blocks them gets the "open in a new
window" page of lti.views.launch_continue instead. The language cookie goes the same way: it carries the platform's
locale (ADR 0171), and pages take their language from it (else from the browser's), so without it the frame would
show them in the browser's language.
"""

from django.conf import settings

SESSION_KEY = "lti_frame_origins"


def frame_origins_remember(*, request, origin: str) -> None:
    origins = list(request.session.get(SESSION_KEY) or [])
    if origin and origin not in origins:
        request.session[SESSION_KEY] = [*origins, origin][-5:]


class LtiFramingMiddleware:
    """Sits just inside the CSP middleware (which applies `_csp_update`) and outside the session, CSRF and
    X-Frame-Options middlewares (whose cookies and header it adjusts)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        origins = session.get(SESSION_KEY) if session is not None else None
        if not origins or request.path_info.startswith(("/admin/", "/django-admin/")):
            return response
        update = dict(getattr(response, "_csp_update", None) or {})
        update["frame-ancestors"] = [*update.get("frame-ancestors", []), *origins]
        response._csp_update = update
        if "X-Frame-Options" in response:
            del response["X-Frame-Options"]
        if request.is_secure():
            for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME):
                if name in response.cookies:
                    response.cookies[name]["samesite"] = "None"
                    response.cookies[name]["secure"] = True
        return response
