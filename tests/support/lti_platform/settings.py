"""Settings of the test LTI platform. Everything that varies per run comes from the environment (server.py)."""

import os

SECRET_KEY = "lti-test-platform-not-a-secret-4b1d9e7c2a6f8e0d3c5a7b9e1f3d5c7a"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["django.contrib.contenttypes"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "tests.support.lti_platform.urls"
DATABASES = {}
USE_TZ = True
PEER_URL = os.environ["LTI_PEER_URL"]
TOOL_LOGIN_URL = os.environ["LTI_TOOL_LOGIN_URL"]
TOOL_LAUNCH_URL = os.environ["LTI_TOOL_LAUNCH_URL"]
TOOL_JWKS_URL = os.environ["LTI_TOOL_JWKS_URL"]
CLIENT_ID = os.environ["LTI_CLIENT_ID"]
DEPLOYMENT_ID = os.environ["LTI_DEPLOYMENT_ID"]
