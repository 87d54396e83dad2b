"""Sections other apps add to the teacher's competency page (/me/competencies/).

cms may not import the apps layered above it (ADR 0158), so an app such as portfolio registers a function in its
AppConfig.ready: `fn(request) -> str` returns the section's HTML (already rendered and escaped), or "" for none.
"""

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

ProfileSection = Callable[..., str]
_sections: dict[str, ProfileSection] = {}


def profile_section_register(name: str, section: ProfileSection) -> None:
    """Register (or replace, so a reloaded app does not add it twice) the section called `name`."""
    _sections[name] = section


def profile_sections_render(request) -> list[SafeString]:
    out = []
    for section in _sections.values():
        html = section(request)
        if html:
            out.append(mark_safe(html))  # rendered by the section's own template, which escapes
    return out
