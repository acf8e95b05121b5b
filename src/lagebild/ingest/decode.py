"""Bytes to text: gzip, binary sniffing and encoding detection."""

from __future__ import annotations

import gzip
import re
import zlib

from charset_normalizer import from_bytes

from lagebild.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control bytes that never occur in text (tab, newline, CR, FF and ESC are allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing truncated streams and output over `max_bytes`."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError("E104") from exc
    if len(out) > max_bytes:
        raise InputError("E105", limit=max_bytes)
    if not decomp.eof:
        raise InputError("E104")
    return out


def maybe_gunzip(data: bytes, max_bytes: int) -> bytes:
    return gunzip_bounded(data, max_bytes) if data[:2] == GZIP_MAGIC else data


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too, but then it has a BOM.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not head:
        return False
    controls = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return controls / len(head) > 0.01


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def decode_text(data: bytes, *, html: bool = False) -> str:
    """Decode bytes to str: BOM, then UTF-8, then a declared charset, then detection."""
    if not data.strip():
        raise InputError("E101")
    if looks_binary(data):
        raise InputError("E102")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError("E103")
    return str(best)


def read_gzip_file(path: str, max_bytes: int) -> bytes:
    """Read a .gz file from disk without ever holding more than `max_bytes` of output."""
    out = bytearray()
    try:
        with gzip.open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                out.extend(chunk)
                if len(out) > max_bytes:
                    raise InputError("E105", limit=max_bytes)
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError("E104") from exc
    return bytes(out)
