"""TrueType fonts for the PDF: the bundled DejaVu families, a CJK fallback, and per-run switching.

Every font is embedded (as a subset), so a PDF looks the same everywhere. Characters the
paragraph's font lacks (Han, Hangul, Kana) are set in the fallback font, loaded only when needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing.export.style import StyleError
from briefing.model import BriefingError, display_path
from briefing.resources import asset

# family -> files for regular, bold, italic, bold italic (None: use regular/bold)
BUNDLED_FAMILIES: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                    "DejaVuSans-BoldOblique.ttf"),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                     "DejaVuSerif-BoldItalic.ttf"),
    "DejaVu Sans Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", None, None),
    "Droid Sans Fallback": ("DroidSansFallback.ttf", None, None, None),
}

# Where a CJK-capable TrueType font may be when the bundled one was removed (e.g. by a distro
# package that uses the system copy). First one found wins; .ttc files use their first face.
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "C:/Windows/Fonts/malgun.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)

_SAFE_NAME = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class FontFamily:
    """Registered reportlab font names of one family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def _font_file(file: str) -> Path | None:
    bundled = asset("fonts", file)
    return bundled if bundled.is_file() else None


def _register(name: str, path: Path) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            kwargs = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
            pdfmetrics.registerFont(TTFont(name, str(path), **kwargs))
        except Exception as exc:  # reportlab raises bare TTFError/struct errors on bad files
            raise StyleError(f"style: font {display_path(path)} cannot be used ({exc})") from None
    return name


@cache
def font_family(family: str) -> FontFamily:
    """Register `family` (a bundled family name or a .ttf path) and return its four faces."""
    base = "B" + _SAFE_NAME.sub("", Path(family).stem if family.lower().endswith((".ttf", ".ttc")) else family)
    if family in BUNDLED_FAMILIES:
        files = BUNDLED_FAMILIES[family]
        paths = [(_font_file(f) if f else None) for f in files]
        if paths[0] is None:
            if family == "Droid Sans Fallback":
                system = next((Path(p) for p in SYSTEM_CJK_FONTS if Path(p).is_file()), None)
                if system is None:
                    raise BriefingError("no CJK font found: the bundled DroidSansFallback.ttf is missing "
                                        "and no system CJK font is installed (e.g. fonts-droid-fallback)")
                paths = [system, None, None, None]
            else:
                raise StyleError(f"style: bundled font {files[0]} is missing from the installation")
    else:
        path = Path(family).expanduser()
        if not family.lower().endswith((".ttf", ".otf", ".ttc")) or not path.is_file():
            raise StyleError(f"style: font {family!r} is neither a bundled family "
                                f"({', '.join(BUNDLED_FAMILIES)}) nor a .ttf file")
        paths = [path, None, None, None]
    regular = _register(base, paths[0])
    bold = _register(base + "-Bold", paths[1]) if paths[1] else regular
    italic = _register(base + "-Italic", paths[2]) if paths[2] else regular
    bold_italic = _register(base + "-BoldItalic", paths[3]) if paths[3] else bold
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, italic)
    addMapping(regular, 1, 1, bold_italic)
    return FontFamily(regular, bold, italic, bold_italic)


@cache
def font_coverage(font_name: str) -> frozenset[int]:
    """The code points a registered TrueType font has glyphs for."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


_coverage = font_coverage


class FallbackMarkup:
    """Wraps runs of characters a paragraph's font lacks in `<font face=...>` of the first fallback
    family that has them. Fallback fonts are loaded on first need; characters no font has stay
    as they are (they print blank). No shaping: Arabic and Indic scripts print unjoined.
    """

    def __init__(self, fallback_families: list[str]):
        self._families = list(fallback_families)
        self._loaded: dict[str, str] = {}          # family -> registered regular face

    def _font(self, family: str) -> str:
        if family not in self._loaded:
            self._loaded[family] = font_family(family).regular
        return self._loaded[family]

    def _font_for(self, ch: str) -> str | None:
        code = ord(ch)
        for family in self._families:
            font = self._font(family)
            if code in _coverage(font):
                return font
        return None

    def apply(self, markup: str, font_name: str) -> str:
        """`markup` (already escaped) with uncovered characters switched to a fallback font."""
        if markup.isascii():
            return markup
        covered = _coverage(font_name)
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        for ch in markup:
            font = None if ord(ch) in covered or ch.isspace() else self._font_for(ch)
            if font != run_font and run:
                out.append(_wrapped("".join(run), run_font))
                run = []
            run_font = font
            run.append(ch)
        if run:
            out.append(_wrapped("".join(run), run_font))
        return "".join(out)


def _wrapped(run: str, font: str | None) -> str:
    return f'<font face="{font}">{run}</font>' if font else run


def text_width(text: str, family: str, size: float) -> float:
    """The width of one line of `text` in `family` at `size`, in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font_family(family).regular, size)


def fit_text(text: str, family: str, size: float, width: float) -> str:
    """`text` in `family` at `size`, cut at a word and ended with an ellipsis if wider than `width`."""
    return fit_line(text, font_family(family).regular, size, width)


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text` in the registered font `font` at `size`, cut at a word and ended with an ellipsis if
    wider than `width`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …" if words else ""
