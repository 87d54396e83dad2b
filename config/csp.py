"""Content-Security-Policy: strict on every page teachers and verifiers see, relaxed only inside the admins.

Our pages run no inline script (JavaScript lives in static files; data reaches it through data attributes or
`json_script`), so `script-src 'self'` holds there. Wagtail's and Django's admin interfaces still use inline
scripts and styles in places, so under their prefixes the policy adds 'unsafe-inline' for those two
directives; the admins are reached only by signed-in staff (ADR 0066).
"""

from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**ADMIN_UPDATE, **(parts.update or {})}
        return parts
