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
