"""Unsigned certificate render: reportlab (ours) against WeasyPrint drawing the same certificate, per script.

    .venv/bin/python bench/certificate_render.py [--count 60] [--rounds 3] [--clock wall|cpu]

One real certificate is issued in a throwaway SQLite database (its snapshot, signed credential and offline
payload); then `count` distinct certificates are derived from it (distinct holder names and codes, Latin the common
case, then Vietnamese, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Khmer, Myanmar, Ethiopic, CJK).
Each is rendered unsigned by reportlab and by WeasyPrint with the same texts, the same QR payload and the same
attached credential, the two interleaved so machine load hits both alike. Every name is new to the process, so
nothing is served from a per-text cache; fonts are loaded once per process (as a server worker would).
Prints min and median ms per script and the ratios WeasyPrint/reportlab of the minimums and of the medians.
Goal (ADR 0111, 0135): ≥ 20× for every script.
"""

import argparse
import html
import io
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="bench-certificate-render-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.MEDIA_ROOT = WORK / "media"
settings.CERTIFICATE_KEY_DIR = WORK / "keys"
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)

FIRST = ["Camille", "Lucía", "Jean", "Amélie", "John", "Maria", "Pedro", "Ana", "Olivier", "Zoë", "Søren", "Inès"]
LAST = ["Dupont", "Pérez", "Martin", "García", "Smith", "Müller", "Ørsted", "Núñez", "Lefèvre", "O'Brien", "Silva"]
# script: (certificate language, names); several per script so each render has a name the process has not seen.
OTHER = {
    "vietnamese": ("fr", ["Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Thị Hồng Nhung"]),
    "cyrillic": ("en", ["Анастасия Ковалёва", "Дмитрий Соколов", "Ольга Петренко"]),
    "greek": ("en", ["Ελευθερία Παπαδοπούλου", "Γιώργος Νικολάου", "Μαρία Κωνσταντίνου"]),
    "arabic": ("ar", ["محمد عبد الله", "فاطمة الزهراء", "أحمد بن علي"]),
    "hebrew": ("en", ["שרה לוי", "דוד כהן", "מרים פרץ"]),
    "devanagari": ("en", ["प्रिया शर्मा", "अनीता वर्मा", "राहुल कुमार"]),
    "bengali": ("en", ["বিপ্লব দাস", "অনীতা সেন", "রবীন্দ্র ঘোষ"]),
    "thai": ("es", ["สมชาย ใจดี", "สุดา แสงทอง", "วิชัย ศรีสุข"]),
    "khmer": ("fr", ["ហេង សុភា", "សុខ ដារា", "ចាន់ ធីតា"]),
    "myanmar": ("en", ["အောင် ဆန်း", "မောင် မောင်", "ခင် လေး"]),
    "ethiopic": ("en", ["አበበ ቢቂላ", "ሰላም ታደሰ", "ዮሐንስ ገብሬ"]),
    "cjk": ("en", ["王小明", "山田 太郎", "김민준"]),
    "mixed": ("en", ["Dr. অনীতা Sharma", "李 Wei Chen", "Dr. प्रिया Rao"]),
}

WEASY_HTML = """<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 18pt; }}
body {{ font-family: "Noto Sans", "Droid Sans Fallback", sans-serif; color: #1b2a3a; border: 3pt solid #0b5cab;
  padding: 24pt; text-align: center; }}
h1 {{ color: #0b5cab; font-size: 28pt; margin: 6pt; }} .name {{ font-size: 32pt; font-weight: bold; }}
table {{ width: 100%; font-size: 9pt; text-align: start; }} .foot {{ display: flex; justify-content: space-between; }}
</style></head><body><p>{issuer}</p><h1>{title}</h1><p>{certifies}</p>
<p class="name">{name}</p><p>{attained}</p><h2>{level}</h2><p>{framework}</p><table>{rows}</table>
<div class="foot"><p>{issued}<br>{valid}</p><p>{issuer}</p><p>{verify}<br>{url}<br>{code}<br>{qr}</p></div>
</body></html>"""


def issue_one():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    from accounts.models import User
    from certificates.services import certificate_issue
    from competency.models import Framework
    from competency.services import EvidenceInput, evidence_record_many

    level = Framework.objects.get(slug="ictcft-v3").levels.get(code="KA")
    user = User.objects.create_user("bench", email="bench@example.org", legal_name="Camille Dupont")
    evidence_record_many(
        user=user,
        source_type="bench",
        source_id="1",
        items=[EvidenceInput(competency=c, score=91, passed=True) for c in level.competencies.all()],
    )
    return certificate_issue(user=user, level=level)


def certificates(base, count: int) -> list[tuple[str, dict, str, str]]:
    """(script, snapshot, code, QR content) for `count` distinct certificates: two in three Latin."""
    from certificates.codes import code_generate

    # Round-robin over the scripts, so even a small count draws each of them once.
    by_script = [[(script, language, name) for name in names] for script, (language, names) in OTHER.items()]
    others = [item for group in zip(*by_script, strict=True) for item in group]
    out = []
    for i in range(count):
        if i % 3 != 2 or not others:
            script, language, name = "latin", "en", f"{FIRST[i % len(FIRST)]} {LAST[(i // 3) % len(LAST)]} {i}"
        else:
            script, language, name = others.pop(0)
        code = code_generate()
        snapshot = {**base.snapshot, "holder_name": name, "language": language}
        qr = f"{settings.SITE_URL}/verify/{code}/#{base.offline_payload}"
        out.append((script, snapshot, code, qr))
    return out


