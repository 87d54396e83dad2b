"""Hostile uploads: FlateDecode bombs in PDFs signed by someone else are never inflated (ADR 0112)."""

import io
import tracemalloc
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter

from certificates.pdf import certificate_pdf_sign, pdf_check
from certificates.pdf.document import CREDENTIAL_FILENAME
from certificates.verification import pdf_trust, pdf_verify_upload

BOMB_MB = 400
MEMORY_BUDGET = 20 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """BOMB_MB megabytes of zeros, deflated to well under 1 MB (built in chunks: the test never holds them)."""
    deflater = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    parts = [deflater.compress(chunk) for _ in range(BOMB_MB)]
    parts.append(deflater.flush())
    return b"".join(parts)


def _stream(data: bytes, **entries) -> generic.StreamObject:
    head = generic.DictionaryObject({pdf_name(f"/{k}"): v for k, v in entries.items()})
    head[pdf_name("/Filter")] = pdf_name("/FlateDecode")
    return generic.StreamObject(head, encoded_data=data)


def _hostile_pdf(*, attachment: bytes, page_contents: bytes | None = None) -> bytes:
    """One page; `credential.json` attached as the given deflated bytes; page contents deflated likewise."""
    writer = PdfFileWriter()
    contents = writer.add_object(_stream(page_contents or zlib.compress(b"0 0 m 10 10 l S")))
    writer.insert_page(PageObject(contents=contents, media_box=(0, 0, 200, 200)))
    embedded = writer.add_object(_stream(attachment, Type=pdf_name("/EmbeddedFile")))
    spec = writer.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Filespec"),
                pdf_name("/F"): generic.TextStringObject(CREDENTIAL_FILENAME),
                pdf_name("/UF"): generic.TextStringObject(CREDENTIAL_FILENAME),
                pdf_name("/EF"): generic.DictionaryObject({pdf_name("/F"): embedded}),
            }
        )
    )
    names = generic.ArrayObject([generic.TextStringObject(CREDENTIAL_FILENAME), spec])
    writer.root[pdf_name("/Names")] = generic.DictionaryObject(
        {pdf_name("/EmbeddedFiles"): generic.DictionaryObject({pdf_name("/Names"): names})}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _signed_by_someone_else(pdf: bytes, settings, tmp_path) -> bytes:
    from certificates.keys import key_current

    ours = settings.CERTIFICATE_KEY_DIR
    settings.CERTIFICATE_KEY_DIR = tmp_path / "someone-else"
    try:
        return certificate_pdf_sign(pdf=pdf, key=key_current())
    finally:
        settings.CERTIFICATE_KEY_DIR = ours


def _peak(fn):
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def keys(settings, tmp_path):
    settings.CERTIFICATE_KEY_DIR = tmp_path / "keys"
    settings.TSA_URL = settings.TSA_CA_FILE = ""
    return settings.CERTIFICATE_KEY_DIR


@pytest.mark.django_db
def test_a_bomb_attached_to_a_pdf_signed_by_another_key_is_never_unpacked(keys, settings, tmp_path, bomb):
    assert len(bomb) < 1024 * 1024
    forged = _signed_by_someone_else(_hostile_pdf(attachment=bomb), settings, tmp_path)
    verdict, peak = _peak(lambda: pdf_verify_upload(data=forged))
    assert not verdict.untampered and verdict.certificate is None
    assert verdict.reasons == ["The file was not signed by this issuer."]
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.1f} MB"


@pytest.mark.django_db
def test_a_bomb_in_another_stream_of_a_foreign_pdf_is_not_inflated(keys, settings, tmp_path, bomb):
    credential = zlib.compress(b'{"id": "x"}')
    forged = _signed_by_someone_else(_hostile_pdf(attachment=credential, page_contents=bomb), settings, tmp_path)
    check, peak = _peak(lambda: pdf_check(forged, **pdf_trust()))
    assert check.signed and not check.trusted and check.credential_json is None
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.1f} MB"


