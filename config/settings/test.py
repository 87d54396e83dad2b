from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, DATABASES, Q_CLUSTER, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="test-insecure-8c1e3a5f7b9d2c4e6a8f0b1d3e5a7c9f2b4d6e8a0c1e3")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run inline so tests see their effects without a worker.
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
MEDIA_ROOT = BASE_DIR / ".test-media"
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-media-private"
CERTIFICATE_KEY_DIR = BASE_DIR / ".test-keys"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not env("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Parallel test workers share one Redis server: each gets a database of its own, because clearing the cache (as
    # tests do) empties the whole database whatever the key prefix, and would reset another worker's rate limits.
    _worker = env("PYTEST_XDIST_WORKER", default="")
    if _worker.startswith("gw"):
        _url = urlsplit(CACHES["default"]["LOCATION"])
        CACHES["default"]["LOCATION"] = urlunsplit(_url._replace(path=f"/{1 + int(_worker[2:]) % 12}"))
    CACHES["default"]["KEY_PREFIX"] = _worker or "main"
# Tests serve static files through the finders rather than a collected STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A test database is thrown away: its commits need not wait for the disk.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
