"""Build khabar/data/ner/clusters.tsv.gz: ANT word counts and word clusters at three sizes.

Words of the ANT corpus (Apache-2.0, 2018 Arabic news) are folded like the NER features see
them; each frequent word is described by its positive PMI with the most frequent words at
offsets -2, -1, +1, +2, reduced by truncated SVD, and grouped by k-means into 100, 400 and
1000 clusters.  Names that ANERcorp never saw share clusters with names it did ("كورسك" with
other places), which is what lets the CRF tag them.  Deterministic (fixed seeds); about three
minutes on one core:

    OMP_NUM_THREADS=1 PYTHONPATH=. python scripts/build_clusters.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize as l2_normalize

from khabar.extract.ner_features import DATA, TOKEN
from khabar.text.normalize import fold

ANT = Path("/work/shared/data/ant/ant-v2.1.jsonl.gz")
OFFSETS = (-2, -1, 1, 2)
SEED = 0


def articles(path: Path) -> Iterator[list[str]]:
    """Folded tokens of each article (title and body)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            yield TOKEN.findall(fold(f"{article['title']}\n{article['text']}").lower())


def cooccurrences(ids: np.ndarray, words: int, contexts: int) -> sparse.csr_matrix:
    """Counts of (word, context word at offset) for words < ``words``, contexts < ``contexts``."""
    blocks = []
    n = len(ids)
    for slot, offset in enumerate(OFFSETS):
        left = ids[max(0, -offset) : n - max(0, offset)]
        right = ids[max(0, offset) : n - max(0, -offset)]
        keep = (left >= 0) & (left < words) & (right >= 0) & (right < contexts)
        blocks.append((left[keep], right[keep] + slot * contexts))
    rows = np.concatenate([block[0] for block in blocks])
    cols = np.concatenate([block[1] for block in blocks])
    data = np.ones(len(rows), dtype=np.float32)
    shape = (words, contexts * len(OFFSETS))
    return sparse.coo_matrix((data, (rows, cols)), shape=shape).tocsr()


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive PMI with context-distribution smoothing (Levy et al. 2015)."""
    total = counts.sum()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    col_total = col.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total) - np.log(row[coo.row] / total) - np.log(col[coo.col] / col_total)
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT)
    parser.add_argument("--out", type=Path, default=Path(str(DATA / "clusters.tsv.gz")))
    parser.add_argument("--min-count", type=int, default=2, help="words kept with a count")
    parser.add_argument("--words", type=int, default=80_000, help="most frequent words clustered")
    parser.add_argument("--contexts", type=int, default=5_000, help="context words per offset")
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--sizes", default="100,400,1000", help="cluster counts, comma-separated")
    args = parser.parse_args()
    started = time.monotonic()

    documents = list(articles(args.ant))
    frequency = Counter(word for document in documents for word in document)
    vocabulary = [
        w for w, c in frequency.most_common() if c >= args.min_count and TOKEN.fullmatch(w)
    ]
    index = {word: i for i, word in enumerate(vocabulary)}
    stream: list[int] = []
    for document in documents:
        stream.extend(index.get(word, -1) for word in document)
        stream.append(-1)
    del documents
    ids = np.asarray(stream, dtype=np.int32)
    print(f"{len(ids):,} tokens, {len(vocabulary):,} words ({time.monotonic() - started:.0f}s)")

    clustered = min(args.words, len(vocabulary))
    matrix = ppmi(cooccurrences(ids, clustered, args.contexts))
    vectors = TruncatedSVD(args.dims, n_iter=7, random_state=SEED).fit_transform(matrix)
    vectors = l2_normalize(vectors)
    print(f"SVD {vectors.shape} ({time.monotonic() - started:.0f}s)")

    labels = []
    for size in (int(s) for s in args.sizes.split(",")):
        kmeans = MiniBatchKMeans(size, batch_size=4096, n_init=1, random_state=SEED)
        labels.append(kmeans.fit_predict(vectors))
        print(f"k-means {size} ({time.monotonic() - started:.0f}s)")

    lines = ["# word\tANT count\tclusters (100, 400, 1000); built by scripts/build_clusters.py"]
    for i, word in enumerate(vocabulary):
        ids_text = "".join(f"\t{level[i]}" for level in labels) if i < clustered else ""
        lines.append(f"{word}\t{frequency[word]}{ids_text}")
    text = "\n".join(lines) + "\n"
    args.out.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
    print(f"{len(vocabulary):,} words -> {args.out} ({time.monotonic() - started:.0f}s)")


if __name__ == "__main__":
    main()
