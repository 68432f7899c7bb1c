"""The window's library search under a typist (run by bench_library.py): the longest event-loop stall.

`python benchmarks/bench_library_window.py LIBRARY '["query", …]'` opens the real window offscreen on
LIBRARY, types each query into the Library pane a letter every TYPING_MS, waits for its hits, and
measures how late a 5 ms heartbeat timer fires meanwhile: the longest time the window could not
answer the user. Prints JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time

TYPING_MS = 90              # a brisk typist
HEARTBEAT_MS = 5


def main() -> int:
    db, queries = sys.argv[1], json.loads(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["BRIEFING_LIBRARY"] = db
    os.environ["BRIEFING_CONFIG_DIR"] = tempfile.mkdtemp(prefix="briefing-bench-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui import create_main_window

    window = create_main_window()
    window.resize(1500, 950)
    window.show()
    app = QApplication.instance()
    pane = window.library

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    def wait_for_hits(text: str, timeout: float = 30.0) -> None:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            app.processEvents()
            if pane.search_box.text() == text and not pane._timer.isActive() and pane.last_page is not None \
                    and pane.results.topLevelItemCount() == len(pane.last_page.entries) and \
                    pane.count_label.text().endswith(("ms", "shown")):
                return
            time.sleep(0.001)

    settle(1.0)
    wait_for_hits("")
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - HEARTBEAT_MS)
        last[0] = now

    heart = QTimer()
    heart.setInterval(HEARTBEAT_MS)
    heart.timeout.connect(beat)
    heart.start()
    searches = []
    for text in queries:
        pane.search_box.clear()
        for n in range(1, len(text) + 1):
            pane.search_box.setText(text[:n])
            settle(TYPING_MS / 1000)
        wait_for_hits(text)
        if pane.last_page is not None:
            searches.append(pane.last_page.seconds * 1000)
    heart.stop()
    window.close()
    gaps.sort()
    print(json.dumps({"queries": len(queries), "longest_stall_ms": round(max(gaps), 1),
                      "p99_stall_ms": round(gaps[int(0.99 * (len(gaps) - 1))], 1),
                      "search_median_ms": round(statistics.median(searches), 1) if searches else None,
                      "heartbeats": len(gaps)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
