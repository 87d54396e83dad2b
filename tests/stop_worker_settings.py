"""Settings of a real task worker that tests/test_worker_stop.py starts and stops with SIGTERM: only the apps the
queue needs, a SQLite file of its own (the ORM broker) or Redis (REDIS_URL), and a queue name of its own."""

import os

from config.settings.test import *  # noqa: F403
from config.settings.test import Q_CLUSTER

INSTALLED_APPS = ["common", "django_q", "django.contrib.contenttypes"]
AUTH_USER_MODEL = "auth.User"  # unused; accounts is not installed here
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["STOP_WORKER_DB"]}}
Q_CLUSTER = {
    **{k: v for k, v in Q_CLUSTER.items() if k not in ("orm", "redis")},
    "sync": False,
    "name": os.environ["STOP_WORKER_QUEUE"],
    "workers": 1,
    "poll": 0.2,
    **({"redis": os.environ["REDIS_URL"]} if os.environ["STOP_WORKER_BROKER"] == "redis" else {"orm": "default"}),
}
ROOT_URLCONF = __name__  # no pages here: the project's URLs import apps this worker does not install
urlpatterns: list = []
