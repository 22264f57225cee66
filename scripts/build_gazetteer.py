"""Build khabar/data/ner/gazetteer.tsv: folded name -> PERS/LOC/ORG for the NER features.

Sources: ANERGazet (research use, /work/shared/data/anercorp/gazetteers) and the Arabic
country and city names of CLDR as shipped in Babel.  A name listed under several types keeps
them all, joined by "|".

    PYTHONPATH=. python scripts/build_gazetteer.py
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import babel

from khabar.extract.ner_features import DATA, TOKEN, key

ANERGAZET = Path("/work/shared/data/anercorp/gazetteers")
KINDS = {"pers.txt": "PERS", "loc.txt": "LOC", "org.txt": "ORG"}


def phrase_key(name: str) -> str:
    """The name as the features see it: folded tokens joined by one space."""
    return " ".join(key(token) for token in TOKEN.findall(name))


def cldr_places() -> list[str]:
    """Arabic names of territories and time-zone exemplar cities."""
    locale = babel.Locale("ar")
    places = [name for code, name in locale.territories.items() if not code.isdigit()]
    places += [zone["city"] for zone in locale.time_zones.values() if zone.get("city")]
    return places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anergazet", type=Path, default=ANERGAZET)
    parser.add_argument("--out", type=Path, default=Path(str(DATA / "gazetteer.tsv")))
    args = parser.parse_args()
    kinds: dict[str, set[str]] = defaultdict(set)
    for filename, kind in KINDS.items():
        for line in (args.anergazet / filename).read_text().splitlines():
            name = line.strip()
            if name and not name.startswith("="):
                kinds[phrase_key(name)].add(kind)
    for name in cldr_places():
        kinds[phrase_key(name)].add("LOC")
    rows = [
        f"{phrase}\t{'|'.join(sorted(kind))}" for phrase, kind in sorted(kinds.items()) if phrase
    ]
    header = (
        "# Built by scripts/build_gazetteer.py from ANERGazet and CLDR (Babel); see README.md\n"
    )
    args.out.write_text(header + "\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
