"""The composer: corpus facts and a template in, a ranked, cited `Brief` out."""

from briefing.compose.brief import compose_brief

__all__ = ["compose_brief"]
