"""`briefing project show | relocate`: list a project's documents and point it at moved ones."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.command_group import add_command_group
from briefing.model import UsageError, display_path


def add_project_commands(sub: argparse._SubParsersAction) -> None:
    actions = add_command_group(sub, "project", help="list a project's documents, relocate moved ones",
                                description="A .briefing project (saved by the window) names its documents; "
                                            "these commands show which are missing and find them where they "
                                            "moved.")

    show = actions.add_parser("show", help="list the documents and whether each is where the project says")
    show.add_argument("project", metavar="FILE")
    show.set_defaults(run=run_show)

    relocate = actions.add_parser(
        "relocate", help="find missing documents under a folder and save the project with their new places",
        description="Each missing document is looked for by its file name under FOLDER (with the same "
                    "content as the brief cited, where several files have that name); the project is "
                    "saved again, atomically, unless --dry-run.")
    relocate.add_argument("project", metavar="FILE")
    relocate.add_argument("folder", metavar="FOLDER")
    relocate.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    relocate.set_defaults(run=run_relocate)


def run_show(args: argparse.Namespace) -> int:
    """Exit 0 when every document is there, 1 when some are missing (each listed)."""
    from briefing.library import document_problem, missing_documents, read_project  # not for every command
    project = read_project(args.project)
    for choice in project.documents:
        problem = document_problem(choice.path)
        state = "missing" if problem and problem.startswith("missing") else "refused" if problem else \
            "used" if choice.included else "left out"
        print(f"{state:<8}  {display_path(choice.path)}")
    missing = missing_documents(project)
    if missing:
        print(f"briefing: {display_path(args.project)}: {len(missing)} of {len(project.documents)} documents "
              f"cannot be read where it says; `briefing project relocate {display_path(args.project)} FOLDER` finds moved ones",
              file=sys.stderr)
    return 1 if missing else 0


def run_relocate(args: argparse.Namespace) -> int:
    """Exit 0 when every document is found now, 1 when some are still missing (each listed)."""
    from briefing.library import missing_documents, read_project, relocate_documents, write_project
    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{display_path(folder)}: not a folder; give the folder the documents moved to")
    project = read_project(args.project)
    moved = relocate_documents(project, folder)
    for old, new in moved.items():
        print(f"found     {display_path(old)} -> {display_path(new)}")
    still = missing_documents(project)
    for choice in still:
        print(f"missing   {display_path(choice.path)}")
    if moved and not args.dry_run:
        write_project(project, args.project)
        print(f"briefing: {display_path(args.project)}: saved with {len(moved)} document(s) relocated",
              file=sys.stderr)
    if still:
        print(f"briefing: {display_path(args.project)}: {len(still)} document(s) still missing; "
              f"try another folder", file=sys.stderr)
    return 1 if still else 0
