"""Turn bytes into text: detect the encoding instead of assuming UTF-8, refuse binary junk."""

from __future__ import annotations

import codecs
import re

from briefing.model import BriefingError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Accented letters of French, German, Spanish, Italian and Portuguese, and the typographic marks of
# Windows-1252. Central European text read as 1252 shows letters outside this set (ø ì ¹ ³ œ).
WESTERN = frozenset("ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÙÚÛÜàáâãäçèéêëíîïñóôõöùúûüÿß"
                    "‘’“”–—…€£©®°·»«§•™½\xa0")
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0d-\x1f\ufffd]")   # not tab, newline or form feed
CONTROL_LIMIT = 0.02    # share of control characters from which decoded text is called binary


def _looks_western(raw: bytes) -> bool:
    """Windows-1252 / Latin-1 text: every non-ASCII character a common Western European one.

    The detector guesses among look-alike code pages (1250, 1252, 1257) from short samples and
    often picks a Central European one for French or German; a sparse sprinkle of Western
    accents is by far the likelier reading for the documents this tool is given.
    """
    try:
        text = raw[:200_000].decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(ch in WESTERN for ch in text if ord(ch) > 127)


def decode(raw: bytes, name: str) -> str:
    """Decoded text with universal newlines; BriefingError when it is not text."""
    if not raw.strip():
        raise BriefingError("empty file")
    text = None
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            text = raw.decode(encoding, errors="replace")
            break
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in raw[:4096] and raw.count(b"\x00") > len(raw) // 4:
                # UTF-16 without a BOM: every other byte is zero for Latin text
                even = raw[0::2].count(b"\x00") < raw[1::2].count(b"\x00")
                text = raw.decode("utf-16-le" if even else "utf-16-be", errors="replace")
            elif _looks_western(raw):
                text = raw.decode("cp1252", errors="replace")
            else:
                # imported here, for the few files that need it: every build imports this module
                # before its readers start, and the detector was most of the import (6-8 ms)
                from charset_normalizer import from_bytes

                best = from_bytes(raw[:200_000]).best()
                if best is None:
                    raise BriefingError("not text (binary content or unknown encoding); save it as UTF-8 text and add that") from None
                text = raw.decode(best.encoding, errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    sample = text[:20_000]
    controls = len(CONTROL_CHARACTERS.findall(sample))
    if not sample.strip() or controls > CONTROL_LIMIT * len(sample):
        raise BriefingError("not text (binary content or unknown encoding); save it as UTF-8 text and add that")
    return text
