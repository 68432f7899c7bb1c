"""The same input gives the same JSON, byte for byte, apart from `created`."""

import json

from briefing.export import write_brief
from briefing.model import run_to_end
from briefing.services import build


def test_two_builds_of_the_same_documents_give_identical_json(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("The mayor, Ann Holt, said the ferry service will resume in May 2026.\n\n"
                                  "The ferry was suspended in 2024 after a storm.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Mayor Ann Holt said the ferry service will resume in May 2026.\n\n"
                                  "Islanders have relied on a private boat since 2024.\n", encoding="utf-8")
    outputs = []
    for n in range(2):
        brief = run_to_end(build([folder])).brief
        out = tmp_path / f"brief{n}.json"
        write_brief(brief, out, "json")
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["created"].startswith("2023-11-14")


def test_json_does_not_depend_on_the_string_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in {"a.txt": "Talks on the fishing quota collapsed in March 2024, the minister said.\n\n"
                                "The minister will return to the table next year.\n",
                       "b.txt": "The fishing quota talks collapsed in March 2024, officials said.\n\n"
                                "Fishermen had warned of the quota cut since 2019.\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"brief{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000"}
        subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "--format", "json", "-o", str(out)],
                       check=True, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


SCORES_SCRIPT = """
import sys
from pathlib import Path
from briefing.compose.context import ComposeContext
from briefing.model import Corpus, run_to_end
from briefing.services import ingest
from briefing.templates import load_template
corpus = Corpus.of(run_to_end(ingest([Path(sys.argv[1])])).documents)
ctx = ComposeContext(corpus, run_to_end(__import__("briefing.analysis").analysis.analyse(corpus)),
                     load_template("standard"))
refs = sorted(ctx.words)
print([ctx.centrality[r] for r in refs], [ctx.idf_norm[r] for r in refs],
      [ctx.likeness(a, b) for a in refs for b in refs])
"""


def test_sentence_scores_are_the_same_to_the_last_bit_whatever_the_hash_seed(tmp_path):
    """A sum over a set of words runs in the set's order, which the hash seed sets: added in
    another order, floats differ in the last bit, and a tie between two sentences breaks the
    other way (two statements swapped from one run to the next)."""
    import os
    import subprocess
    import sys
    folder = tmp_path / "docs"
    folder.mkdir()
    words = ("harbour pilots strike wages ferry council minister quota union talks berth cargo "
             "shipping tariff inspectors overtime dockers contract vote ballot").split()
    for n in range(4):
        lines = [" ".join(words[(n + k) % len(words):(n + k) % len(words) + 9]).capitalize() +
                 f" were discussed by the {words[k]} panel." for k in range(8)]
        (folder / f"{n}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", SCORES_SCRIPT, str(folder)], check=True, env=env,
                                   capture_output=True, text=True).stdout)
    assert len(outputs) == 1
