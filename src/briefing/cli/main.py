"""Parse the command line and run the same services the window uses."""

from __future__ import annotations

import argparse
import logging
import sys

from briefing import __version__
from briefing.cli.library_commands import add_db_option, add_filter_options, add_library_commands, query_from
from briefing.cli.progress_bar import ProgressBar
from briefing.model import BriefingError, Cancelled, run_to_end
from briefing.services import Selection, compose, export, ingest

log = logging.getLogger("briefing")


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
    bar = ProgressBar(enabled=None if not args.quiet else False)
    if args.query is not None and args.paths:
        raise BriefingError("build: give PATHs to read or --query for the library, not both")
    if args.query is None and not args.paths:
        raise BriefingError("build: give files or folders to read, or --query QUERY to compose from the library")
    try:
        if args.query is not None:
            from briefing.services import compose_from_library
            read = run_to_end(compose_from_library(query_from(args, args.query), args.template, selection,
                                                   options, args.db), bar)
            brief = read.brief
        else:
            read = run_to_end(ingest(args.paths), bar)
            bar.close()
            if not args.quiet:
                for problem in read.problems:
                    print(f"briefing: skipped {problem}", file=sys.stderr)
            brief = run_to_end(compose(read.usable(), args.template, selection, options), bar)
    finally:
        bar.close()
    if args.query is not None and not args.quiet:
        for problem in read.problems:
            print(f"briefing: note: {problem}", file=sys.stderr)
    if args.output:
        path = export(brief, args.output, args.format, args.template)
        if not args.quiet:
            print(f"briefing: wrote {path} from {len(read.documents)} documents", file=sys.stderr)
    else:
        fmt = args.format or "json"
        if fmt not in ("json", "md"):
            raise BriefingError(f"--format {fmt} needs -o FILE")
        from briefing.export.json_writer import brief_json
        from briefing.export.markdown import brief_markdown
        sys.stdout.write(brief_json(brief) if fmt == "json" else brief_markdown(brief))
    return 0


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
    p = argparse.ArgumentParser(prog="briefing", description="Turn documents into a cited briefing pack, offline.")
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
    add_library_commands(sub)
    g = sub.add_parser("gui", help="open the window")
    g.add_argument("paths", nargs="*", metavar="PATH", help="documents and folders to add")
    g.set_defaults(run=run_gui)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return run_gui(argparse.Namespace(paths=[]))
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not hasattr(args, "run"):
        parser().print_help()
        return 2
    try:
        return args.run(args)
    except BriefingError as exc:
        log.debug("failed", exc_info=True)
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print("briefing: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
