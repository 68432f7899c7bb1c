"""The data every layer shares: documents as read, corpus facts, and the brief (`briefing/1`)."""

from briefing.model.brief import (
    Actor,
    Brief,
    Citation,
    Contradiction,
    Event,
    Figure,
    Issue,
    Quote,
    Section,
    Source,
    Statement,
)
from briefing.model.document import DATE_SOURCE_LABELS, Document, Heading, Sentence, date_source_label
from briefing.model.errors import BriefingError, InputProblem, NothingUsable, UsageError, WriteError
from briefing.model.facts import (
    ActorFact,
    ContradictionFact,
    Corpus,
    CorpusFacts,
    EventFact,
    QuoteFact,
    SentenceRef,
)
from briefing.model.paths import display_name, display_path, store_path, stored_path
from briefing.model.progress import CancelFlag, Cancelled, Progress, run_to_end

__all__ = [
    "DATE_SOURCE_LABELS", "date_source_label", "Actor", "ActorFact", "Brief", "ContradictionFact", "Corpus", "CorpusFacts", "EventFact",
    "QuoteFact", "SentenceRef", "BriefingError", "CancelFlag", "Cancelled", "Citation", "Contradiction",
    "Document", "Event", "Figure", "Heading", "InputProblem", "Issue", "Progress", "Quote", "Section",
    "NothingUsable", "Sentence", "Source", "Statement", "UsageError", "WriteError", "display_name", "display_path",
    "run_to_end", "store_path", "stored_path",
]
