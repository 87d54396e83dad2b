"""Compile every gettext catalogue under locale/ (and the apps' locale/ folders) to .mo, with polib.

Pure Python, so a fresh machine needs no GNU gettext to run the platform in French, Spanish or Arabic; the .mo
files are build output (git-ignored), made by `make` from the committed .po files. Fuzzy entries are left out,
as msgfmt does.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    compiled = 0
    for po_path in sorted(ROOT.glob("locale/*/LC_MESSAGES/*.po")) + sorted(ROOT.glob("*/locale/*/LC_MESSAGES/*.po")):
        if ".venv" in po_path.parts:
            continue
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        catalogue.save_as_mofile(str(mo_path))
        compiled += 1
    print(f"compiled {compiled} catalogue(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
