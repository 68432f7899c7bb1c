"""Parse the command line and run the same services the window uses."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import NoReturn

from briefing import __version__, compiled_patterns
from briefing.cli.library_commands import add_db_option, add_filter_options, add_library_commands, query_from
from briefing.cli.progress_bar import ProgressBar
from briefing.model import (
    BriefingError,
    CancelFlag,
    Cancelled,
    UsageError,
    WriteError,
    display_path,
    run_to_end,
)
from briefing.services import Selection, check_export, compose, export, ingest
from briefing.templates import load_template

log = logging.getLogger("briefing")

# The exit status of `briefing build` (listed in the README): scripts rely on these.
EXIT_WRITTEN = 0           # the brief was written (unreadable files were reported and skipped)
EXIT_NOTHING_USABLE = 1    # no document could be used
EXIT_USAGE = 2             # bad option or argument, unknown or invalid template: nothing was read
EXIT_CANNOT_WRITE = 3      # the brief could not be written; an older file of that name is intact
EXIT_INTERNAL = 70         # a bug (EX_SOFTWARE): reported on one line, the traceback with -v
EXIT_INTERRUPTED = 130     # Ctrl+C (128 + SIGINT)


class UsageExit(Exception):
    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a usage error on one line (naming --help) instead of usage + error."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see `{self.prog} --help`)", file=sys.stderr)
        raise UsageExit(EXIT_USAGE)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(message.rstrip(), file=sys.stderr)
        raise UsageExit(status)


def _add_build(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="compose a brief from documents and folders, or from the library",
                       description="Compose a cited brief from documents (.txt .md .html .docx .pdf) and folders, "
                                   "or with --query from the library's top hits.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files and folders to read")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write the brief (format from the extension); default: stdout as JSON")
    p.add_argument("--format", choices=["json", "md", "docx", "pdf"], help="output format")
    p.add_argument("--template", metavar="NAME|FILE", default="standard",
                   help="bundled or saved template name, or a template file (default: standard)")
    p.add_argument("--title", help="the brief's title")
    p.add_argument("--subtitle", help="the brief's subtitle")
    p.add_argument("--author", help="the author shown on the cover")
    p.add_argument("--marking", help="protective marking, e.g. UNCLASSIFIED, TLP:AMBER")
    p.add_argument("--exclude-heading", action="append", default=[], metavar="TEXT",
                   help="leave out sections with this heading (may be repeated)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no per-file messages")
    library = p.add_argument_group("from the library (instead of PATHs)")
    library.add_argument("--query", metavar="QUERY",
                         help="compose from the library's top hits for QUERY (\"\" for the newest documents)")
    add_filter_options(library, 50)
    add_db_option(library)
    p.set_defaults(run=run_build)


def run_build(args: argparse.Namespace) -> int:
    options = {k: getattr(args, k) for k in ("title", "subtitle", "author", "marking") if getattr(args, k)}
    selection = Selection(excluded_heading_titles=set(args.exclude_heading))
    if args.query is not None and args.paths:
        raise UsageError("build: give PATHs to read or --query for the library, not both")
    if args.query is None and not args.paths:
        raise UsageError("build: the following arguments are required: PATH (or --query QUERY, to compose "
                         "from the library)")
    # everything the command line names is checked before the (long) reading starts
    template = load_template(args.template)
    if args.output:
        check_export(args.output, args.format, template)
    elif (args.format or "json") not in ("json", "md"):
        raise UsageError(f"--format {args.format} needs -o FILE (only json and md go to standard output)")
    bar = ProgressBar(enabled=None if not args.quiet else False)
    cancel = CancelFlag()
    with ctrl_c_cancels(cancel):
        try:
            if args.query is not None:
                from briefing.services import compose_from_library
                read = run_to_end(compose_from_library(query_from(args, args.query), template, selection,
                                                       options, args.db, cancel), bar)
                brief = read.brief
            else:
                read = run_to_end(ingest(args.paths, cancel, names=True), bar)    # composed here: names found as read
                bar.close()
                if not args.quiet:
                    for problem in read.problems:
                        print(f"briefing: skipped {problem}", file=sys.stderr)
                brief = run_to_end(compose(read.usable(), template, selection, options, cancel), bar)
        finally:
            bar.close()
        cancel.check()
    if args.query is not None and not args.quiet:
        for problem in read.problems:
            print(f"briefing: note: {problem}", file=sys.stderr)
    if args.output:
        path = export(brief, args.output, args.format, template)
        if not args.quiet:
            print(f"briefing: wrote {display_path(path)} from {len(read.documents)} documents", file=sys.stderr)
    else:
        from briefing.export.json_writer import brief_json
        from briefing.export.markdown import brief_markdown
        text = brief_json(brief) if (args.format or "json") == "json" else brief_markdown(brief)
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            # the reader went away (`| head`): say so once, and keep Python from a second complaint at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise WriteError("standard output was closed before the whole brief was written") from None
    return EXIT_WRITTEN


@contextlib.contextmanager
def ctrl_c_cancels(cancel: CancelFlag) -> Iterator[None]:
    """Ctrl+C raises KeyboardInterrupt as usual and also sets `cancel`, which the jobs check between
    steps: an interrupt that lands in a finalizer (where Python only prints it) still stops the build."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum: int, frame: object) -> None:
        cancel.cancel()
        # once: a second Ctrl+C must not cut short the clean-up the first one started (the
        # readers and the analysis's processes stopped, a half-written file removed)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_gui(args: argparse.Namespace) -> int:
    from briefing.gui.startup import import_error_message, startup_problem
    problem = startup_problem()        # Qt would print a plugin error and abort
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from briefing.gui import run_app
        return run_app(list(getattr(args, "paths", []) or []))
    except ImportError as exc:
        if "PySide6" not in str(exc) and ".so" not in str(exc):
            raise
        print(import_error_message(exc), file=sys.stderr)
        return 1


def parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="briefing", description="Turn documents into a cited briefing pack, offline.")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log details (tracebacks) to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(sub)
    try:
        from briefing.cli.template_commands import add_template_commands
    except ImportError:
        pass
    else:
        add_template_commands(sub)
    from briefing.cli.project_commands import add_project_commands
    add_project_commands(sub)
    add_library_commands(sub)
    g = sub.add_parser("gui", help="open the window")
    g.add_argument("paths", nargs="*", metavar="PATH", help="documents and folders to add")
    g.set_defaults(run=run_gui)
    return p


def main(argv: list[str] | None = None) -> int:
    """The command line's exit status; run as the process's own command (no `argv`), a build ends
    the process itself (leave_now)."""
    argv_given = argv
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return run_gui(argparse.Namespace(paths=[]))
    # a message naming a file must never fail to print, whatever the terminal's encoding
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        args = parser().parse_args(argv)
    except UsageExit as exc:
        return exc.code
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not hasattr(args, "run"):
        parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code = args.run(args)
    except BriefingError as exc:
        log.debug("failed", exc_info=True)
        print(f"briefing: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return exit_code(exc)
    except (Cancelled, KeyboardInterrupt):
        if argv_given is None:
            signal.signal(signal.SIGINT, signal.SIG_IGN)        # the process is ending: once is enough
        print("briefing: interrupted; nothing was written", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except Exception as exc:       # a bug: one line for the user, the traceback with -v
        log.debug("internal error", exc_info=True)
        print(f"briefing: internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
              f"run again with -v for the details and report it", file=sys.stderr)
        return EXIT_INTERNAL
    if code != EXIT_INTERRUPTED:
        compiled_patterns.save()      # any the cache lacked, for the next run
    if argv_given is None and (args.run is run_build or code == EXIT_INTERRUPTED):
        leave_now(code)
    return code


def leave_now(code: int) -> None:
    """End the process at once, its output flushed: Python's own ending would free the corpus and
    its analysis object by object, for nothing (0.01-0.02 s of a build of 200 articles, 0.03-0.05 s
    of the BBC corpus). Only for a build run as a command of its own, or any command interrupted:
    by then its reader and analysis processes have ended and its file is written and closed, or
    removed. An interrupted command must end here: CPython marks a KeyboardInterrupt that leaves
    code it ran from a string (the methods a dataclass or a namedtuple makes, while a module is
    imported) as unhandled for the whole process, even once caught, and `python -m` then ends by
    killing itself with SIGINT after its usual ending, whatever the exit status. Returns if the
    output cannot be flushed, so that Python's usual ending reports it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    logging.shutdown()
    os._exit(code)


def exit_code(exc: BriefingError) -> int:
    """The exit status for an error (README, "Exit codes")."""
    if isinstance(exc, UsageError):
        return EXIT_USAGE
    if isinstance(exc, WriteError):
        return EXIT_CANNOT_WRITE
    return EXIT_NOTHING_USABLE


if __name__ == "__main__":
    sys.exit(main())
