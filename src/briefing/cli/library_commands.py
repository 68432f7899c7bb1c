"""`briefing library add | search | list | remove | stats | check`: the searchable document library."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING

from briefing.cli.command_group import add_command_group
from briefing.cli.progress_bar import ProgressBar
from briefing.model import CancelFlag, Cancelled, UsageError, run_to_end

if TYPE_CHECKING:
    from briefing.library import LibraryEntry, SearchQuery

# briefing.library is imported by the commands that use it: `briefing build` does not

DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
KINDS = ("txt", "md", "html", "docx", "pdf")
SHOWN_PATHS = 10          # `check` lists this many paths of each kind, then counts the rest


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH",
                   help="the library file (default: $BRIEFING_LIBRARY, else library.sqlite in your user data folder)")


def add_filter_options(p: argparse.ArgumentParser, limit: int) -> None:
    p.add_argument("--since", metavar="DATE", type=_date, help="published on or after DATE (2024, 2024-03, 2024-03-01)")
    p.add_argument("--until", metavar="DATE", type=_date, help="published on or before DATE")
    p.add_argument("--outlet", metavar="NAME", help="from this outlet only")
    p.add_argument("--type", dest="kind", choices=KINDS, help="of this file type only")
    p.add_argument("--limit", type=_positive, default=limit, metavar="N", help=f"at most N documents (default {limit})")


def _date(text: str) -> str:
    if not DATE.match(text):
        raise argparse.ArgumentTypeError(f"expected a date like 2024-03-01, 2024-03 or 2024, not {text!r}")
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def query_from(args: argparse.Namespace, text: str, missing: bool = False) -> SearchQuery:
    from briefing.library import SearchQuery
    return SearchQuery(text, args.since, args.until, args.outlet, args.kind, args.limit, missing=missing)


def add_library_commands(sub: argparse._SubParsersAction) -> None:
    actions = add_command_group(sub, "library", help="index documents once; search them; compose from the hits",
                                description="The library keeps every document you add once, with its text and "
                                            "analysis, searchable in milliseconds. `briefing build --query` "
                                            "composes a brief from its top hits.")

    add = actions.add_parser("add", help="index files and folders (again: only what changed)",
                             description="Index files and folders recursively. Unchanged files are skipped, "
                                         "changed ones indexed again, files gone from disk marked missing.")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no per-file messages")
    add_db_option(add)
    add.set_defaults(run=run_add)

    search = actions.add_parser("search", help="find documents by words, date, outlet and type",
                                description='Words must all occur (any form: "elections" finds "election"); '
                                            '"quoted words" form a phrase; word* is a prefix; OR between two '
                                            "words takes either; -word leaves out documents with it.")
    search.add_argument("query", metavar="QUERY", help="what to look for (quote it in the shell)")
    add_filter_options(search, 20)
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    add_db_option(search)
    search.set_defaults(run=run_search)

    listing = actions.add_parser("list", help="the documents in the library, newest first")
    add_filter_options(listing, 100)
    listing.add_argument("--missing", action="store_true", help="only documents whose files are gone from disk")
    listing.add_argument("--unreadable", action="store_true", help="the files that could not be read, and why")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_db_option(listing)
    listing.set_defaults(run=run_list)

    remove = actions.add_parser("remove", help="forget files or folders (the files themselves are not touched)")
    remove.add_argument("paths", nargs="*", metavar="PATH", help="files, or folders: every file under them")
    remove.add_argument("--missing", action="store_true", help="forget every file gone from disk")
    add_db_option(remove)
    remove.set_defaults(run=run_remove)

    stats = actions.add_parser("stats", help="how much the library holds, and where")
    stats.add_argument("--json", action="store_true", help="print them as JSON")
    add_db_option(stats)
    stats.set_defaults(run=run_stats)

    check = actions.add_parser("check", help="check the database, and compare the index with the files",
                               description="Runs SQLite's integrity check, then compares every indexed file "
                                           "with the disk. A damaged library is moved aside (kept) and the "
                                           "message says how to rebuild it. Exit code 1 when damaged.")
    add_db_option(check)
    check.set_defaults(run=run_check)


def _highlight(entry: LibraryEntry, tty: bool) -> str:
    if entry.snippet is None:
        return ""
    return entry.snippet.marked("\x1b[1m", "\x1b[0m") if tty else entry.snippet.marked("**", "**")


def _print_entries(entries: list[LibraryEntry], snippets: bool) -> None:
    tty = sys.stdout.isatty()
    width = len(str(len(entries)))
    for n, entry in enumerate(entries, 1):
        about = "  ".join(x for x in (entry.published or "no date", entry.outlet or "", entry.kind,
                                      ", ".join(entry.flags), "MISSING from disk" if entry.missing else "") if x)
        print(f"{n:>{width}}. {entry.title}")
        print(f"{'':>{width}}  {about}")
        if snippets and entry.snippet and entry.snippet.text:
            print(f"{'':>{width}}  {_highlight(entry, tty)}")
        print(f"{'':>{width}}  {entry.path}")


def run_add(args: argparse.Namespace) -> int:
    from briefing.cli.main import EXIT_INTERRUPTED, ctrl_c_cancels
    from briefing.services import add_to_library
    bar = ProgressBar(enabled=None if not args.quiet else False)
    cancel = CancelFlag()
    try:
        with ctrl_c_cancels(cancel):
            report = run_to_end(add_to_library(args.paths, args.db, cancel), bar)
            cancel.check()
    except (Cancelled, KeyboardInterrupt):
        bar.close()
        print("briefing: interrupted; the files indexed so far stay in the library", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        bar.close()
    if not args.quiet:
        for problem in report.problems:
            print(f"briefing: could not read {problem}", file=sys.stderr)
    rate = f" ({report.indexed / report.seconds:,.0f} files/s)" if report.indexed and report.seconds else ""
    notes = [f"{report.same_content:,} with content already stored"] if report.same_content else []
    notes += [f"{report.missing:,} gone from disk, marked missing"] if report.missing else []
    notes += [f"{report.back:,} missing files found again"] if report.back else []
    notes += [f"{len(report.problems):,} could not be read"] if report.problems else []
    print(f"briefing: {report.found:,} files: {report.new:,} new, {report.changed:,} changed, "
          f"{report.unchanged:,} unchanged, in {report.seconds:.1f} s{rate}"
          + ("; " + "; ".join(notes) if notes else ""), file=sys.stderr)
    return 1 if report.found == 0 and report.problems else 0


def run_search(args: argparse.Namespace) -> int:
    from briefing.library import open_library
    with open_library(args.db) as library:
        page = library.search(query_from(args, args.query))
    if args.json:
        print(json.dumps({"query": args.query, "total": page.total, "seconds": round(page.seconds, 4),
                          "hits": [e.to_dict() for e in page.entries]}, ensure_ascii=False, indent=2))
        return 0
    if not page.entries:
        print("briefing: nothing found", file=sys.stderr)
        return 0
    _print_entries(page.entries, snippets=True)
    more = f"; the first {len(page.entries)} shown (--limit)" if page.total > len(page.entries) else ""
    print(f"briefing: {page.total:,} documents found in {page.seconds * 1000:.0f} ms{more}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from briefing.library import open_library
    with open_library(args.db) as library:
        if args.unreadable:
            problems = library.unreadable(args.limit)
            if args.json:
                print(json.dumps([{"path": p.path, "problem": p.message} for p in problems], indent=2))
            for problem in [] if args.json else problems:
                print(problem)
            return 0
        page = library.search(query_from(args, "", missing=args.missing))
    if args.json:
        print(json.dumps({"total": page.total, "documents": [e.to_dict() for e in page.entries]},
                         ensure_ascii=False, indent=2))
        return 0
    _print_entries(page.entries, snippets=False)
    shown = f" ({len(page.entries)} shown; --limit for more)" if page.total > len(page.entries) else ""
    print(f"briefing: {page.total:,} documents{shown}", file=sys.stderr)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from briefing.library import open_library
    if not args.paths and not args.missing:
        raise UsageError("library remove: give files or folders to forget, or --missing")
    with open_library(args.db) as library:
        removed = library.remove(args.paths, missing=args.missing)
    print(f"briefing: {removed:,} files forgotten" if removed else "briefing: nothing in the library matched",
          file=sys.stderr)
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from briefing.library import open_library
    with open_library(args.db) as library:
        stats = library.stats()
    if args.json:
        print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"Library      {stats.path} ({stats.bytes_on_disk / 2**20:,.1f} MB, schema version {stats.schema_version})")
    print(f"Documents    {stats.documents:,} ({stats.words:,} words)")
    print(f"Files        {stats.files:,} ({stats.missing_files:,} missing from disk, "
          f"{stats.unreadable_files:,} unreadable)")
    if stats.first_date:
        print(f"Dates        {stats.first_date} to {stats.last_date}")
    if stats.kinds:
        print("Types        " + ", ".join(f"{k} {n:,}" for k, n in stats.kinds))
    if stats.outlets:
        print("Outlets      " + ", ".join(f"{k} {n:,}" for k, n in stats.outlets[:8])
              + (" …" if len(stats.outlets) > 8 else ""))
    for n, folder in enumerate(stats.folders):
        print(f"{'Folders' if n == 0 else '':<13}{folder}")
    if stats.stale_entries:
        print(f"Out of date  {stats.stale_entries:,} documents stored by another version of briefing; "
              "`briefing library add` with their folders stores them again")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from briefing.services import check_library
    bar = ProgressBar()
    try:
        report = run_to_end(check_library(args.db), bar)
    finally:
        bar.close()
    if not report.sound:
        print(f"briefing: error: {report.damage}", file=sys.stderr)
        return 1
    print("Database     sound (SQLite integrity check and full-text index check passed)")
    print(f"Files        {report.checked_files:,} indexed files compared with the disk")
    for label, paths in (("Changed", report.changed), ("Missing", report.missing),
                         ("Not indexed", report.unindexed)):
        if paths:
            print(f"{label:<13}{len(paths):,}")
            for path in paths[:SHOWN_PATHS]:
                print(f"{'':<13}{path}")
            if len(paths) > SHOWN_PATHS:
                print(f"{'':<13}… and {len(paths) - SHOWN_PATHS:,} more")
    if report.stale_entries:
        print(f"Out of date  {report.stale_entries:,} documents stored by another version of briefing")
    if report.up_to_date:
        print("briefing: the library is up to date", file=sys.stderr)
    else:
        print("briefing: `briefing library add` with the folders brings the library up to date "
              "(`briefing library remove --missing` forgets the missing files)", file=sys.stderr)
    return 0
