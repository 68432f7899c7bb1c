"""What was worked out for a document, kept by the document's content for the steps (or the
processes) that ask again: its names, its sentences' content words."""

from __future__ import annotations

from typing import Generic, TypeVar

from briefing.model import Document

T = TypeVar("T")


class DocumentMemo(Generic[T]):
    """One value per document content, cleared when it holds `limit` documents (a bound on the
    memory of a long session, far above a brief's documents)."""

    def __init__(self, limit: int = 8192) -> None:
        self.limit = limit
        self._found: dict[tuple[str, int], T] = {}

    @staticmethod
    def key(document: Document) -> tuple[str, int]:
        return document.sha256 or document.id, len(document.text)

    def get(self, document: Document) -> T | None:
        return self._found.get(self.key(document))

    def put(self, document: Document, value: T) -> None:
        if len(self._found) >= self.limit:
            self._found.clear()
        self._found[self.key(document)] = value

    def clear(self) -> None:
        self._found.clear()