def reportlab_render(base, snapshot: dict, code: str, qr: str) -> bytes:
    from certificates.pdf import certificate_pdf_render

    return certificate_pdf_render(
        snapshot=snapshot,
        code=code,
        verify_url=qr.split("#", 1)[0],
        credential_json=base.credential_json,
        language=snapshot["language"],
        qr_content=qr,
    )


def weasyprint_render(base, snapshot: dict, code: str, qr: str) -> bytes:
    import segno
    import weasyprint
    from django.utils import translation
    from django.utils.translation import gettext as _

    from certificates.pdf.draw import _date

    with translation.override(snapshot["language"]):
        level = snapshot["level"]
        framework = snapshot["framework"]
        rows = "".join(
            f"<tr><td>{c['code']}</td><td>{html.escape(c['local_title'] or c['title'])}</td>"
            f"<td>{c['score']} %</td><td>{_date(c['mastered_at'])}</td></tr>"
            for c in snapshot["competencies"]
        )
        page = WEASY_HTML.format(
            lang=snapshot["language"],
            dir="rtl" if translation.get_language_bidi() else "ltr",
            issuer=html.escape(snapshot["issuer_name"]),
            title=_("Certificate of ICT competency"),
            certifies=_("This certifies that"),
            name=html.escape(snapshot["holder_name"]),
            attained=_("has attained the level"),
            level=html.escape(f"{level['code']} · {level['local_name']}"),
            framework=html.escape(
                _("%(framework)s, version %(version)s")
                % {"framework": framework["local_name"], "version": framework["version"]}
            ),
            rows=rows,
            issued=_("Issued: %(date)s") % {"date": _date(snapshot["issued_at"])},
            valid=_("Valid until: %(date)s") % {"date": _date(snapshot["expires_at"]) or _("does not expire")},
            verify=_("Verify this certificate:"),
            url=html.escape(qr.split("#", 1)[0]),
            code=code,
            qr=segno.make(qr, error="m", micro=False).svg_inline(scale=1),
        )
        attachment = weasyprint.Attachment(
            string=base.credential_json, name="credential.json", relationship="Source", base_url=str(ROOT)
        )
        return weasyprint.HTML(string=page).write_pdf(attachments=[attachment])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=60, help="distinct certificates per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (each with new names)")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: elapsed time; cpu: this process's CPU time, which time spent waiting for a core on a shared "
        "machine does not inflate",
    )
    args = parser.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    base = issue_one()
    # Warm-up outside the measurement: fonts parsed, gettext catalogues and WeasyPrint's font config loaded.
    for script, snapshot, code, qr in certificates(base, 3 * len(OTHER) + 3):
        reportlab_render(base, snapshot, code, qr)
        if script in ("latin", "arabic"):
            weasyprint_render(base, snapshot, code, qr)
    ours: dict[str, list[float]] = {}
    theirs: dict[str, list[float]] = {}
    sizes: dict[str, list[int]] = {}
    for round_index in range(args.rounds):
        batch = certificates(base, args.count)
        for script, snapshot, code, qr in batch:
            # Every round's names are new: a suffix the warm-up and earlier rounds never drew.
            snapshot["holder_name"] = f"{snapshot['holder_name']} {round_index + 1}"
            start = clock()
            data = reportlab_render(base, snapshot, code, qr)
            ours.setdefault(script, []).append((clock() - start) * 1000)
            sizes.setdefault(script, []).append(len(data))
            start = clock()
            weasyprint_render(base, snapshot, code, qr)
            theirs.setdefault(script, []).append((clock() - start) * 1000)
    print(f"{args.rounds} rounds × {args.count} distinct certificates, unsigned, interleaved (ms, {args.clock} clock)")
    print(
        f"{'script':<11}{'n':>4}  {'reportlab min/median':>22}  {'WeasyPrint min/median':>22}  "
        f"{'ratio min/median':>17}  {'KB':>5}"
    )
    rows = sorted(ours, key=lambda s: (s != "latin", s))
    for script in [*rows, "all"]:
        mine = [v for s in rows for v in ours[s]] if script == "all" else ours[script]
        other = [v for s in rows for v in theirs[s]] if script == "all" else theirs[script]
        size = [v for s in rows for v in sizes[s]] if script == "all" else sizes[script]
        ratio = statistics.median(other) / statistics.median(mine)
        ratio_min = min(other) / min(mine)  # the least disturbed run of each: what load does not blur
        kilobytes = statistics.median(size) / 1024
        print(
            f"{script:<11}{len(mine):>4}  {min(mine):>9.2f} / {statistics.median(mine):>8.2f}  "
            f"{min(other):>9.1f} / {statistics.median(other):>8.1f}  {ratio_min:>6.1f}× / {ratio:>5.1f}×  "
            f"{kilobytes:>5.1f}"
        )


if __name__ == "__main__":
    main()
