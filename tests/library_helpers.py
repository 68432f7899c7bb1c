"""Invented articles for the library tests: Markdown with a title, date and outlet in front matter."""

from __future__ import annotations

from pathlib import Path

TOWNS = ("Westhaven", "Port Alder", "Marrowby", "Kellsford", "Dunmere", "Ashcombe", "Bramwick", "Oldcastle")
PEOPLE = ("Mara Quint", "Tobias Renn", "Ilse Varga", "Owen Petrakis", "Nadia Solberg", "Piet Aurelio")
OUTLETS = ("Northern Courier", "Valley Ledger", "Coast Bulletin")


def article(title: str, body: str, date: str | None = None, outlet: str | None = None) -> str:
    front = [f"title: {title}"] + ([f"date: {date}"] if date else []) + ([f"outlet: {outlet}"] if outlet else [])
    return "---\n" + "\n".join(front) + "\n---\n\n" + body.strip() + "\n"


def write_article(folder: Path, name: str, title: str, body: str, date: str | None = None,
                  outlet: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(article(title, body, date, outlet), encoding="utf-8")
    return path


def invented_body(n: int) -> str:
    """A few sentences of invented local news, different for each n."""
    town, other = TOWNS[n % len(TOWNS)], TOWNS[(n + 3) % len(TOWNS)]
    person = PEOPLE[n % len(PEOPLE)]
    return (f"The council of {town} voted {n + 12} to {n % 9 + 1} on Tuesday to raise the harbour levy, "
            f"councillor {person} said.\n\n"
            f"Traders in {other} said the levy of {n % 40 + 5} crowns a tonne would push freight to rival ports.\n\n"
            f"\"We cannot carry a cost our neighbours do not,\" said {PEOPLE[(n + 1) % len(PEOPLE)]}, who chairs "
            f"the {other} traders' guild.\n\n"
            f"A second vote on the dredging budget of {n * 7 + 100} thousand crowns is planned for next month.")


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct invented articles, dated over a year, from the three outlets."""
    return [write_article(folder, f"story-{n:04d}.md", f"{TOWNS[n % len(TOWNS)]} levy vote number {n}",
                          invented_body(n), f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", OUTLETS[n % len(OUTLETS)])
            for n in range(start, start + count)]
