"""A gzip member made of pieces compressed at different times: a page whose fixed parts are compressed once and
whose changing parts are compressed when they change, never the whole page per request (ADR 0210).

A deflate stream may be cut into segments, each ending on a byte boundary with a sync flush and none marked final;
segments compressed independently then read as one stream (no back-reference crosses a cut, so the ratio is a
little lower). Short runs go in stored (uncompressed) blocks. One empty final block ends the stream, and the gzip
trailer holds the CRC-32 and length of the whole, computed from the uncompressed pieces.
"""

import struct
import zlib

_HEADER = (
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, mtime 0 (as gzip.compress(mtime=0)), OS unknown
)
_FINAL = b"\x03\x00"  # an empty final block with fixed codes: what zlib writes to finish after a sync flush
_STORED_MAX = 0xFFFF


def deflate_segment(data: bytes, *, level: int = 6) -> bytes:
    """`data` as a raw deflate segment ending on a sync flush: to be joined by `gzip_join`."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def deflate_segment_read(segment: bytes) -> bytes:
    """The bytes a segment of `deflate_segment` holds."""
    return zlib.decompressobj(-15).decompress(segment)


def stored_segment(data: bytes) -> bytes:
    """`data` in stored blocks: cheaper than compressing a few dozen bytes, and as valid a segment."""
    blocks = []
    for start in range(0, len(data), _STORED_MAX):
        chunk = data[start : start + _STORED_MAX]
        blocks.append(b"\x00" + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk)
    return b"".join(blocks)


def gzip_join(pieces: list[tuple[bytes, bytes]]) -> bytes:
    """One gzip member of the (uncompressed bytes, their segment) pieces, in order."""
    crc, size = 0, 0
    for data, _segment in pieces:
        crc, size = zlib.crc32(data, crc), size + len(data)
    body = b"".join(segment for _data, segment in pieces)
    return _HEADER + body + _FINAL + struct.pack("<II", crc, size & 0xFFFFFFFF)
