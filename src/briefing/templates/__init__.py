"""Brief templates: YAML files that say which sections, in what order, how long, and the style."""

from briefing.templates.loader import load_template, parse_template
from briefing.templates.model import TEMPLATE_FORMAT, SectionSpec, Template, WatchIssue

__all__ = ["TEMPLATE_FORMAT", "SectionSpec", "Template", "WatchIssue", "load_template", "parse_template"]
