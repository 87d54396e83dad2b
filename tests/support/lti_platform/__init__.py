"""A real LTI 1.3 platform for the LTI tests: lti1p3platform (PyPI, not ours) in a small Django project of its own,
run by tests/lti/conftest.py as a separate gunicorn process on a free port (ADR 0170)."""
