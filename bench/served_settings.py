"""Settings of the server bench/page_weight.py measures: the test settings with static files as production ships
them (collected, hashed names, precompressed by whitenoise), so the wire bytes are the ones a phone receives."""

import os

from config.settings.test import *  # noqa: F403

STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
DEBUG = False
# Persistent connections as in production, and a lookup rate limit too high to block (its cost is still paid).
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
CERTIFICATE_LOOKUP_RATE = "100000000/m"
