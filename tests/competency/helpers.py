"""Small builders shared by the competency tests."""

import json
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

DATA_DIR = Path(__file__).resolve().parents[2] / "competency" / "data"


def bundled(slug: str) -> dict:
    return json.loads((DATA_DIR / f"{slug}.json").read_text(encoding="utf-8"))


def give_evidence(user, competency):
    """A teacher's record pointing into the framework, which freezes its structure."""
    from competency.models import CompetencyEvidence

    return CompetencyEvidence.objects.create(
        user=user,
        competency=competency,
        source_type="test",
        source_id="1",
        score=Decimal("90"),
        passed=True,
        observed_at=timezone.now(),
    )


def structure(framework) -> dict:
    """What a user sees of a framework: levels, aspects, which competency sits in which cell, objectives."""
    return {
        "levels": [(lv.code, lv.name, lv.summary) for lv in framework.levels.all()],
        "aspects": [(a.code, a.name, a.summary) for a in framework.aspects.all()],
        "cells": sorted(
            (c.level.code, c.aspect.code, c.code, c.title, c.description)
            for c in framework.competencies.select_related("level", "aspect")
        ),
        "objectives": sorted(
            (o.competency.code, o.code, o.text) for o in framework.objectives.select_related("competency")
        ),
    }
