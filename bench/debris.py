"""Line-level precision, recall and F1 of page-debris detection (debris is the positive class).

Scores ``khabar.text.debris.find_debris`` on the synthetic scrapes of
``bench/build_debris_set.py``: the training part (ANT, even lines, training
wording) and the held-out parts (ANT odd lines and SaudiNewsNet, evaluation
wording), next to the baseline rule "a short line without final punctuation
is debris" (the title excepted).  Also lists the kinds of line most often missed.

    PYTHONPATH=. python bench/debris.py
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from bench.build_debris_set import Scrape, evaluation_sets, training_set
from khabar.text.debris import find_debris
from khabar.text.lines import looks_like_heading, split_lines

Detector = Callable[[str], list[bool]]


def model_detector(text: str) -> list[bool]:
    """Per line: whether ``find_debris`` drops it."""
    dropped = {item.start for item in find_debris(text)}
    return [line.start in dropped for line in split_lines(text)]


def baseline_detector(text: str) -> list[bool]:
    """Per line: short and without final punctuation, except the first line."""
    return [index > 0 and looks_like_heading(line) for index, line in enumerate(split_lines(text))]


def score(
    scrapes: Sequence[Scrape], detector: Detector
) -> tuple[float, float, float, Counter[str]]:
    """Precision, recall, F1 and the count of wrong lines per kind."""
    true_pos = false_pos = false_neg = 0
    wrong: Counter[str] = Counter()
    for scrape in scrapes:
        for guess, gold, kind in zip(
            detector(scrape.text), scrape.debris, scrape.kinds, strict=True
        ):
            true_pos += guess and gold
            false_pos += guess and not gold
            false_neg += gold and not guess
            if guess != gold:
                wrong[kind] += 1
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, wrong


def main() -> None:
    parts = {"train ant-even": training_set(), **evaluation_sets()}
    parts["held-out all"] = [
        s for name, part in parts.items() if name != "train ant-even" for s in part
    ]
    print(f"{'part':16} {'detector':9} {'lines':>6} {'P':>6} {'R':>6} {'F1':>6}  most wrong")
    for name, scrapes in parts.items():
        lines = sum(len(scrape.debris) for scrape in scrapes)
        for label, detector in (("model", model_detector), ("baseline", baseline_detector)):
            precision, recall, f1, wrong = score(scrapes, detector)
            worst = ", ".join(f"{kind} {count}" for kind, count in wrong.most_common(4))
            print(
                f"{name:16} {label:9} {lines:6} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {worst}"
            )


if __name__ == "__main__":
    main()
