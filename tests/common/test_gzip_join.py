"""A gzip member joined from segments compressed at different times reads back whole, in Python's zlib and in GNU
gzip (Chromium reads it in tests/e2e/test_verify.py)."""

import gzip
import subprocess

from hypothesis import given
from hypothesis import strategies as st

from common.gzip_join import deflate_segment, deflate_segment_read, gzip_join, stored_segment

pieces = st.lists(st.tuples(st.binary(max_size=3000), st.booleans()), max_size=8)


def joined(parts: list[tuple[bytes, bool]]) -> bytes:
    return gzip_join([(data, stored_segment(data) if stored else deflate_segment(data)) for data, stored in parts])


@given(pieces)
def test_any_pieces_read_back_as_their_concatenation(parts):
    assert gzip.decompress(joined(parts)) == b"".join(data for data, _stored in parts)


def test_gnu_gzip_reads_a_joined_page_and_checks_its_crc_and_length():
    frame = '<!doctype html><html lang="ar" dir="rtl"><head><title>التحقق من شهادة</title></head><body>'.encode()
    parts = [(frame, False), (b"/verify/ABCD-EFGH-JKMN-PQRS-T/", True), (b"<main>" + b"VALID " * 500, False)]
    data = joined([*parts, (b"</main></body></html>", False)])
    result = subprocess.run(["gzip", "-dc"], input=data, capture_output=True, check=True)
    assert result.stdout == b"".join(p for p, _s in parts) + b"</main></body></html>"
    damaged = data[:-8] + bytes([data[-8] ^ 1]) + data[-7:]  # one bit of the CRC changed
    assert subprocess.run(["gzip", "-dc"], input=damaged, capture_output=True).returncode != 0


def test_a_stored_run_longer_than_a_block_is_cut_into_blocks():
    data = bytes(range(256)) * 600  # 153,600 bytes: three stored blocks
    assert gzip.decompress(gzip_join([(data, stored_segment(data))])) == data


def test_a_segment_reads_back_on_its_own():
    text = "Vérification · التحقق".encode() * 40
    assert deflate_segment_read(deflate_segment(text)) == text
    assert len(deflate_segment(text)) < len(text) // 4
