"""Certificate benchmarks, in one run: PDF render (unsigned, signed, WeasyPrint for comparison) and verification
page throughput against a plain "hello" view, with 1,000 and with 1,000,000 certificates in the table.

    .venv/bin/python bench/certificates.py [--sizes 1000,1000000] [--seconds 3]

Everything happens in a throwaway SQLite database and key directory under a temporary directory; requests go
through Django's full WSGI handler and middleware in-process (no network).
Targets (2-core machine): unsigned ≤ 10 ms, signed ≤ 60 ms, verify ≥ 70 % of hello, same speed at 1k and 1M.
"""

import argparse
import io
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.MEDIA_ROOT = WORK / "media"
settings.CERTIFICATE_KEY_DIR = WORK / "keys"
settings.CERTIFICATE_LOOKUP_RATE = "100000000/m"  # measure the limiter's cost, never its blocking
settings.DEBUG = False
logging.getLogger("django.request").setLevel(logging.ERROR)  # no "Not Found" line per benchmarked 404
logging.getLogger("django_q").setLevel(logging.WARNING)
logging.getLogger("weasyprint").setLevel(logging.WARNING)
logging.getLogger("django_tasks").setLevel(logging.WARNING)


def median_ms(fn, repeat: int) -> float:
    fn()  # warm caches (fonts, keys) outside the measurement
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def setup_database() -> tuple:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_framework", "ictcft-v3", stdout=io.StringIO())
    from accounts.models import User
    from certificates.services import certificate_issue
    from competency.models import Framework
    from competency.services import EvidenceInput, evidence_record_many

    level = Framework.objects.get(slug="ictcft-v3").levels.get(code="KA")
    user = User.objects.create_user("bench", email="bench@example.org", legal_name="Nguyễn Thị Ánh Tuyết")
    evidence_record_many(
        user=user,
        source_type="bench",
        source_id="1",
        items=[EvidenceInput(competency=c, score=91, passed=True) for c in level.competencies.all()],
    )
    return certificate_issue(user=user, level=level), level


