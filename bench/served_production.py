"""Settings of the server bench/certificates.py measures: config.settings.production unchanged, except that the
static files are collected into the bench's temporary directory rather than the checkout's STATIC_ROOT."""

import os

from config.settings.production import *  # noqa: F403

STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
