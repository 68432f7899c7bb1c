"""`briefing build` as a user runs it: formats, messages, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def test_build_writes_briefing_json_with_every_seed_as_a_source(tmp_path):
    out = tmp_path / "brief.json"
    assert main(["build", str(SEEDS), "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "briefing/1"
    assert sorted(Path(s["path"]).name for s in data["sources"]) == sorted(p.name for p in SEEDS.iterdir())
    assert [s["id"] for s in data["sources"]] == [f"S{i}" for i in range(1, len(data["sources"]) + 1)]


def test_markdown_output_numbers_citations_and_lists_sources(tmp_path):
    out = tmp_path / "brief.md"
    assert main(["build", str(SEEDS), "-o", str(out), "--title", "Seoul and Beijing", "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Seoul and Beijing")
    assert "[1]" in text and "\n1. " in text and "\n5. " in text


def test_title_option_and_exclude_heading_reach_the_brief(tmp_path, capsys):
    heading = "Other Countries Grow Closer To China"
    assert main(["build", str(SEEDS), "--title", "T", "--exclude-heading", heading, "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "T"
    assert any(heading in s["excluded_headings"] for s in data["sources"])


def test_unreadable_file_gets_one_line_and_the_build_goes_on(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Officials met on Monday. They agreed to meet again in May.\n")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "b.json")]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "bad.pdf" in line]
    assert len(lines) == 1 and "Traceback" not in err


def test_nothing_usable_exits_non_zero_with_a_message(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "b.json")]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "no usable documents" in err
    assert not (tmp_path / "b.json").exists()


def test_missing_path_is_reported_by_name(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Officials met on Monday. They agreed to meet again in May.\n")
    assert main(["build", str(tmp_path), str(tmp_path / "nope"), "-o", str(tmp_path / "b.json")]) == 0
    assert "nope: no such file or folder" in capsys.readouterr().err


def test_python_dash_m_briefing_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("briefing ")


def test_bundled_assets_are_found_from_the_installed_package():
    from briefing.resources import asset
    assert asset("templates", "standard.yaml").is_file()


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="needs ../shared/eval")
def test_seeds_brief_has_only_valid_citations_and_no_furniture(tmp_path):
    out = tmp_path / "brief.json"
    assert main(["build", str(SEEDS), "-o", str(out), "-q"]) == 0
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out),
                           str(SHARED / "eval" / "seeds-gold.yaml"), "--docs", str(SEEDS), "--json"],
                          capture_output=True, text=True)
    metrics = json.loads(done.stdout)
    assert metrics["citation_validity"] == 1.0
    assert metrics["uncited"] == 0 and metrics["noise"] == 0 and metrics["unknown_sources"] == 0
    assert metrics["duplicates"] == 0


def test_a_build_run_as_its_own_command_ends_the_process_once_its_output_is_flushed(tmp_path, monkeypatch, capsys):
    import os

    ended: list[int] = []

    class Ended(Exception):
        pass

    def exit_now(code: int) -> None:
        ended.append(code)
        raise Ended

    monkeypatch.setattr(os, "_exit", exit_now)
    monkeypatch.setattr(sys, "argv", ["briefing", "build", str(SEEDS), "--format", "json"])
    with pytest.raises(Ended):
        main()
    assert ended == [0]
    assert json.loads(capsys.readouterr().out)["format"] == "briefing/1"
    ended.clear()
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "b.json"), "-q"]) == 0      # called with its arguments: returns
    assert ended == []


def test_a_build_piped_to_another_command_writes_the_whole_brief():
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(SEEDS), "--format", "json", "-q"],
                          capture_output=True, check=True)
    assert json.loads(done.stdout)["format"] == "briefing/1"
