"""briefing: turn a pile of documents into a cited, printable briefing pack, offline."""

__version__ = "0.1.0"
