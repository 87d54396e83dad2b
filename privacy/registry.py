"""Which app holds what about a person: each app answers for its own tables (ADR 0151).

An app that keeps personal data has a module `<app>/personal_data.py` with up to four functions, all keyword-only:

- `export(*, user) -> dict[str, list[dict]]`: its tables about `user`, one list of rows per table name;
- `files(*, user) -> list[tuple[str, FieldFile]]`: files `user` uploaded, with the name they get in the archive;
- `erase(*, user) -> dict[str, int]`: remove or pseudonymise what it holds; returns what it changed, by kind;
- `purge(*, now) -> dict[str, int]`: remove what has outlived its retention period (ADR 0152), called by the daily
  retention task; returns what it removed, by kind (names that say which app's: they share one result).

The registry finds those modules by name among the installed apps (as Django's admin finds `admin.py`), so an app
does not import `privacy` to take part: `competency` and `accounts` import no other app and still answer for their
own data. `personal_data_register` adds a part by hand (a third-party app's tables, or a test).
"""

from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from typing import Any

from django.apps import apps


@dataclass(frozen=True)
class Part:
    name: str
    module: Any

    def export(self, *, user) -> dict[str, list[dict]]:
        fn = getattr(self.module, "export", None)
        return fn(user=user) if fn else {}

    def files(self, *, user) -> list:
        fn = getattr(self.module, "files", None)
        return fn(user=user) if fn else []

    def erase(self, *, user) -> dict[str, int]:
        fn = getattr(self.module, "erase", None)
        return fn(user=user) if fn else {}

    def purge(self, *, now) -> dict[str, int]:
        fn = getattr(self.module, "purge", None)
        return fn(now=now) if fn else {}


_extra: dict[str, Any] = {}


def personal_data_register(name: str, module: Any) -> None:
    """Add (or replace) a part by hand: `module` is anything with the functions above."""
    _extra[name] = module


def personal_data_parts() -> list[Part]:
    """Every part, in the order of INSTALLED_APPS, then the ones registered by hand."""
    parts = []
    for config in apps.get_app_configs():
        name = f"{config.name}.personal_data"
        if find_spec(config.name) is not None and _has(name):
            parts.append(Part(config.label, import_module(name)))
    parts.extend(Part(name, module) for name, module in _extra.items())
    return parts


def _has(module_name: str) -> bool:
    try:
        return find_spec(module_name) is not None
    except ModuleNotFoundError:
        return False
