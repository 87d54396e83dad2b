"""The WSGI application the benchmarks serve with gunicorn: the project's URLs plus a "hello" view behind the same
middleware, so a page's share of "hello" is what the page itself costs.

bench/certificates.py serves it with config.settings.production (bench/served_production.py), bench/page_weight.py
with bench/served_settings.py; each passes the database and directories through the environment.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "served_settings")

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
application = get_wsgi_application()
