"""The document library: incremental indexing, search ranking and filters, the stored form, loading."""

import os
import sqlite3

import pytest

from briefing.analysis.names import _find_names
from briefing.ingest import collect_paths, read_document
from briefing.library import SearchQuery, open_library
from briefing.library.codec import decode_document, decode_names, encode_document
from briefing.library.query import fts_query
from briefing.model import run_to_end
from library_helpers import invented_body, write_article, write_corpus


@pytest.fixture
def library(tmp_path):
    with open_library(tmp_path / "library.sqlite", create=True) as opened:
        yield opened


def add(library, *paths):
    return run_to_end(library.add([str(p) for p in paths]))


def titles(page):
    return [entry.title for entry in page.entries]


def touch(path, seconds_later=10):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds_later * 10**9))


# --- incremental indexing ------------------------------------------------------------------

def test_second_add_skips_every_unchanged_file_without_reading_it(library, tmp_path, monkeypatch):
    write_corpus(tmp_path / "docs", 15)
    first = add(library, tmp_path / "docs")
    assert (first.found, first.new, first.unchanged) == (15, 15, 0)
    import briefing.library.indexing as indexing
    monkeypatch.setattr(indexing, "index_one", lambda path: pytest.fail(f"{path} was read again"))
    again = add(library, tmp_path / "docs")
    assert (again.found, again.new, again.changed, again.unchanged) == (15, 0, 0, 15)
    assert library.stats().documents == 15


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_folder_is_read_as_build_reads_it_a_link_back_to_a_parent_adding_nothing(library, tmp_path):
    files = write_corpus(tmp_path / "docs" / "week", 3)
    (tmp_path / "docs" / "week" / "up").symlink_to(tmp_path / "docs", target_is_directory=True)
    (tmp_path / "docs" / "week" / ".hidden.md").write_text(files[0].read_text(encoding="utf-8") + "More.")
    report = add(library, tmp_path / "docs")
    assert (report.found, report.new) == (3, 3)
    built, _ = collect_paths([tmp_path / "docs"])
    assert sorted(str(f) for f in built) == sorted(str(f) for f in files)


def test_changed_file_is_indexed_again_and_its_old_words_are_no_longer_found(library, tmp_path):
    path = write_article(tmp_path, "a.md", "Ferry timetable", "The ferry to Marrowby sails at dawn on Mondays. "
                         "The operator said tickets cost nine crowns.", "2024-02-01")
    write_article(tmp_path, "b.md", "Bridge repairs", "Engineers closed the Kellsford bridge for repairs. "
                  "The work will last until the summer.", "2024-02-02")
    add(library, tmp_path)
    assert titles(library.search(SearchQuery("dawn")))
    path.write_text(path.read_text().replace("at dawn", "at noon"), encoding="utf-8")
    touch(path)
    report = add(library, tmp_path)
    assert (report.changed, report.unchanged) == (1, 1)
    assert library.search(SearchQuery("dawn")).total == 0
    assert titles(library.search(SearchQuery("noon"))) == ["Ferry timetable"]
    assert library.stats().documents == 2                     # the old content went with its file


def test_file_gone_from_disk_is_marked_missing_kept_searchable_and_found_again(library, tmp_path):
    paths = write_corpus(tmp_path / "docs", 3)
    add(library, tmp_path / "docs")
    kept = paths[1].read_bytes()
    paths[1].unlink()
    report = add(library, tmp_path / "docs")
    assert report.missing == 1
    hits = library.search(SearchQuery("levy vote number 1"))
    assert hits.entries[0].path == str(paths[1]) and hits.entries[0].missing
    assert library.stats().missing_files == 1
    paths[1].write_bytes(kept)
    back = add(library, tmp_path / "docs")
    assert back.back == 1 or back.changed == 1
    assert not library.search(SearchQuery("levy vote number 1")).entries[0].missing


def test_two_files_with_the_same_content_are_one_document_holding_both_paths(library, tmp_path):
    first = write_article(tmp_path / "a", "x.md", "Grain prices", "Grain prices rose in Dunmere this week. "
                          "Millers blamed the wet harvest.", "2024-05-01")
    copy = tmp_path / "b" / "copy.md"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    report = add(library, tmp_path)
    assert report.new == 2 and report.same_content == 1
    assert library.stats().documents == 1
    assert set(library.search(SearchQuery("grain")).entries[0].paths) == {str(first), str(copy)}


def test_file_touched_but_unchanged_is_recognised_by_its_hash_not_analysed_again(library, tmp_path):
    path = write_corpus(tmp_path, 1)[0]
    add(library, tmp_path)
    touch(path)
    report = add(library, tmp_path)
    assert (report.changed, report.unchanged, report.new) == (0, 1, 0)
    assert add(library, tmp_path).unchanged == 1              # its new time is recorded


