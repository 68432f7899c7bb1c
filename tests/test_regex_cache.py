"""The command line keeps the code of the patterns compiled while modules are imported between runs,
and the patterns made from it are Python's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RUN = """
import json, re, sys
from pathlib import Path
import briefing.regex_cache as kept
kept.install(Path(sys.argv[1]))
sys.path.insert(0, sys.argv[2])
import invented_patterns
dynamic = invented_patterns.build("lighthouse|harbour")
print(json.dumps({
    "added": [k[0] for k in kept._added], "used": sorted(k[0] for k in kept._used),
    "found": invented_patterns.DATE.findall("on 12 May and 3 June"),
    "named": invented_patterns.NAMED.match("Quillan Harbour").groupdict(),
    "dynamic": bool(dynamic.search("the harbour")),
    "equal": invented_patterns.DATE == kept._python_compile(invented_patterns.DATE.pattern, 0),
}))
"""
MODULE = r'''
import re
DATE = re.compile(r"(\d{1,2}) (May|June)")
NAMED = re.compile(r"(?P<given>[A-Z]\w+) (?P<family>[A-Z]\w+)", re.IGNORECASE)

def build(words):
    return re.compile(words)
'''


def _run(cache: Path, modules: Path) -> dict:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", RUN, str(cache), str(modules)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def test_top_level_patterns_are_kept_and_made_from_the_kept_code_in_the_next_run(tmp_path):
    (tmp_path / "invented_patterns.py").write_text(MODULE)
    first = _run(tmp_path / "cache", tmp_path)
    assert set(first["added"]) >= {r"(\d{1,2}) (May|June)", r"(?P<given>[A-Z]\w+) (?P<family>[A-Z]\w+)"}
    assert "lighthouse|harbour" not in first["added"]          # built by a function: not kept
    second = _run(tmp_path / "cache", tmp_path)
    assert second["added"] == []
    assert r"(\d{1,2}) (May|June)" in second["used"]
    for run in (first, second):
        assert run["found"] == [["12", "May"], ["3", "June"]]
        assert run["named"] == {"given": "Quillan", "family": "Harbour"}
        assert run["dynamic"] and run["equal"]


def test_patterns_compile_as_usual_where_the_cache_folder_cannot_be_written(tmp_path):
    (tmp_path / "invented_patterns.py").write_text(MODULE)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    for _ in range(2):
        run = _run(blocker / "cache", tmp_path)
        assert run["found"] == [["12", "May"], ["3", "June"]] and run["equal"]
        assert run["added"]                     # nothing could be kept: compiled again
