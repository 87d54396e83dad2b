"""The WSGI application bench/certificates.py serves with gunicorn: the project's URLs plus a bare "hello" view.

The bench passes the database and key directory through the environment; the settings are the test ones with
persistent connections (as in production) and a rate limit too high to block, so its cost is measured.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path, re_path  # noqa: E402
from django.views.static import serve  # noqa: E402

import config.urls  # noqa: E402


def hello(request):
    return HttpResponse("hello")


# Media as the reverse proxy in front of a deployment serves it (page_weight.py weighs the images too).
urlpatterns = [
    path("bench-hello/", hello),
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *config.urls.urlpatterns,
]
settings.ROOT_URLCONF = __name__
settings.DEBUG = False
settings.CERTIFICATE_LOOKUP_RATE = "100000000/m"
settings.DATABASES["default"]["CONN_MAX_AGE"] = 60
application = get_wsgi_application()
