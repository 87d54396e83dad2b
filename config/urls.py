from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates.credential_urls import did_urlpatterns

from .api import api

urlpatterns = [
    # First: verification pages are the most requested public URLs (QR scans), and every pattern tried before a
    # match costs time on each of them. Their paths (verify/, certificates/, credentials/<code>.json, me/certificates/)
    # shadow nothing below.
    path("", include("certificates.urls")),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api.urls),
    path("accounts/", include("allauth.urls")),
    path("me/", include("accounts.urls")),
    path("", include("privacy.urls")),
    path("framework/", include("competency.urls")),
    path("me/competencies/", include("cms.profile_urls")),
    path("learn/", include("cms.urls")),
    path("assessments/", include("assessments.urls")),
    path("cohorts/", include("cohorts.urls")),
    path("enrolment/", include("enrolment.urls")),
    path("portfolio/", include("portfolio.urls")),
    path("notifications/", include("notifications.urls")),
    path("discussion/", include("discussion.urls")),
    path("peer-review/", include("peerreview.urls")),
    path("lti/", include("lti.urls")),
    path("xapi/", include("xapi.urls")),
    path("credentials/issuer/", include("certificates.credential_urls")),
    path("", include((did_urlpatterns, "certificates_did"))),  # the site's DID document (ADR 0110)
    # The installable app: /sw.js must sit at the root for its scope to be the whole site.
    path("", include("cms.pwa_urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else, so it comes last (canonical URLs whatever the language: cms/serving).
urlpatterns += [path("", include("cms.serve_urls"))]

# 400, 403 and 404 use Django's handlers with our 400.html, 403.html and 404.html (they render with the request);
# the 500 handler adds the request too, and a fallback.
handler500 = "common.views.server_error"
