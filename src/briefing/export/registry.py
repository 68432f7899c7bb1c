"""Which writer handles which format; a new format is one module and one line here."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

from briefing.model import Brief, BriefingError, UsageError, display_path

# format -> (module, function). Imported on first use, so that `briefing build -o x.json`
# never pays for loading reportlab or python-docx.
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("briefing.export.json_writer", "render_json"),
    "md": ("briefing.export.markdown", "render_markdown"),
    "docx": ("briefing.export.docx_writer", "render_docx"),
    "pdf": ("briefing.export.pdf_writer", "render_pdf"),
}
EXTENSIONS = {".json": "json", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}


def format_for(path: Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    try:
        return EXTENSIONS[Path(path).suffix.lower()]
    except KeyError:
        raise UsageError(f"{display_path(path)}: cannot tell the format from the extension; "
                            f"use one of {', '.join(EXTENSIONS)} or --format") from None


def writer(fmt: str) -> Callable[[Brief, Path, dict[str, Any] | None], None]:
    module, function = FORMATS[fmt]
    try:
        return getattr(import_module(module), function)
    except (ImportError, AttributeError) as exc:
        raise BriefingError(f"the {fmt} writer is not available ({exc})") from None


def write_brief(brief: Brief, path: Path, fmt: str | None = None,
                style: dict[str, Any] | None = None) -> Path:
    """Write `brief` to `path` (atomically) in `fmt` or the format the extension names."""
    fmt = format_for(path, fmt)
    writer(fmt)(brief, Path(path), style)
    return Path(path)
