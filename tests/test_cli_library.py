"""`briefing library …` and `briefing build --query` as a user runs them, on a temporary library."""

import json
import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from library_helpers import write_article, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EPOCH = "1767225600"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lib.sqlite")


def test_add_search_list_stats_and_check_end_to_end(tmp_path, db, capsys):
    write_corpus(tmp_path / "docs", 12)
    write_article(tmp_path / "docs", "ferry.md", "Ferry strike ends", "Ferry crews in Oldcastle ended their "
                  "strike on Sunday. Sailings resume on Monday, the operator said.", "2024-07-07", "Coast Bulletin")
    assert main(["library", "add", str(tmp_path / "docs"), "--db", db]) == 0
    assert "13 new" in capsys.readouterr().err

    assert main(["library", "search", "ferry strike", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "1. Ferry strike ends"
    assert "2024-07-07" in out and "Coast Bulletin" in out and "**Ferry**" in out
    assert str(tmp_path / "docs" / "ferry.md") in out and "1 documents found" in err

    assert main(["library", "search", "levy", "--outlet", "Valley Ledger", "--since", "2024-03",
                 "--until", "2024-09-30", "--json", "--db", db]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all(h["outlet"] == "Valley Ledger" and "2024-03" <= h["published"] <= "2024-09-30" for h in hits)
    assert all(h["snippet"] and h["highlights"] for h in hits)

    assert main(["library", "list", "--limit", "3", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "1. Kellsford levy vote number 11" and "13 documents (3 shown" in err

    assert main(["library", "stats", "--json", "--db", db]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["documents"], stats["files"], stats["folders"]) == (13, 13, [str(tmp_path / "docs")])

    assert main(["library", "check", "--db", db]) == 0
    assert "sound" in capsys.readouterr().out


def test_second_add_reports_unchanged_files_and_missing_ones(tmp_path, db, capsys):
    paths = write_corpus(tmp_path / "docs", 3)
    main(["library", "add", str(tmp_path / "docs"), "--db", db, "-q"])
    paths[0].unlink()
    capsys.readouterr()
    assert main(["library", "add", str(tmp_path / "docs"), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "0 new, 0 changed, 2 unchanged" in err and "1 gone from disk, marked missing" in err
    assert main(["library", "list", "--missing", "--db", db]) == 0
    assert str(paths[0]) in capsys.readouterr().out
    assert main(["library", "remove", "--missing", "--db", db]) == 0
    assert "1 files forgotten" in capsys.readouterr().err


def test_build_from_a_query_gives_the_same_brief_json_as_building_from_the_same_files(tmp_path, db, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    assert main(["library", "add", str(seeds), "--db", db, "-q"]) == 0
    from_files, from_library = tmp_path / "files.json", tmp_path / "library.json"
    assert main(["build", str(seeds), "-o", str(from_files), "-q"]) == 0
    assert main(["build", "--query", "", "--db", db, "-o", str(from_library), "-q"]) == 0
    assert from_library.read_text(encoding="utf-8") == from_files.read_text(encoding="utf-8")


def test_build_from_a_query_neither_reads_nor_analyses_unchanged_files_again(tmp_path, db, monkeypatch):
    write_corpus(tmp_path / "docs", 4)
    assert main(["library", "add", str(tmp_path / "docs"), "--db", db, "-q"]) == 0
    import briefing.analysis.names as names
    import briefing.ingest as ingest
    import briefing.ingest.registry as registry
    names._FOUND.clear()
    for module in (ingest, registry):
        monkeypatch.setattr(module, "read_document", lambda path: pytest.fail(f"{path} was read again"))
    monkeypatch.setattr(names, "_find_names", lambda document: pytest.fail(f"{document.path} was analysed again"))
    assert main(["build", "--query", "harbour levy", "--limit", "3", "--db", db, "-o",
                 str(tmp_path / "b.json"), "-q"]) == 0
    assert len(json.loads((tmp_path / "b.json").read_text())["sources"]) == 3


def test_build_from_a_query_that_finds_nothing_says_so_in_one_line(tmp_path, db, capsys):
    write_corpus(tmp_path / "docs", 2)
    main(["library", "add", str(tmp_path / "docs"), "--db", db, "-q"])
    capsys.readouterr()
    assert main(["build", "--query", "volcano", "--db", db, "-q"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefing: error:") and "“volcano”" in err and "\n" not in err


def test_the_library_is_found_by_db_option_else_environment(tmp_path, monkeypatch, capsys):
    write_corpus(tmp_path / "docs", 2)
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path / "env.sqlite"))
    assert main(["library", "add", str(tmp_path / "docs"), "-q"]) == 0
    assert (tmp_path / "env.sqlite").is_file()
    assert main(["library", "stats", "--db", str(tmp_path / "other.sqlite")]) == 1
    assert "no library here yet" in capsys.readouterr().err
    monkeypatch.delenv("BRIEFING_LIBRARY")
    assert main(["library", "add", str(tmp_path / "docs"), "-q"]) == 0
    data_dir = Path(__import__("os").environ["BRIEFING_DATA_DIR"])
    assert (data_dir / "library.sqlite").is_file()


def test_paths_and_query_together_or_neither_are_refused(tmp_path, db, capsys):
    assert main(["build", "--query", "x", str(tmp_path), "--db", db]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["build"]) == 2
    assert "--query" in capsys.readouterr().err


def test_a_date_that_is_not_a_date_is_a_usage_error(db, capsys):
    assert main(["library", "search", "x", "--since", "last week", "--db", db]) == 2
    err = capsys.readouterr().err.strip()
    assert "2024-03-01" in err and "\n" not in err


def test_a_foreign_file_given_as_the_library_is_one_line_and_left_alone(tmp_path, capsys):
    other = tmp_path / "mail.sqlite"
    import sqlite3
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE messages(subject TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    write_corpus(tmp_path / "docs", 1)
    assert main(["library", "add", str(tmp_path / "docs"), "--db", str(other)]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a briefing library" in err and "\n" not in err and "Traceback" not in err
    assert other.read_bytes() == before


def test_check_on_a_damaged_library_exits_1_with_the_rebuild_command(tmp_path, db, capsys):
    write_corpus(tmp_path / "docs", 40)
    assert main(["library", "add", str(tmp_path / "docs"), "--db", db, "-q"]) == 0
    data = bytearray(Path(db).read_bytes())
    data[len(data) // 2:len(data) - 4096] = b"\xa5" * (len(data) // 2 - 4096)
    Path(db).write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["library", "check", "--db", db]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefing: error:") and "damaged" in err and "\n" not in err
    assert f"briefing library add {tmp_path / 'docs'}" in err
    assert main(["library", "add", str(tmp_path / "docs"), "--db", db, "-q"]) == 0     # rebuilt
