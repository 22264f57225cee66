"""Build synthetic plain-text scrapes with labelled page debris from real article texts.

Each scrape is a real title and real paragraphs (ANT corpus, SaudiNewsNet) with
debris lines of many kinds put where sites put them: breadcrumbs, date stamps,
bylines and share bars at the top; "read also" links between paragraphs; tags,
related titles, comment prompts, follow-us and copyright lines at the bottom.
Short title-like sub-headings are put inside the body and labelled as kept, and so
are lists: a paragraph's sentences as bullet or numbered items, at times after an
introducing line ending in a colon (real articles list measures, results, tips).

The debris wording comes from templates with many variants; variants with an
even index go to the training part, odd ones to the evaluation part, and the
two parts use different site names, so neither repeats the phrase list of
``khabar/data/debris_phrases.txt`` verbatim nor the other part's wording.

    PYTHONPATH=. python bench/build_debris_set.py    # prints a sample scrape
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.text.lines import Line, looks_like_heading
from tests.shared_data import ANT, SAUDINEWSNET

SAUDI = SAUDINEWSNET

_WORDS = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_DIGITS_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Each kind: a list of wording variants ({title}, {site}, {sep}, {date}, ... are filled in).
TEMPLATES: dict[str, list[str]] = {
    "breadcrumb": [
        "الرئيسية {sep} {section} {sep} {sub}",
        "الصفحة الرئيسية {sep} {section}",
        "{site} {sep} {section} {sep} {sub}",
        "الرئيسة {sep} {section} {sep} {sub}",
        "Home {sep} {section}",
        "أنت هنا: الرئيسية {sep} {section} {sep} {sub}",
        "{section} {sep} {sub}",
        "الرئيسية{sep}{section}{sep}{sub}",
    ],
    "date": [
        "نشر في: {date}",
        "نشر بتاريخ {date} - {time}",
        "آخر تحديث: {date} {time}",
        "تاريخ النشر {date}",
        "{weekday} {day} {month} {year}",
        "{weekday}، {day} {month} {year} - {time}",
        "{date} | {time}",
        "منذ {n} ساعات",
        "تم التحديث في {date}",
        "آخر تحديث {time} - {weekday} {day} {month}",
        "{day} {month} {year}",
        "نُشر في {weekday} {day} {month} {year}",
    ],
    "byline": [
        "كتب: {name}",
        "بقلم {name}",
        "{site} - {name}",
        "بواسطة {name} {sep} {date}",
        "المحرر: {name}",
        "كتبت - {name}",
        "{name} | {site}",
        "إعداد: {name}",
    ],
    "share": [
        "شارك",
        "شاركها.",
        "شارك الخبر",
        "مشاركة: فيسبوك {sep} تويتر {sep} واتساب",
        "Facebook Twitter WhatsApp",
        "شارك على: فيسبوك تويتر",
        "📤 شارك المقال",
        "انشر على مواقع التواصل",
        "فيسبوك تويتر واتساب تيليجرام لينكدإن",
        "نسخ الرابط",
        "شارك هذا المقال {sep} {site}",
        "Share",
    ],
    "controls": [
        "طباعة",
        "A A",
        "A+ A-",
        "تكبير الخط تصغير الخط",
        "حجم الخط",
        "🖨 طباعة الخبر",
        "طباعة {sep} إرسال {sep} حفظ",
        "إرسال بالبريد الإلكتروني",
        "تكبير الخط",
        "+ حجم الخط -",
    ],
    "read_also": [
        "اقرأ أيضاً: {title}",
        "اقرأ أيضا {title}",
        "يقرأ\u00a0  {title}",
        "إقرأ المزيد: {title}",
        "شاهد أيضاً: {title}",
        "► {title}",
        "اقرأ أيضًا.. {title}",
        "للمزيد: {title}",
        "طالع أيضا: {title}",
        "مواضيع قد تهمك: {title}",
        "اقرأ ايضا: {title}",
        "🔴 اقرأ كذلك: {title}",
        "◄ {title}",
        "◀ {title}",
        "مقالات مقترحة: {title}",
        "لا يفوتك: {title}",
        "👈 {title}",
        "🔗 {title}",
        "{site} | {title}",
        "اخترنا لكم: {title}",
    ],
    "tags": [
        "الكلمات المفتاحية: {kw}، {kw2}، {kw3}",
        "وسوم: #{kw} #{kw2}",
        "كلمات دلالية {kw} - {kw2} - {kw3}",
        "Tags: {kw} {sep} {kw2}",
        "الوسوم {kw} {kw2} {kw3}",
        "الكلمات الدالة: {kw}، {kw2}",
        "وسوم {kw} {sep} {kw2} {sep} {kw3}",
        "مواضيع: {kw}، {kw2}",
    ],
    "related_header": [
        "مواضيع ذات صلة",
        "الأكثر قراءة",
        "أخبار ذات صلة",
        "اقرأ المزيد",
        "الأكثر مشاهدة",
        "قد يعجبك أيضاً",
        "المزيد من {section}",
        "أخبار متعلقة:",
        "🔥 الأكثر تداولاً",
        "ذات صلة",
        "اخترنا لك",
        "أخبار أخرى",
    ],
    "comments": [
        "أضف تعليق",
        "أضف تعليقك",
        "التعليقات ({n})",
        "اترك تعليقاً",
        "تعليقات",
        "لا توجد تعليقات",
        "💬 {n} تعليق",
        "سجل الدخول للتعليق",
        "اضغط هنا للتعليق",
        "عدد التعليقات: {n}",
        "أضف تعليقا على الخبر",
        "التعليقات مغلقة.",
    ],
    "follow": [
        "تابعونا على فيسبوك",
        "تابعوا آخر الأخبار عبر تطبيق {site}",
        "تابعنا على تويتر @{handle}",
        "لمتابعة آخر الأخبار اشترك في قناتنا على تيليجرام",
        "تابع {site} على جوجل نيوز",
        "حمّل تطبيق {site} الآن",
        "اشترك في النشرة البريدية",
        "تابعوا {site} على واتساب 👈",
        "للاشتراك في خدمة الأخبار العاجلة اضغط هنا",
        "تابعونا على إنستغرام {sep} يوتيوب",
        "انضم إلى قناتنا على تلغرام",
        "تابع آخر الأخبار عبر حساباتنا",
    ],
    "furniture": [
        "{section}",
        "{site}",
        "{section} {sep} {sub}",
        "{name}",
        "{sub}",
        "{site} {sep} {date}",
        "{n} {sub}",
        "{site} {sep} {section}",
        "{section} - {site}",
        "{name} {sep} {time}",
    ],
    "copyright": [
        "جميع الحقوق محفوظة © {year} {site}",
        "© {site} {year}",
        "حقوق النشر محفوظة لـ{site}",
        "{site} © جميع الحقوق محفوظة",
        "All rights reserved © {year}",
        "جميع الحقوق محفوظة لموقع {site} {year}",
        "© حقوق الطبع والنشر {year}",
        "الحقوق محفوظة {sep} {site}",
    ],
}
# Lines that introduce a list inside the body (kept); even variants train, odd evaluate.
LIST_INTROS = (
    "وفيما يلي أبرز ما جاء في {kw}:",
    "وتضمنت أبرز النقاط ما يلي:",
    "وجاء في البيان:",
    "ومن أبرز ما تضمنه القرار:",
    "وأوضح أن الخطة تشمل:",
    "وتشمل الإجراءات الجديدة:",
    "ومن بين النصائح:",
    "وجاءت النتائج على النحو التالي:",
)
LIST_MARKERS = (("-", "•", "*", "numbered"), ("–", "▪", "-", "numbered"))
_SENTENCE_END = re.compile(r"(?<=[.!؟])\s+")
TOP = ("breadcrumb", "date", "byline", "share", "controls", "furniture")
BOTTOM = ("tags", "share", "comments", "follow", "copyright", "furniture")
SITES = (
    ("الخبر اليوم", "البوابة نيوز", "صوت العرب", "الوطن الإخباري", "أخبار 24", "مصراوي"),
    ("النهار العربي", "الشرق نيوز", "المشهد", "القدس برس", "عرب 48", "هسبريس"),
)
SEPARATORS = (("|", ">", "/", "-", "•"), ("»", "›", "|", "–", "·", "←"))
SECTIONS = ("أخبار", "عربي", "دولي", "سياسة", "اقتصاد", "رياضة", "منوعات", "محليات", "العالم")
SUBSECTIONS = ("مصر", "الخليج", "سوريا", "أوروبا", "أمريكا", "كرة قدم", "تقارير", "حوارات")
NAMES = ("أحمد علي", "محمد حسن", "سارة خالد", "ليلى يوسف", "عمر سعيد", "نور الدين بكر")
WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر")


@dataclass(frozen=True, slots=True)
class Article:
    """A real article: its title and paragraphs."""

    title: str
    paragraphs: list[str]


@dataclass(frozen=True, slots=True)
class Scrape:
    """A synthetic scrape: ``text`` and, per non-blank line, whether it is debris and its kind."""

    text: str
    debris: list[bool]
    kinds: list[str]


def _articles(path: Path, parity: int | None, limit: int) -> list[Article]:
    """Articles with a title and a body; ``parity`` keeps every other line of the file.

    Paragraphs without a letter (rules such as "-----") are dropped: they are
    neither body nor the debris kinds this set labels.  Articles whose first or
    last paragraph is shaped like a heading are skipped: in the corpora such
    lines are datelines, bylines, signatures and wire time stamps ("عين اليوم –
    جدة", "13:37 ت م") left in by the crawler, so labelling them "keep" would be wrong.
    """
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for number, raw in enumerate(stream):
            if parity is not None and number % 2 != parity:
                continue
            record = json.loads(raw)
            paragraphs = [p.strip() for p in (record.get("text") or "").split("\n")]
            paragraphs = [p for p in paragraphs if _LETTER.search(p)]
            title = " ".join((record.get("title") or "").split())
            if title and paragraphs and not _loose_ends(paragraphs):
                found.append(Article(title, paragraphs))
    return random.Random(len(found)).sample(found, min(limit, len(found)))


def _loose_ends(paragraphs: Sequence[str]) -> bool:
    """Whether the first or last paragraph is a short line without final punctuation."""
    ends = {paragraphs[0], paragraphs[-1]}
    return any(looks_like_heading(Line(0, len(text), text)) for text in ends)


def ant_articles(parity: int, limit: int) -> list[Article]:
    """ANT articles on even (0) or odd (1) lines of the corpus file."""
    return _articles(ANT, parity, limit)


def saudi_articles(limit: int) -> list[Article]:
    """SaudiNewsNet articles (evaluation only: CC BY-NC-SA)."""
    return _articles(SAUDI, None, limit)


class _Writer:
    """Fills templates with one part's variants, site names and separators."""

    def __init__(self, part: int, titles: Sequence[str], rng: random.Random) -> None:
        self.part = part
        self.titles = titles
        self.rng = rng

    def debris(self, kind: str) -> str:
        variants = TEMPLATES[kind][self.part :: 2]
        return self.fill(self.rng.choice(variants))

    def fill(self, template: str) -> str:
        rng = self.rng
        year = str(rng.randint(2015, 2025))
        day = str(rng.randint(1, 28))
        date = f"{day}/{rng.randint(1, 12)}/{year}"
        time = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        keywords = rng.sample(
            [w for w in _WORDS.findall(self.title()) if len(w) > 3] or ["أخبار"], 1
        )
        values = {
            "title": self.title(),
            "site": rng.choice(SITES[self.part]),
            "handle": rng.choice(("khabar_news", "alwatan", "news24", "arabnews")),
            "sep": rng.choice(SEPARATORS[self.part]),
            "section": rng.choice(SECTIONS),
            "sub": rng.choice(SUBSECTIONS),
            "name": rng.choice(NAMES),
            "date": date,
            "time": time,
            "weekday": rng.choice(WEEKDAYS),
            "day": day,
            "month": rng.choice(MONTHS),
            "year": year,
            "n": str(rng.randint(0, 40)),
            "kw": keywords[0],
            "kw2": rng.choice(SECTIONS),
            "kw3": rng.choice(SUBSECTIONS),
        }
        text = template.format(**values)
        if rng.random() < 0.15:
            text = text.translate(_DIGITS_AR)
        return text

    def title(self) -> str:
        return self.rng.choice(self.titles)

    def related_title(self) -> str:
        title = self.title()
        roll = self.rng.random()
        if roll < 0.3:
            return title.rstrip(".") + "."
        if roll < 0.4:
            return f"{self.rng.choice(('•', '-', '■'))} {title}"
        return title

    def list_items(self, paragraph: str) -> list[str]:
        """``paragraph``'s sentences as the items of a list (none for one sentence), with
        or without their full stops, at times cut to their first few words, and at times
        after an introducing line."""
        sentences = [s for s in _SENTENCE_END.split(paragraph) if _LETTER.search(s)]
        if len(sentences) < 2:
            return []
        rng = self.rng
        marker = rng.choice(LIST_MARKERS[self.part])
        bare = rng.random() < 0.5
        if rng.random() < 0.5:  # short items: "- كوبان من الدقيق"
            sentences = [" ".join(s.split()[: rng.randint(3, 8)]) for s in sentences]
            bare = True
        items = [
            f"{number}. " if marker == "numbered" else f"{marker} "
            for number in range(1, len(sentences) + 1)
        ]
        items = [
            prefix + (sentence.rstrip(".") if bare else sentence)
            for prefix, sentence in zip(items, sentences, strict=True)
        ]
        if rng.random() < 0.5:
            items.insert(0, self.fill(rng.choice(LIST_INTROS[self.part :: 2])))
        return items

    def subheading(self) -> str:
        words = _WORDS.findall(self.title())
        size = self.rng.randint(1, min(5, len(words)))
        start = self.rng.randint(0, len(words) - size)
        heading = " ".join(words[start : start + size])
        return f"“{heading}”" if self.rng.random() < 0.2 else heading


def _scrape(article: Article, writer: _Writer) -> Scrape:
    """One scrape of ``article`` with debris at realistic positions."""
    rng = writer.rng
    lines: list[tuple[str, bool, str]] = []
    plain = rng.random() < 0.1
    if not plain and rng.random() < 0.25:
        lines.append((writer.debris(rng.choice(("breadcrumb", "date"))), True, "top"))
    lines.append((article.title, False, "title"))
    if not plain:
        for kind in rng.sample(TOP, rng.randint(0, 3)):
            lines.append((writer.debris(kind), True, kind))
    last = len(article.paragraphs) - 1
    for index, paragraph in enumerate(article.paragraphs):
        items = writer.list_items(paragraph) if rng.random() < 0.06 else []
        lines.extend((item, False, "list") for item in items)
        if not items:
            lines.append((paragraph, False, "body"))
        if 0 < index + 1 <= last and rng.random() < 0.15:
            lines.append((writer.subheading(), False, "subheading"))
        elif not plain and index < last and rng.random() < 0.12:
            lines.append((writer.debris("read_also"), True, "read_also"))
    if not plain:
        for kind in rng.sample(BOTTOM, rng.randint(0, 4)):
            lines.append((writer.debris(kind), True, kind))
        if rng.random() < 0.4:
            if rng.random() < 0.7:
                lines.append((writer.debris("related_header"), True, "related_header"))
            for _ in range(rng.randint(1, 5)):
                lines.append((writer.related_title(), True, "related"))
        if rng.random() < 0.3:
            lines.append((writer.debris(rng.choice(("comments", "copyright"))), True, "end"))
    separator = "\n\n" if rng.random() < 0.6 else "\n"
    text = separator.join(line for line, _, _ in lines)
    if rng.random() < 0.5:
        text += "\n"
    return Scrape(text, [label for _, label, _ in lines], [kind for _, _, kind in lines])


def build(articles: Sequence[Article], part: int, seed: int) -> list[Scrape]:
    """Scrapes of ``articles`` using the wording of ``part`` (0 train, 1 evaluation)."""
    rng = random.Random(seed)
    titles = [article.title for article in articles]
    writer = _Writer(part, titles, rng)
    return [_scrape(article, writer) for article in articles]


def training_set(limit: int = 4000) -> list[Scrape]:
    """Scrapes from ANT articles on even lines, with the training wording."""
    return build(ant_articles(0, limit), part=0, seed=1)


def evaluation_sets(limit: int = 2000) -> dict[str, list[Scrape]]:
    """Held-out scrapes: ANT articles on odd lines and SaudiNewsNet, evaluation wording."""
    return {
        "ant-odd": build(ant_articles(1, limit), part=1, seed=2),
        "saudinewsnet": build(saudi_articles(limit), part=1, seed=3),
    }


def iter_lines(scrapes: Sequence[Scrape]) -> Iterator[tuple[str, bool, str]]:
    """Every labelled line of ``scrapes``: (text, is debris, kind)."""
    for scrape in scrapes:
        lines = [line for line in scrape.text.split("\n") if line.strip()]
        yield from zip(lines, scrape.debris, scrape.kinds, strict=True)


if __name__ == "__main__":
    sample = build(ant_articles(1, 50), part=1, seed=2)[7]
    for line, label, kind in iter_lines([sample]):
        print(f"{'DEBRIS' if label else 'keep  '} {kind:15} {line[:90]}")
