"""A command made of actions (`briefing library add`, `briefing template list`): alone, it shows its help."""

from __future__ import annotations

import argparse
import sys


def add_command_group(sub: argparse._SubParsersAction, name: str, help: str,
                      description: str) -> argparse._SubParsersAction:
    """Add command `name` and return what its actions are added to; given without an action, the
    command prints its help to standard error and exits with the usage status (cli.main.EXIT_USAGE)."""
    p = sub.add_parser(name, help=help, description=description)
    p.set_defaults(run=lambda args: _usage(p))
    return p.add_subparsers(dest=f"{name}_command", metavar="ACTION")


def _usage(p: argparse.ArgumentParser) -> int:
    # main imports the commands: its exit status is read when run, as the commands read theirs
    from briefing.cli.main import EXIT_USAGE

    p.print_help(sys.stderr)
    return EXIT_USAGE