@pytest.mark.django_db
def test_an_oversized_credential_is_refused_even_under_our_signature(keys, bomb):
    # We never sign such a file; were a key of ours misused, the cap still holds.
    ours = certificate_pdf_sign(pdf=_hostile_pdf(attachment=bomb))
    verdict, peak = _peak(lambda: pdf_verify_upload(data=ours))
    assert verdict.reasons == ["The attached credential is larger than 256 kB, so it is not one of ours."]
    assert not verdict.untampered
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.1f} MB"


@pytest.mark.django_db
def test_the_verify_page_answers_a_bomb_with_a_reason(client, keys, settings, tmp_path, bomb):
    forged = _signed_by_someone_else(_hostile_pdf(attachment=bomb), settings, tmp_path)
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", forged, "application/pdf")})
    assert response.status_code == 200
    assert "not signed by this issuer" in response.content.decode()


def _catalog_in_a_bomb_object_stream(pdf: bytes, padding_mb: int) -> bytes:
    """Append a revision whose catalog lives in an object stream padded with `padding_mb` MB of spaces: a reader must
    inflate that stream before it can find any signature."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    root_id = reader.root_ref.idnum
    catalog = io.BytesIO()
    reader.root.write_to_stream(catalog, None)
    header = f"{root_id} 0 ".encode()
    deflater = zlib.compressobj(9)
    body = [deflater.compress(header + catalog.getvalue())]
    body += [deflater.compress(b" " * (1024 * 1024)) for _ in range(padding_mb)]
    body.append(deflater.flush())
    packed = b"".join(body)
    size = int(reader.trailer["/Size"])
    objstm_id, xref_id = size, size + 1
    out = bytearray(pdf)
    objstm_at = len(out)
    out += (
        f"{objstm_id} 0 obj\n<< /Type /ObjStm /N 1 /First {len(header)} /Filter /FlateDecode "
        f"/Length {len(packed)} >>\nstream\n"
    ).encode()
    out += packed + b"\nendstream\nendobj\n"
    xref_at = len(out)
    rows = b"".join(
        [
            bytes([2]) + objstm_id.to_bytes(4, "big") + (0).to_bytes(2, "big"),  # the catalog, now in the stream
            bytes([1]) + objstm_at.to_bytes(4, "big") + (0).to_bytes(2, "big"),
            bytes([1]) + xref_at.to_bytes(4, "big") + (0).to_bytes(2, "big"),
        ]
    )
    prev = pdf.rstrip().rsplit(b"startxref", 1)[1].split()[0].decode()
    out += (
        f"{xref_id} 0 obj\n<< /Type /XRef /W [1 4 2] /Index [{root_id} 1 {objstm_id} 2] /Size {xref_id + 1} "
        f"/Root {root_id} 0 R /Prev {prev} /Length {len(rows)} >>\nstream\n"
    ).encode()
    out += rows + b"\nendstream\nendobj\n" + f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


@pytest.mark.django_db
def test_a_bomb_object_stream_a_reader_must_open_is_refused_before_it_is_inflated(keys, settings, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    forged = _signed_by_someone_else(_hostile_pdf(attachment=zlib.compress(b"{}")), settings, tmp_path)
    hostile = _catalog_in_a_bomb_object_stream(forged, padding_mb=BOMB_MB)
    assert len(hostile) < 1024 * 1024
    small = _catalog_in_a_bomb_object_stream(forged, padding_mb=0)
    assert "/AcroForm" in PdfFileReader(io.BytesIO(small)).root, "the same file without padding is a readable PDF"
    check, peak = _peak(lambda: pdf_check(hostile, **pdf_trust()))
    assert not check.trusted and check.credential_json is None
    assert check.errors in (["not a readable PDF"], ["the signature cannot be validated"])
    assert peak < MEMORY_BUDGET, f"{peak / 2**20:.1f} MB"
