import io
import os

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, settings

# Property tests (tests/*/test_*_properties.py): "ci" is the same examples on every run (derandomized) and no
# per-example deadline (CI machines stall); HYPOTHESIS_PROFILE=dev explores new examples each run, more of them.
settings.register_profile(
    "ci", deadline=None, derandomize=True, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def pytest_report_header(config):
    if not ON_POSTGRESQL:
        return "tests marked postgresql (tests/test_faults.py) run only with DATABASE_URL=postgres://... (CI's 2nd leg)"
    return None


def pytest_collection_modifyitems(config, items):
    # Left out rather than skipped: each runs on CI's PostgreSQL leg, where concurrent connections and backend
    # kills are real; on SQLite they could only be skipped.
    if ON_POSTGRESQL:
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("postgresql")]


@pytest.fixture
def framework_v3(db):
    """ICT-CFT v3 as `load_framework` ships it."""
    from competency.models import Framework

    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    return Framework.objects.get(slug="ictcft-v3")


@pytest.fixture
def make_user(db):
    from django.contrib.auth.models import Group

    from accounts.models import User

    def make(username: str = "teacher1", *, roles: tuple[str, ...] = ("Teacher",), **fields):
        fields.setdefault("email", f"{username}@example.org")
        fields.setdefault("legal_name", username.title())
        user = User.objects.create_user(username=username, password="pw-for-tests-1", **fields)
        for role in roles:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def teacher(make_user):
    return make_user("teacher1")


@pytest.fixture
def trainer(make_user):
    return make_user("trainer1", roles=("Teacher", "Trainer"))


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer1", roles=("Teacher", "Reviewer"))


@pytest.fixture
def administrator(make_user):
    return make_user("admin1", roles=("Administrator",), is_staff=True, is_superuser=True)


_demo_rows: dict = {}


@pytest.fixture
def demo(db):
    """The database as `load_demo` leaves it (built once per test process: tests/demo_snapshot.py)."""
    from tests.demo_snapshot import snapshot_build, snapshot_restore

    if not _demo_rows:
        _demo_rows.update(snapshot_build())
    snapshot_restore(_demo_rows)


@pytest.fixture
def certification_officer(make_user):
    return make_user("officer1", roles=("Teacher", "Certification officer"))


_DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences", "django_db_serialized_rollback"}


@pytest.fixture(autouse=True)
def _language_reset():
    """Each test starts in the default language: a request with a language cookie leaves that language active in the
    thread (LocaleMiddleware activates it and nothing deactivates it), and a command run next would answer in it."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _audit_log_flushable(request, django_db_blocker):
    """The audit log's SQLite trigger refuses DELETE (audit/migrations/0002), and Django empties the database after
    a transactional test with DELETE FROM every table. Those tests run without that one trigger (PostgreSQL empties
    with TRUNCATE, which row triggers do not see); every other test gets it back, inside its own transaction."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None and not _DB_FIXTURES & set(request.fixturenames):
        yield
        return
    from django.db import connection

    if connection.vendor != "sqlite":
        yield
        return
    from audit import triggers as _triggers

    transactional = bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        if transactional:
            cursor.execute(_triggers.SQLITE_DROP_DELETE)
        else:
            cursor.execute(_triggers.SQLITE_CREATE_DELETE)
    yield
