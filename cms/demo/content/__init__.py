"""The demo curriculum, in the order the catalogue lists it (prerequisites come first).

Every module of this package that defines `MODULE` (a `build.Module`) is part of the curriculum: one file per
module, named after its competency (`ka1.py`, `kd3.py`, ...). They are listed level by level, then by aspect.
"""

import importlib
import pkgutil

_LEVEL_ORDER = {"KA": 0, "KD": 1, "KC": 2}


def _discover() -> list:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "MODULE", None)
        if spec is not None:
            found.append(spec)
    return sorted(found, key=lambda m: (_LEVEL_ORDER.get(m.level, 9), m.competencies[0], m.slug))


MODULES = _discover()
