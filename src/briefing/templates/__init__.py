"""Brief templates: YAML files that say which sections, in what order, how long, and the style."""

from briefing.templates.loader import parse_template, read_template
from briefing.templates.model import (
    TEMPLATE_FORMAT,
    FigureSpec,
    SectionSpec,
    Template,
    TemplateInfo,
    WatchIssue,
)
from briefing.templates.store import (
    find_template,
    list_templates,
    load_template,
    save_template,
    user_templates_dir,
)
from briefing.templates.validate import SECTION_TITLES, TemplateError
from briefing.templates.writer import template_to_yaml

__all__ = [
    "SECTION_TITLES", "TEMPLATE_FORMAT", "FigureSpec", "SectionSpec", "Template", "TemplateError", "TemplateInfo",
    "WatchIssue", "find_template", "list_templates", "load_template", "parse_template", "read_template",
    "save_template", "template_to_yaml", "user_templates_dir",
]
