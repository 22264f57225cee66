"""A story ledger built from the seed case, in the shape ``khabar story ID --json`` prints.

The claims, their figures, sources and the disagreements come from
``/work/shared/seeds/expected.json``; each claim's sentence is cut from the seed
text around its figure.  Dates are set here (the seeds carry none): article 000
is dated and its figures said on several dates, article 002 is undated, so the
charts have dated columns and an undated one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SEEDS = Path("/work/shared/seeds")
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
PUBLISHED = {"000_75b14adfd6e8883b.txt": "2025-09-04T10:30:00+03:00"}
SAID = {"A2": "2025-01", "A3": "2025-03", "A4": "2025-03", "A5": "2025-03", "A6": "2025-06"}
# How the seed case's disagreements read (EXPECTED.md section 5).
SEVERITY = {"sent": "small", "killed": "large"}
_SENTENCE_END = re.compile(r"[.!؟\n]")


def sentence_around(text: str, figure: str) -> str:
    """The sentence of ``text`` that holds ``figure``."""
    start = text.index(figure)
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, start + len(figure))
    return text[before[-1] if before else 0 : after.end() if after else len(text)].strip()


def seed_claims() -> list[dict[str, Any]]:
    """The eight seed claims as ledger claims (outlets named after the files)."""
    claims = []
    for gold in EXPECTED["claims"]:
        name = gold["article"]
        text = (SEEDS / name).read_text(encoding="utf-8")
        vague = gold["qualifier"].startswith("vague")
        claims.append(
            {
                "id": gold["id"],
                "article": EXPECTED["articles"].index(name) + 1,
                "outlet": Path(name).stem,
                "published": PUBLISHED.get(name),
                "topic": gold["topic"],
                "subject": None,
                "text": gold["evidence"],
                "value": gold["value"],
                "low": 3000 if vague else None,
                "high": None,
                "qualifier": "vague" if vague else gold["qualifier"],
                "unit": None,
                "cited": gold["cited"],
                "via": None,
                "said": SAID.get(gold["id"]),
                "period": None,
                "sentence": sentence_around(text, gold["evidence"]),
            }
        )
    return claims


def _when(claim: dict[str, Any]) -> str | None:
    return claim["said"] or (claim["published"] or "")[:10] or None


def seed_ledger() -> dict[str, Any]:
    """The whole seed story ledger: articles, claims, disagreements and timelines."""
    claims = seed_claims()
    ids = [c.pop("id") for c in claims]
    disagreements = []
    for gold in EXPECTED["disagreements"]:
        members = [ids.index(i) for i in gold["claims"]]
        values = [claims[i]["value"] for i in members]
        dates = {_when(claims[i]) for i in members} - {None}
        disagreements.append(
            {
                "topic": gold["topic"],
                "unit": None,
                "claims": members,
                "gap": (max(values) - min(values)) / max(values),
                "severity": SEVERITY[gold["topic"]],
                "development": len(dates) > 1,
            }
        )
    timelines: dict[str, list[dict[str, Any]]] = {}
    for index, claim in enumerate(claims):
        timelines.setdefault(claim["topic"], []).append({"claim": index, "when": _when(claim)})
    for entries in timelines.values():
        entries.sort(key=lambda e: (e["when"] is None, e["when"] or "", e["claim"]))
    articles = [
        {
            "id": number,
            "outlet": Path(name).stem,
            "title": (SEEDS / name).read_text(encoding="utf-8").split("\n", 1)[0].strip(),
            "published": PUBLISHED.get(name),
            "url": f"https://example.org/{Path(name).stem}",
        }
        for number, name in enumerate(EXPECTED["articles"], start=1)
    ]
    return {
        "id": 1,
        "title": "كوريا الشمالية ترسل جنودًا للقتال إلى جانب روسيا",
        "articles": articles,
        "outlets": [a["outlet"] for a in articles],
        "claims": claims,
        "disagreements": disagreements,
        "timelines": timelines,
    }
