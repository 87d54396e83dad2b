"""Settings shared by every environment; values come from the environment (django-environ)."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from sso.provider_settings import provider_origins, socialaccount_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    REDIS_URL=(str, ""),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
SITE_URL = env("SITE_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = [SITE_URL]

INSTALLED_APPS = [
    # Our apps first so their templates override third-party ones (allauth).
    "accounts",
    "competency",
    "assessments",
    "certificates",
    "cms",
    "cohorts",
    "enrolment",
    "notifications",
    "discussion",
    "audit",
    # Before django_q: its `qcluster` command replaces django-q2's, to stop on SIGTERM in seconds (ADR 0145).
    "common",
    "backups",
    "sso",
    "privacy",
    "portfolio",
    "peerreview",
    "lti",
    "xapi",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.wagtail_users_app.UsersAppConfig",  # "wagtail.users" with one legal name (ADR 0140)
    "wagtail.api.v3",  # only for its API tokens (admin UI, `api_tokens` command, bearer auth): ADR 0091
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_q",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "ninja",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.csp.SiteCSPMiddleware",
    # A session begun by an LTI launch may be framed by that platform (ADR 0172): inside the CSP middleware, outside
    # the session, CSRF and X-Frame-Options ones.
    "lti.framing.LtiFramingMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (HTML, JSON); below whitenoise, which serves static files precompressed (ADR 0070).
    "django.middleware.gzip.GZipMiddleware",
    # Before anything reads the path, query or cookies into a database query: NUL and control characters (ADR 0115).
    "config.request_guard.RequestGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who acts, for records written far from the view: role changes in the audit log (accounts/actor.py).
    "accounts.actor.ActorMiddleware",
    "accounts.language.PreferredLanguageCookieMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "enrolment.notices.InvitationNoticeMiddleware",  # a waiting cohort invitation, once every few minutes
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.data_saver.data_saver",
            ],
        },
    },
]

# An empty DATABASE_URL (as CI passes to force the embedded default) means "unset".
DATABASES = {
    "default": env.db_url_config(env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# The verification lookups as prepared statements on PostgreSQL (ADR 0211): False behind a transaction-pooling
# PgBouncer older than 1.21, which cannot keep a statement prepared on one connection for the next.
DATABASE_PREPARED_LOOKUPS = env.bool("DATABASE_PREPARED_LOOKUPS", default=True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes. IMMEDIATE transactions take the write lock when
    # they begin, so a transaction that reads then writes waits for the worker (timeout) instead of failing at
    # once with "database is locked" when the worker wrote in between (SQLite cannot upgrade a stale read).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "common.redis_cache.RedisCache", "LOCATION": REDIS_URL}}
    # Every signed-in request reads its session: from Redis, with the database behind it so that a Redis restart
    # signs nobody out (bench/load.py: one query less on every page, autosave and submit).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_table",
        }
    }

Q_CLUSTER = {
    "name": "ictcft",
    "workers": env.int("Q_WORKERS", default=2),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 3,
    "catch_up": False,
    "label": _("Task queue"),
}
# On SIGTERM (systemd, docker stop, Ctrl-C) a running task has this long to finish before it is handed back to the
# queue to run again; the worker then exits within 10 seconds (ADR 0145).
TASK_WORKER_STOP_SECONDS = env.float("TASK_WORKER_STOP_SECONDS", default=4)
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# New passwords are hashed with Argon2id (ADR 0102); hashes made by the earlier hashers still verify and are
# rehashed with Argon2id at the next sign-in.
PASSWORD_HASHERS = [
    "config.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# The fallback: accounts.adapters picks the landing page by role (accounts/landing.py).
LOGIN_REDIRECT_URL = "cms:my_learning"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupExtraForm"
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Single sign-on with ministry identity providers (OpenID Connect, SAML; ADR 0154). Providers come from the
# environment (OIDC_PROVIDERS, SAML_PROVIDERS: JSON lists, see sso/provider_settings.py and the README) or from
# "Social applications" in the Django admin; each shows as a button on the log-in page.
SOCIALACCOUNT_ADAPTER = "sso.adapters.SocialAccountAdapter"
SOCIALACCOUNT_PROVIDERS = socialaccount_providers(
    oidc=env.str("OIDC_PROVIDERS", default=""), saml=env.str("SAML_PROVIDERS", default="")
)
# The ministry has authenticated the teacher: no e-mail is demanded and none is sent to confirm (an address the
# provider did not verify is stored unverified). Linking to an existing account is done by sso.adapters, never
# by allauth's own e-mail matching.
SOCIALACCOUNT_EMAIL_REQUIRED = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_LOGIN_ON_GET = False
# Password guessing (ADR 0146): failed sign-ins are counted per account and address, per address, and per account
# (accounts/login_throttle.py, allauth's rate syntax). One address cannot lock others out, and a guesser cannot
# lock an account for its owner: past the account's limit only a browser that signed in to it before, or a
# password reset, gets through.
LOGIN_THROTTLE_RATES = {
    "pair": env("LOGIN_THROTTLE_PAIR", default="5/5m/key,10/1h/key,20/1d/key"),
    "address": env("LOGIN_THROTTLE_ADDRESS", default="100/15m/ip"),
    "account": env("LOGIN_THROTTLE_ACCOUNT", default="20/15m/key"),
}
ACCOUNT_RATE_LIMITS = {
    "login_failed": "",  # replaced by LOGIN_THROTTLE_RATES
    # Every sign-in form post from one address, right or wrong: a school's lab signing in at the start of a lesson.
    "login": "300/m/ip",
    # A school lab signs up a staff room from one address: generous, but not a script's pace.
    "signup": "30/15m/ip",
}

# Security headers on every response, in every environment, so the tests see what production sends (ADR 0066).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "worker-src": ["'self'"],
        "frame-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail previews pages in a same-origin frame; nobody else may frame the site.
        "frame-ancestors": ["'self'"],
    }
}
# The log-in page's provider buttons post to us and we redirect to the provider: browsers check that redirect against
# form-action. Providers added in the admin (not the environment) list their origins in SSO_FORM_ACTION_ORIGINS.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"] += [
    *provider_origins(oidc=env.str("OIDC_PROVIDERS", default=""), saml=env.str("SAML_PROVIDERS", default="")),
    *env.list("SSO_FORM_ACTION_ORIGINS", default=[]),
]
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# Not HttpOnly: the offline sync (static/pwa/pwa.js) reads the token from the cookie, because a page opened from the
# device's cache may carry a form token older than the current session. An HttpOnly CSRF cookie protects nothing
# (Django's documentation): the token is not a secret from the page's own scripts.
CSRF_COOKIE_HTTPONLY = False

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_AUTOREFRESH = DEBUG
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Files only some people may read (teachers' essay uploads): never under MEDIA_ROOT, which a web server or
# DEBUG's static view publishes; served by permission-checked views only.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private-media")))
# The largest file a teacher may attach to an extended response (bytes); the kinds allowed are read from the content
# (assessments/services/uploads.py). A reverse proxy in front should accept request bodies a little larger.
ESSAY_UPLOAD_MAX_BYTES = env.int("ESSAY_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
# Portfolio of practice (ADR 0200): caps per kind (video and audio are served as sent, so their cap is what a 2G
# download costs), the light version of photos, what one account may add or post, and mentor group size.
PORTFOLIO_UPLOAD_MAX_BYTES = env.int("PORTFOLIO_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
PORTFOLIO_VIDEO_MAX_BYTES = env.int("PORTFOLIO_VIDEO_MAX_BYTES", default=20 * 1024 * 1024)
PORTFOLIO_AUDIO_MAX_BYTES = env.int("PORTFOLIO_AUDIO_MAX_BYTES", default=5 * 1024 * 1024)
PORTFOLIO_RENDITION_WIDTH = env.int("PORTFOLIO_RENDITION_WIDTH", default=480)
PORTFOLIO_RENDITION_MAX_BYTES = env.int("PORTFOLIO_RENDITION_MAX_BYTES", default=60 * 1024)
PORTFOLIO_ARTEFACTS_PER_DAY = env.int("PORTFOLIO_ARTEFACTS_PER_DAY", default=30)
PORTFOLIO_MESSAGES_PER_MINUTE = env.int("PORTFOLIO_MESSAGES_PER_MINUTE", default=5)
PORTFOLIO_MESSAGES_PER_DAY = env.int("PORTFOLIO_MESSAGES_PER_DAY", default=100)
MENTOR_GROUP_MAX = env.int("MENTOR_GROUP_MAX", default=6)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Privacy (ADR 0151, 0152): how long things are kept, and who answers for the personal data.
PRIVACY_EXPORT_DAYS = env.int("PRIVACY_EXPORT_DAYS", default=7)  # a personal data export, then deleted
PRIVACY_SESSION_DAYS = env.int("PRIVACY_SESSION_DAYS", default=90)  # sign-in sessions, even unexpired
PRIVACY_TASK_LOG_DAYS = env.int("PRIVACY_TASK_LOG_DAYS", default=90)  # the task queue's log (arguments, results)
# an uploaded teacher list (enrolment.BulkImport): its lines, so many days after it was applied (the counts stay) or,
# never applied, after it was uploaded (then it goes)
PRIVACY_BULK_IMPORT_DAYS = env.int("PRIVACY_BULK_IMPORT_DAYS", default=30)
AUDIT_RETENTION_YEARS = env.int("AUDIT_RETENTION_YEARS", default=10)  # at least audit.triggers.FLOOR_YEARS
PRIVACY_CONTROLLER = env("PRIVACY_CONTROLLER", default="The organisation that runs this platform")
PRIVACY_CONTACT_EMAIL = env("PRIVACY_CONTACT_EMAIL", default="privacy@example.org")

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="ICT-CFT Platform <noreply@localhost>")

# Bulk enrolment (enrolment app, ADR 0148-0150): lines per uploaded teacher list; the calling code given to local
# phone numbers ("0712…" -> "+254712…"; empty: numbers must carry their country code); days a sign-in code lives.
ENROLMENT_MAX_ROWS = env.int("ENROLMENT_MAX_ROWS", default=5000)
ENROLMENT_DEFAULT_CALLING_CODE = env("ENROLMENT_DEFAULT_CALLING_CODE", default="")
ENROLMENT_SHEET_CODE_DAYS = env.int("ENROLMENT_SHEET_CODE_DAYS", default=30)
ENROLMENT_EMAIL_CODE_DAYS = env.int("ENROLMENT_EMAIL_CODE_DAYS", default=14)

WAGTAIL_SITE_NAME = "ICT-CFT Teacher Training"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
# 0060 — pages are translated with wagtail-localize; teachers keep one URL per lesson whatever the language.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Machine translation is off: a human translator edits each segment (demo translations come from PO files).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "txt", "csv", "zip", "mp3", "ogg", "m4a"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]

CERTIFICATE_KEY_DIR = Path(env("CERTIFICATE_KEY_DIR", default=str(BASE_DIR.parent / ".ictcft-keys")))
# 0157 - `make backup` writes its archives here (outside the checkout, like the keys; keep it on another disk too).
BACKUP_DIR = Path(env("BACKUP_DIR", default=str(BASE_DIR.parent / ".ictcft-backups")))
# 0112 - an RFC 3161 time-stamping authority makes certificate PDFs PAdES B-T (B-LT with TSA_CA_FILE, the PEM file of
# the TSA's root certificates). Empty: B-B, provable only while the signing certificate is valid (a check warns).
# xAPI statements to a learning record store (README "Send xAPI", ADR 0175): none are queued while it is empty.
XAPI_ENDPOINT = env("XAPI_ENDPOINT", default="")  # the LRS's xAPI base, e.g. https://lrs.example.org/xAPI/
XAPI_KEY = env("XAPI_KEY", default="")
XAPI_SECRET = env("XAPI_SECRET", default="")
XAPI_TIMEOUT = env.float("XAPI_TIMEOUT", default=10.0)  # seconds to connect, and again to wait for the answer
XAPI_BATCH_SIZE = env.int("XAPI_BATCH_SIZE", default=50)
XAPI_PLATFORM = env("XAPI_PLATFORM", default="ICT-CFT Teacher Training")
# The actor as an e-mail (mbox) rather than an opaque account: only for a deployment whose LRS requires it (ADR 0176).
XAPI_ACTOR_MBOX = env.bool("XAPI_ACTOR_MBOX", default=False)
TSA_URL = env("TSA_URL", default="")
TSA_CA_FILE = env("TSA_CA_FILE", default="")
TSA_TIMEOUT = env.float("TSA_TIMEOUT", default=10.0)

# Certificate lookups (page, API, PDF, upload) share one bucket per client: codes cannot be enumerated (ADR 0056).
CERTIFICATE_LOOKUP_RATE = env("CERTIFICATE_LOOKUP_RATE", default="30/m")
RATELIMIT_VIEW = "common.views.ratelimited"
RATELIMIT_IP_META_KEY = "common.client_ip.client_ip"
# How many reverse proxies add X-Forwarded-For in front of the app: rate limits count the address they saw.
TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXIES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail's background tasks (reference index, search index) log two lines per page save at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}
