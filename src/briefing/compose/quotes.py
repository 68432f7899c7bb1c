"""The quotes section."""

from __future__ import annotations

from briefing.compose.context import ComposeContext
from briefing.model import Section
from briefing.templates import SectionSpec


def quotes_section(ctx: ComposeContext, spec: SectionSpec) -> Section:
    return Section(spec.kind, spec.title)
