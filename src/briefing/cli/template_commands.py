"""`briefing template list | show | validate | new`: find, read, check and start brief templates."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from briefing.cli.command_group import add_command_group
from briefing.model import BriefingError, UsageError, display_path
from briefing.templates import (
    find_template,
    list_templates,
    load_template,
    read_template,
    save_template,
    user_templates_dir,
)
from briefing.templates.loader import read_template_text
from briefing.templates.store import check_template_name
from briefing.templates.style_files import style_files


def add_template_commands(sub: argparse._SubParsersAction) -> None:
    actions = add_command_group(sub, "template", help="list, show, check and create brief templates",
                                description="Brief templates are YAML files: sections in order, limits, an "
                                            "issue watch list, defaults and style. NAME is a bundled or saved "
                                            "template; anything with a suffix or a folder is a file.")

    listing = actions.add_parser("list", help="the templates you can use by name")
    listing.set_defaults(run=run_list)

    show = actions.add_parser("show", help="print a template's YAML")
    show.add_argument("name", metavar="NAME|FILE")
    show.set_defaults(run=run_show)

    validate = actions.add_parser("validate", help="check template files and report every problem with its line")
    validate.add_argument("files", nargs="+", metavar="FILE|NAME")
    validate.set_defaults(run=run_validate)

    new = actions.add_parser("new", help="start a template of your own in your templates folder",
                             description="Copy a template to your templates folder under NAME and print "
                                         "where it is, ready to edit.")
    new.add_argument("name", metavar="NAME", help="letters, digits, '-' and '_'")
    new.add_argument("--from", dest="base", default="standard", metavar="NAME|FILE",
                     help="the template to start from (default: standard)")
    new.add_argument("--force", action="store_true", help="replace a saved template of that name")
    new.set_defaults(run=run_new)


def run_list(args: argparse.Namespace) -> int:
    infos = list_templates()
    width = max(len(display_path(i.name)) for i in infos) if infos else 4
    for info in infos:
        about = f"BROKEN: {info.problem}" if info.problem else " ".join(info.description.split())
        print(f"{display_path(info.name):<{width}}  {info.origin:<7}  {about}")
    print(f"\nYour templates are kept in {display_path(user_templates_dir())}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    path = find_template(args.name)
    load_template(path)   # refuse to show a broken template as if it were usable; the error names the line
    sys.stdout.write(read_template_text(path))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    broken = 0
    for name in args.files:
        try:
            path = find_template(name)
            text = read_template_text(path)
        except BriefingError as exc:
            print(exc, file=sys.stderr)
            broken += 1
            continue
        shown = display_path(path)
        template, problems = read_template(text, shown, Path(os.path.abspath(path)).parent)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            broken += 1
            continue
        on = [s for s in template.sections if s.enabled]
        count = len(template.watchlist)
        watch = f", {count} watch-list issue{'s' if count > 1 else ''}" if count else ""
        print(f"{shown}: valid template '{template.name}': {len(on)} sections "
              f"({', '.join(s.kind for s in on)}){watch}")
        for missing in (f for f in style_files(template.style) if not Path(f).is_file()):
            print(f"{shown}: note: style file {display_path(missing)} does not exist; the export will stop "
                  f"until it is there", file=sys.stderr)
    return 1 if broken else 0


def run_new(args: argparse.Namespace) -> int:
    name = check_template_name(args.name)
    target = user_templates_dir() / f"{name}.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{display_path(target)}: you already have a template named '{name}'; "
                            f"choose another name or add --force to replace it")
    base = load_template(args.base)
    about = f"Based on {base.name}" + (f": {base.description}" if base.description else ".")
    path = save_template(dataclasses.replace(base, name=name, description=about, version=1), None)
    print(display_path(path))
    print(f"briefing: edit it, then check it with `briefing template validate {display_path(path)}`", file=sys.stderr)
    return 0
