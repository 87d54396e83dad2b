"""A real OpenID Connect provider for the single sign-on tests: django-oidc-provider in a Django project of its own,
run by tests/sso/conftest.py as a separate gunicorn process with its own SQLite database (ADR 0154)."""
