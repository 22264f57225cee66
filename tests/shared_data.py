"""Where the read-only shared data lives: ../shared beside the checkout, or KHABAR_SHARED."""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
ANT = SHARED / "data" / "ant" / "ant-v2.1.jsonl.gz"
SAUDINEWSNET = SHARED / "data" / "saudinewsnet" / "saudinewsnet-2015.jsonl.gz"
ANERCORP = SHARED / "data" / "anercorp"
