"""What the GUI tests share: waiting for background work, walking a brief's JSON."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
BBC = Path("/work/shared/corpora/bbc-news/news")


def run_job(qtbot, window, trigger, timeout=60000) -> str:
    """Do `trigger` (a click, a key) and wait for the background work it starts; its outcome."""
    with qtbot.waitSignal(window.job_finished, timeout=timeout) as blocker:
        trigger()
    return blocker.args[0]


def all_citations(value):
    """Every citation anywhere in a brief's JSON (statements, actors, events, quotes…)."""
    if isinstance(value, dict):
        yield from value.get("citations") or []
        for inner in value.values():
            yield from all_citations(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from all_citations(inner)


def all_texts(value):
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            yield value["text"]
        for inner in value.values():
            yield from all_texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from all_texts(inner)
