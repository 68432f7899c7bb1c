"""Readers: every input format becomes one `Document`. A new format is one module and one line."""

from briefing.ingest.registry import READERS, collect_paths, document_entries, read_document

__all__ = ["READERS", "collect_paths", "document_entries", "read_document"]
