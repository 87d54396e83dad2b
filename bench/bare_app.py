"""A bare Django project, the reference bench/certificates.py compares with: one view, no middleware, no apps,
no database. What Django and gunicorn cost for a request before the project adds anything."""

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-bare-not-secret",  # noqa: S106 - signs nothing: no sessions, no forms
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("bench-hello/", hello)]
application = get_wsgi_application()