def bulk_insert(count: int, *, level, user_id: int) -> None:
    """Rows with real codes and digests, inserted with executemany in batches (not through the ORM)."""
    from django.db import connection, transaction

    from certificates.codes import code_digest, code_generate

    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(status_list_index), 0) FROM certificates_certificate")
        next_index = cursor.fetchone()[0] + 1
    sql = (
        "INSERT INTO certificates_certificate (code, code_digest, user_id, level_id, framework_slug, "
        "framework_version, snapshot, issued_at, is_current, revoke_reason, manual, status_list_index, "
        "credential_json, pdf, created_at, language, offline_payload) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )
    snapshot = '{"holder_name": "Bench", "level": {"code": "KA"}}'
    now = "2026-01-01 00:00:00"
    batch = 50_000
    done = 0
    with connection.cursor() as cursor:
        # A throwaway database: trade durability for speed, and give the random-order unique indexes room.
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA cache_size=-400000")
    with transaction.atomic(), connection.cursor() as cursor:
        while done < count:
            size = min(batch, count - done)
            rows = []
            for i in range(size):
                code = code_generate()
                rows.append(
                    (code, code_digest(code), user_id, level.pk, "ictcft-v3", "3", snapshot, now, False, "",
                     False, next_index + done + i, "", "", now, "en", "")
                )  # fmt: skip
            cursor.executemany(sql, rows)
            done += size


def render_figures(certificate) -> dict:
    from certificates.issuer import issuer_get
    from certificates.pdf import certificate_pdf_render, certificate_pdf_sign

    issuer = issuer_get()

    def unsigned() -> bytes:
        return certificate_pdf_render(
            snapshot=certificate.snapshot,
            code=certificate.code,
            verify_url=certificate.verify_url,
            credential_json=certificate.credential_json,
            signature_image=issuer.signature_path,
            language=certificate.language,
            qr_content=certificate.offline_verify_url,
        )

    return {
        "unsigned": median_ms(unsigned, 40),
        "signed": median_ms(lambda: certificate_pdf_sign(pdf=unsigned()), 25),
        "weasyprint": weasyprint_ms(certificate),
    }


WEASY_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Cert; src: url("{font}"); }}
@font-face {{ font-family: Cert; font-weight: bold; src: url("{bold}"); }}
@page {{ size: A4 landscape; margin: 18pt; }}
body {{ font-family: Cert; color: #1b2a3a; border: 3pt solid #0b5cab; padding: 24pt; text-align: center; }}
h1 {{ color: #0b5cab; font-size: 28pt; margin: 6pt; }} .name {{ font-size: 32pt; font-weight: bold; }}
table {{ width: 100%; font-size: 9pt; text-align: start; }} .foot {{ display: flex; justify-content: space-between; }}
</style></head><body><p>{issuer}</p><h1>Certificate of ICT competency</h1><p>This certifies that</p>
<p class="name">{name}</p><p>has attained the level</p><h2>{level}</h2><table>{rows}</table>
<div class="foot"><p>Issued: {issued}</p><p>{issuer}</p><p>{code}<br>{qr}</p></div></body></html>"""


def weasyprint_ms(certificate) -> float | None:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: pango/cairo system libraries missing
        print(f"  WeasyPrint unavailable: {exc}")
        return None
    import segno

    fonts = ROOT / "certificates" / "fonts"
    s = certificate.snapshot

    def render() -> bytes:
        qr = segno.make(certificate.verify_url, error="m").svg_inline(scale=3)
        rows = "".join(
            f"<tr><td>{c['code']}</td><td>{c['title']}</td><td>{c['score']} %</td><td>{c['mastered_at'][:10]}</td></tr>"
            for c in s["competencies"]
        )
        html = WEASY_HTML.format(
            font=(fonts / "DejaVuSans.ttf").as_uri(),
            bold=(fonts / "DejaVuSans-Bold.ttf").as_uri(),
            issuer=s["issuer_name"],
            name=s["holder_name"],
            level=f"{s['level']['code']} · {s['level']['name']}",
            rows=rows,
            issued=s["issued_at"][:10],
            code=certificate.code,
            qr=qr,
        )
        return weasyprint.HTML(string=html).write_pdf()

    return median_ms(render, 10)


def throughput(seconds: float, certificate) -> dict:
    """Requests per second through Django's WSGI handler (all middleware) for three paths, interleaved."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.http import HttpResponse
    from django.urls import clear_url_caches, path

    def hello(request):
        return HttpResponse("hello")

    urls = types.ModuleType("bench_urls")
    import config.urls

    urls.urlpatterns = [path("bench-hello/", hello), *config.urls.urlpatterns]
    sys.modules["bench_urls"] = urls
    settings.ROOT_URLCONF = "bench_urls"
    clear_url_caches()
    app = WSGIHandler()
    unknown = "0000-0000-0000-0001-1"

    def call(path_info: str) -> int:
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path_info,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        status = []
        body = app(environ, lambda s, h, exc=None: status.append(s))
        b"".join(body)
        getattr(body, "close", lambda: None)()
        return int(status[0][:3])

    paths = {
        "hello": "/bench-hello/",
        "verify": f"/verify/{certificate.code}/",
        "verify_unknown": f"/verify/{unknown}/",
    }
    assert call(paths["hello"]) == 200 and call(paths["verify"]) == 200 and call(paths["verify_unknown"]) == 200
    counts = dict.fromkeys(paths, 0)
    spent = dict.fromkeys(paths, 0.0)
    deadline = time.perf_counter() + seconds * len(paths)
    while time.perf_counter() < deadline:
        for name, p in paths.items():  # interleaved so machine load affects all equally
            start = time.perf_counter()
            for _ in range(20):
                call(p)
            spent[name] += time.perf_counter() - start
            counts[name] += 20
    return {name: counts[name] / spent[name] for name in paths}


def served_throughput(seconds: float, certificate, *, port: int = 8765) -> dict | None:
    """Requests per second through a real server: gunicorn (one sync worker, as behind a reverse proxy) and
    four client threads on fresh TCP connections, so the worker is never idle. The client runs on the other core."""
    import socket
    import subprocess
    import threading

    from django.db import connection

    connection.close()  # the SQLite file is shared with the server process
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "served_app:application", "--chdir", str(ROOT / "bench"),
         "--workers", "1", "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
    )  # fmt: skip

    def get(path_info: str) -> int:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(f"GET {path_info} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            head = sock.recv(65536)
            while sock.recv(65536):
                pass
        return int(head[9:12])

    try:
        for _ in range(100):
            try:
                get("/bench-hello/")
                break
            except OSError:
                time.sleep(0.1)
        else:
            print("  gunicorn did not start")
            return None
        paths = {
            "hello": "/bench-hello/",
            "verify": f"/verify/{certificate.code}/",
            "verify_unknown": "/verify/0000-0000-0000-0001-1/",
        }
        assert all(get(p) == 200 for p in paths.values())
        counts = dict.fromkeys(paths, 0)
        spent = dict.fromkeys(paths, 0.0)
        burst = 0.5
        for _ in range(max(1, int(seconds / burst))):
            for name, p in paths.items():  # interleaved bursts so machine load affects all equally
                done = [0] * 4
                deadline = time.perf_counter() + burst

                def client(slot: int, p: str = p, deadline: float = deadline, done: list = done) -> None:
                    while time.perf_counter() < deadline:
                        get(p)
                        done[slot] += 1

                threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
                start = time.perf_counter()
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                spent[name] += time.perf_counter() - start
                counts[name] += sum(done)
        return {name: counts[name] / spent[name] for name in paths}
    finally:
        server.terminate()
        server.wait(timeout=30)


def lookup_us(certificate) -> float:
    """Median microseconds of the lookup alone (one indexed query), to show table size does not matter."""
    from certificates.selectors import certificate_lookup

    samples = []
    for _ in range(2000):
        start = time.perf_counter()
        certificate_lookup(raw=certificate.code)
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def set_conn_max_age(seconds: int) -> None:
    from django.db import connections

    for conn in connections.all():
        conn.settings_dict["CONN_MAX_AGE"] = seconds
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,1000000")
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    started = time.perf_counter()
    certificate, level = setup_database()
    print(f"setup (migrate, framework, first real certificate): {time.perf_counter() - started:.1f} s")
    from certificates.models import Certificate

    rows = []
    for size in sizes:
        missing = size - Certificate.objects.count()
        started = time.perf_counter()
        if missing > 0:
            bulk_insert(missing, level=level, user_id=certificate.user_id)
        print(f"inserted {missing:,} rows to reach {size:,} certificates in {time.perf_counter() - started:.1f} s")
        render = render_figures(certificate)
        configured = settings.DATABASES["default"].get("CONN_MAX_AGE", 0)
        rps_configured = throughput(args.seconds, certificate)
        set_conn_max_age(60)
        rps = throughput(args.seconds, certificate)
        set_conn_max_age(configured)
        rps["lookup_us"] = lookup_us(certificate)
        served = served_throughput(args.seconds, certificate)
        rows.append((size, render, rps, served))
        weasy = render["weasyprint"]
        ratio = f"{weasy / render['unsigned']:.1f}× slower than reportlab unsigned" if weasy else "n/a"
        print(f"\n== {size:,} certificates in the table")
        print(
            f"  PDF unsigned (reportlab, credential + XMP attached): median {render['unsigned']:.1f} ms  (target ≤ 10)"
        )
        print(f"  PDF signed (+ PAdES by pyHanko):                     median {render['signed']:.1f} ms  (target ≤ 60)")
        if weasy:
            print(f"  same certificate from HTML by WeasyPrint:            median {weasy:.1f} ms  ({ratio})")
        print(f"  lookup by code alone:                                median {rps['lookup_us']:.0f} µs")
        for label, figures in (
            ("served by gunicorn (1 sync worker, persistent connections as in production), HTTP clients", served),
            (f"in-process WSGI handler, database connection per request (CONN_MAX_AGE={configured})", rps_configured),
            ("in-process WSGI handler, persistent database connections (CONN_MAX_AGE=60)", rps),
        ):
            if figures is None:
                continue
            share = figures["verify"] / figures["hello"]
            print(f"  {label}:")
            print(f"    hello view:                       {figures['hello']:7.0f} req/s")
            known, unknown = figures["verify"], figures["verify_unknown"]
            print(f"    verification page (known code):   {known:7.0f} req/s = {share:.0%} of hello (target ≥ 70 %)")
            print(f"    verification page (unknown code): {unknown:7.0f} req/s")
    if len(rows) > 1:
        (small, r1, q1, s1), (large, r2, q2, s2) = rows[0], rows[-1]
        print(f"\n== {large:,} vs {small:,} rows (1.00 = same speed; other load on the machine moves all figures)")
        print(f"  lookup by code (one indexed query): {q1['lookup_us']:.0f} µs vs {q2['lookup_us']:.0f} µs")
        print(f"  unsigned render {r2['unsigned'] / r1['unsigned']:.2f}×, signed {r2['signed'] / r1['signed']:.2f}×")
        share1, share2 = q1["verify"] / q1["hello"], q2["verify"] / q2["hello"]
        print(f"  verification page as a share of hello, in-process: {share1:.0%} vs {share2:.0%}")
        if s1 and s2:
            served1, served2 = s1["verify"] / s1["hello"], s2["verify"] / s2["hello"]
            print(f"  verification page as a share of hello, served: {served1:.0%} vs {served2:.0%}")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
