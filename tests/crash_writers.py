"""Writers the crash tests run in a child process and kill: they import as little as they can."""

from pathlib import Path

from briefing.export import write_brief
from briefing.library import DocumentChoice, Project, write_project
from briefing.model import Brief, Citation, Section, Source, Statement


def big_brief(statements: int = 240, sources: int = 80, version: int = 0) -> Brief:
    """A brief long enough that writing it takes a while (a PDF of some fifteen pages)."""
    made = [Source(f"S{i}", f"Report {i} on the ferry timetable", f"/in/report-{i}.txt", outlet="Brenholt Post",
                   published="2025-03-01", words=400) for i in range(1, sources + 1)]
    said = [Statement(f"Statement {j}: the ferry board of Brenholt approved sailing {j} after a long hearing "
                      f"on the winter timetable.", [Citation(f"S{j % sources + 1}", j, 0, 100)])
            for j in range(statements)]
    half = statements // 2
    return Brief(f"Ferries, version {version}", sections=[
        Section("summary", "Bottom line", statements=said[:half]),
        Section("background", "Background", statements=said[half:]),
        Section("sources", "Sources")], sources=made, created="2026-01-01T00:00:00+00:00")


def export_version(target: str, n: int) -> None:
    write_brief(big_brief(version=n), Path(target))


# An embedded template text of 1.8 MB: a project file of some size to write.
EMBEDDED = "# " + "a long comment line of an embedded template\n" * 40_000


def project_version(n: int) -> Project:
    return Project([DocumentChoice(f"/in/report-{i}.txt") for i in range(200)], options={"title": f"v{n}"},
                   template_yaml=EMBEDDED, brief=big_brief(statements=400, version=n))


def save_version(target: str, n: int) -> None:
    write_project(project_version(n), target)
