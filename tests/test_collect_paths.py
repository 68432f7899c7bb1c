"""Which files `collect_paths` takes from the paths a user names: known extensions, sorted, hidden
ones left out, each file once however it is reached."""

import os

import pytest

from briefing.ingest import collect_paths


def _tree(root):
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "b.txt").write_text("b")
    (root / "notes" / "A.MD").write_text("a")
    (root / "a b").mkdir()
    (root / "a b" / "z.txt").write_text("z")
    (root / "a b.txt").write_text("ab")
    (root / "deep" / "er").mkdir(parents=True)
    (root / "deep" / "er" / "page.html").write_text("<p>x</p>")
    (root / "deep" / "list.csv").write_text("not read")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "h.txt").write_text("h")
    (root / ".h.txt").write_text("h")
    (root / "ends.").write_text("no extension")


def test_a_folder_gives_its_files_of_known_extensions_in_path_order_without_hidden_ones(tmp_path):
    _tree(tmp_path / "in")
    files, problems = collect_paths([tmp_path / "in"])
    assert [f.relative_to(tmp_path / "in").as_posix() for f in files] == \
        ["a b/z.txt", "a b.txt", "deep/er/page.html", "notes/A.MD", "notes/b.txt"]
    assert problems == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_linked_folder_is_not_entered_and_a_file_reached_twice_is_taken_once(tmp_path):
    _tree(tmp_path / "in")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "far.txt").write_text("far")
    (tmp_path / "in" / "linked").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "in" / "far-link.txt").symlink_to(elsewhere / "far.txt")
    (tmp_path / "in" / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    files, _ = collect_paths([tmp_path / "in", elsewhere, tmp_path / "in" / "notes" / "b.txt"])
    names = [f.name for f in files]
    assert "far-link.txt" in names and "far.txt" not in names      # the link came first
    assert names.count("b.txt") == 1 and "broken.txt" not in names
    assert not any("linked" in f.parts for f in files)
    # reached through a linked folder named on its own, the folder is read
    linked, _ = collect_paths([tmp_path / "in" / "linked"])
    assert [f.name for f in linked] == ["far.txt"]


def test_an_empty_folder_and_a_missing_path_are_problems(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "data.csv").write_text("x")
    files, problems = collect_paths([tmp_path / "empty", tmp_path / "missing"])
    assert files == []
    assert [p.message.split(" (")[0] for p in problems] == ["folder holds no readable documents",
                                                              "no such file or folder"]
