"""Writers: the brief (`briefing/1`) to JSON, Markdown, DOCX and PDF. One module per format."""

from briefing.export.registry import FORMATS, format_for, write_brief

__all__ = ["FORMATS", "format_for", "write_brief"]