def test_unreadable_file_is_kept_with_its_reason_and_read_again_only_when_it_changes(library, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    write_corpus(tmp_path, 1)
    report = add(library, tmp_path)
    assert [p.path for p in report.problems] == [str(bad)]
    assert add(library, tmp_path).problems == []             # unchanged: not tried again
    assert [p.path for p in library.unreadable()] == [str(bad)]
    bad.write_text("Now it is a plain text file. It has two sentences.")
    touch(bad)
    assert add(library, tmp_path).problems and library.stats().unreadable_files == 1


def test_entries_stored_by_another_program_version_are_stored_again_by_the_next_add(library, tmp_path, monkeypatch):
    write_corpus(tmp_path, 2)
    add(library, tmp_path)
    import briefing.library.sqlite_library as store
    monkeypatch.setattr(store, "program_version", lambda: "9.9.9+test")
    assert library.stats().stale_entries == 2
    report = add(library, tmp_path)
    assert report.changed == 2 and library.stats().stale_entries == 0
    assert library.search(SearchQuery("levy")).total == 2


def test_remove_forgets_files_and_the_documents_only_they_held(library, tmp_path):
    write_corpus(tmp_path / "keep", 2)
    write_corpus(tmp_path / "drop", 2, start=10)
    add(library, tmp_path / "keep", tmp_path / "drop")
    assert library.remove([str(tmp_path / "drop")]) == 2
    assert library.stats().documents == 2 and library.stats().folders == [str(tmp_path / "keep")]
    assert library.search(SearchQuery("number 10")).total == 0
    (tmp_path / "keep" / "story-0000.md").unlink()
    add(library, tmp_path / "keep")
    assert library.remove([], missing=True) == 1 and library.stats().documents == 1


# --- search ---------------------------------------------------------------------------------

def test_a_document_about_the_words_ranks_above_one_that_mentions_them_once(library, tmp_path):
    write_article(tmp_path, "brief.md", "Council budget", "The council met on Monday. It discussed the budget "
                  "and, briefly, the lighthouse.", "2024-01-01")
    write_article(tmp_path, "main.md", "Lighthouse to close", "The lighthouse at Ashcombe will close. The "
                  "lighthouse keepers will retire, and the lighthouse lamp will go to a museum.", "2024-01-02")
    add(library, tmp_path)
    page = library.search(SearchQuery("lighthouse"))
    assert titles(page) == ["Lighthouse to close", "Council budget"]
    assert page.entries[0].score > page.entries[1].score


def test_words_in_the_title_count_more_than_the_same_words_in_the_text(library, tmp_path):
    write_article(tmp_path, "t.md", "Tram strike", "Drivers stopped work across the city on Friday. Services "
                  "will resume when talks end.", "2024-01-01")
    write_article(tmp_path, "b.md", "City transport", "A tram strike was called on Friday. Drivers stopped "
                  "work across the city.", "2024-01-02")
    add(library, tmp_path)
    assert titles(library.search(SearchQuery("tram strike")))[0] == "Tram strike"


def test_filters_keep_the_date_range_outlet_and_type_asked_for(library, tmp_path):
    write_corpus(tmp_path, 24)
    (tmp_path / "note.txt").write_text("Notes on the harbour levy debate. Traders opposed it.\n", encoding="utf-8")
    add(library, tmp_path)
    page = library.search(SearchQuery("levy", since="2024-03-01", until="2024-05-31", limit=100))
    assert page.total == len(page.entries) > 0
    assert all("2024-03-01" <= e.published <= "2024-05-31" for e in page.entries)
    page = library.search(SearchQuery("levy", outlet="valley ledger", limit=100))
    assert page.total == 8 and {e.outlet for e in page.entries} == {"Valley Ledger"}
    assert titles(library.search(SearchQuery("levy", kind="txt"))) == [
        library.search(SearchQuery("traders opposed")).entries[0].title]
    newest = library.search(SearchQuery("", since="2024-12", limit=3))
    assert [e.published for e in newest.entries] == sorted((e.published for e in newest.entries), reverse=True)
    assert all(e.published.startswith("2024-12") for e in newest.entries)


def test_search_finds_other_forms_of_a_word_phrases_and_prefixes_and_leaves_out_excluded_words(library, tmp_path):
    write_article(tmp_path, "a.md", "Elections called", "The governor called early elections in Bramwick. "
                  "Polling stations open in June.", "2024-04-01")
    write_article(tmp_path, "b.md", "Polling firms merge", "Two polling firms agreed to merge. The stations "
                  "of both will close.", "2024-04-02")
    add(library, tmp_path)
    assert titles(library.search(SearchQuery("election"))) == ["Elections called"]
    assert titles(library.search(SearchQuery('"polling stations"'))) == ["Elections called"]
    assert titles(library.search(SearchQuery("gover*"))) == ["Elections called"]
    assert titles(library.search(SearchQuery("bramw", prefix_last=True))) == ["Elections called"]
    assert titles(library.search(SearchQuery("polling -merge"))) == ["Elections called"]
    assert set(titles(library.search(SearchQuery("governor OR firms")))) == {"Elections called", "Polling firms merge"}


@pytest.mark.parametrize("typed", ['"', '"unbalanced', "AND", "a AND (", "*", "-", "OR OR", "title:x", "^~!@#$%",
                                   "NEAR(a b)", "‘curly’ “quotes”", "x" * 300])
def test_anything_typed_is_a_valid_query(library, tmp_path, typed):
    write_corpus(tmp_path, 2)
    add(library, tmp_path)
    library.search(SearchQuery(typed))                        # never a syntax error
    library.search(SearchQuery(typed, prefix_last=True))


def test_function_words_alone_do_not_narrow_a_query_with_other_words():
    assert fts_query("the harbour of Westhaven") == '"harbour" AND "Westhaven"'
    assert fts_query("the") == '"the"'


def test_snippet_shows_the_passage_with_the_matching_words_marked(library, tmp_path):
    write_article(tmp_path, "a.md", "Port news", "The harbour opened at six. Later that day the dredger "
                  "Maribel ran aground near the northern quay, officials said.", "2024-01-01")
    add(library, tmp_path)
    snippet = library.search(SearchQuery("dredger aground")).entries[0].snippet
    assert snippet.marked("[", "]").count("[") == 2
    assert "[dredger]" in snippet.marked("[", "]") and "[aground]" in snippet.marked("[", "]")


# --- the stored form and composing from it ------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("a.md", "---\ntitle: Levy vote\ndate: 2024-06-01\noutlet: Coast Bulletin\nauthor: Ilse Varga\n"
             "url: https://example.org/levy\n---\n\n" + invented_body(3) + "\n\n## Reactions\n\n" + invented_body(4)),
    ("b.txt", invented_body(5)),                       # no headline: the title is made from its opening
])
def test_stored_document_and_names_equal_what_reading_and_analysing_give(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    names = _find_names(document)
    stored = encode_document(document, path.stat().st_size, names)
    assert decode_document(stored.text, stored.layout_blob, str(path)) == document
    assert decode_names(stored.analysis_blob) == names


def test_every_field_of_a_document_is_stored():
    import dataclasses

    from briefing.library.codec import STRUCTURE, document_fields
    from briefing.model import Document
    stored = set(document_fields(Document("i", "p", "t", "x"))) | STRUCTURE
    assert stored == {f.name for f in dataclasses.fields(Document)}


def test_load_uses_the_stored_copy_reads_a_changed_file_afresh_and_keeps_a_missing_one(library, tmp_path):
    same, changed, gone = write_corpus(tmp_path, 3)
    add(library, tmp_path)
    ids = [e.id for e in library.search(SearchQuery("", limit=10)).entries]
    changed.write_text(changed.read_text().replace("harbour levy", "harbour toll"), encoding="utf-8")
    touch(changed)
    gone.unlink()
    loaded = library.load(ids)
    by_path = {d.path: d for d in loaded.documents}
    assert set(by_path) == {str(same), str(changed), str(gone)}
    assert "harbour toll" in by_path[str(changed)].text and loaded.reread == 1
    assert set(loaded.analysis) == {by_path[str(same)].sha256, by_path[str(gone)].sha256}
    assert [p.path for p in loaded.problems] == [str(gone)] and "library's copy" in loaded.problems[0].message
    assert by_path[str(same)] == read_document(same)


def test_every_document_is_written_in_a_transaction_of_its_own(library, tmp_path, monkeypatch):
    write_corpus(tmp_path, 5)
    commits = []
    import briefing.library.sqlite_library as store
    real = store.SQLiteLibrary._store
    monkeypatch.setattr(store.SQLiteLibrary, "_store", lambda self, *a: (real(self, *a), commits.append(
        sqlite3.connect(library.location).execute("SELECT count(*) FROM documents").fetchone()[0])))
    add(library, tmp_path)
    assert commits == [1, 2, 3, 4, 5]          # another connection sees each one as soon as it is written


def test_the_windows_compose_uses_the_stored_analysis_of_documents_the_library_holds(library, tmp_path, monkeypatch):
    write_corpus(tmp_path, 4)
    add(library, tmp_path)
    documents = library.load([e.id for e in library.search(SearchQuery("")).entries], analysis=False).documents
    import briefing.analysis.names as names
    from briefing.gui.job_process import compose_job
    from briefing.templates import load_template
    names._FOUND.clear()
    monkeypatch.setenv("BRIEFING_LIBRARY", library.location)
    monkeypatch.setattr(names, "_find_names", lambda document: pytest.fail(f"{document.path} was analysed again"))
    brief = run_to_end(compose_job(documents, load_template("standard"), set(), {}, {}, None))
    assert len(brief.sources) == 4


def test_the_stored_documents_version_digests_the_data_the_analysis_reads_as_well_as_its_code():
    from pathlib import Path

    import briefing
    from briefing.library.cache_version import source_files

    root = Path(briefing.__file__).resolve().parent
    names = {p.relative_to(root).as_posix() for p in source_files(root)}
    assert {"analysis/first_names.txt", "analysis/names.py", "ingest/batch.py"} <= names
