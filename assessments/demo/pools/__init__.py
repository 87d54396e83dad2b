"""Demo question pools, one file per competency (`ka1.py`, `kd3.py`, ...).

Each file defines `COMPETENCY` (its code), `MODULE_ASSESSMENT` (the slug of the module's closing assessment,
which holds every item of the pool) and `ITEMS` (question specs from `..spec`, ideally each tagged to an
objective); it may define `RUBRICS` for its extended-response items. Files are discovered, so adding a
competency's pool touches no other file.
"""

import importlib
import pkgutil
from dataclasses import dataclass, field


@dataclass
class Pool:
    competency: str
    module_assessment: str
    items: list[dict]
    rubrics: dict = field(default_factory=dict)


def _discover() -> list[Pool]:
    pools = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "ITEMS"):
            pools.append(
                Pool(module.COMPETENCY, module.MODULE_ASSESSMENT, module.ITEMS, getattr(module, "RUBRICS", {}))
            )
    return sorted(pools, key=lambda p: p.competency)


POOLS = _discover()
RUBRICS = {key: spec for pool in POOLS for key, spec in pool.rubrics.items()}
