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
