"""Attributed claims: which figure, about what, cited to whom, said when.

Arabic news cites a source before the figure with a verb of saying ("قال
مسؤولون غربيون إن ...") or around it with a source phrase ("بحسب المرصد"),
relays one source through another ("نقلت الوكالة عن كيم ..."), and carries a
source over into continuing sentences ("وأضاف", "منها").  Each figure takes the
nearest report of its own clause, else of its sentence, else the report it
continues; a figure with none is stated on the article's own authority.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, cached_property, lru_cache
from itertools import compress
from typing import NamedTuple

from khabar.extract.dates import find_dates
from khabar.extract.holders import seat_holder
from khabar.extract.lexicon import alternation, folded_phrases, folded_words, read_rows, read_words
from khabar.extract.ner_features import lexicon
from khabar.extract.numbers import MONTH_NAMES, OF_THEM, is_currency, singular_of_dual
from khabar.extract.penalties import penalty
from khabar.model import Analysis, Claim, DateRef, Mention, Quantity, Sentence, SourceRef
from khabar.text.normalize import Normalized, fold, normalize

_TOKEN = re.compile(r"[\w\u0621-\u064a]+|[^\s\w]")
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "second"})
_FREQUENCY_WORDS = frozenset(fold(w) for w in ("مرة", "مرات", "مره"))
# What an article lists rather than counts: "خمسة أشياء يجب أن تعرفها", "أبرز 4 أرقام".
_LISTED = frozenset(
    fold(w) for w in ("أشياء", "أمور", "أرقام", "أسباب", "نصائح", "طرق", "حقائق", "أقسام")
)
_HYPOTHETICAL = frozenset(fold(w) for w in ("إذا", "اذا", "لو", "حال", "لئن"))
# Topics that say little of what is measured: a more telling word in the window comes
# first ("معدل التضخم السنوي لأسعار المستهلكين": inflation; "قيمة القرض": the loan), and
# the second word of a construct names it ("أسعار الفائدة": interest rates).
_WEAK_TOPICS = frozenset({"price", "value"})
# Topics of money or a share, never of a count of things: "خسارة الأرجنتين بستة أهداف",
# "بيانات 50 مليون مستخدم من قيمتها".
_MONEY_TOPICS = frozenset({"losses", "value"})
# Topics of figures in these units only: "الدول المشاركة أربع" is no turnout, "فائدة
# ليفربول من بيعه 113 مليون يورو" a gain, "مؤشر الدولار 0.1 بالمئة" an index.
_TOPIC_UNITS: dict[str, Callable[[str | None], bool]] = {
    "turnout": lambda unit: unit == "percent",
    "interest_rate": lambda unit: unit in ("percent", "bp"),
    "exchange_rate": is_currency,
    "salary": is_currency,
    "deal": is_currency,
    "fine": is_currency,
    "cases": lambda unit: unit is None,  # "6.3 في المئة" of some cases is a share
    # people, or their share: not the hectares that burnt near them
    "population": lambda unit: unit in (None, "percent"),
    "weight": lambda unit: unit in ("ton", "kg", "g"),  # not "زيادة الوزن ... 6.3%"
    "pills": lambda unit: unit is None,
    "jobs": lambda unit: unit is None,  # not the sums that create them
    "rainfall": lambda unit: unit in ("mm", "cm"),
    "reserves": lambda unit: unit == "m3" or is_currency(unit),
}
# Topics about people, which a figure takes from a word near it only when it counts people.
_PEOPLE_TOPICS = frozenset(
    {"killed", "injured", "casualties", "arrested", "displaced", "sentenced", "missing"}
    | {"bodies", "acquitted", "rescued", "passengers", "evacuated", "hostages", "crew"}
    | {"captured", "returned"}
    | {"protesters"}  # a topic of the counted noun only: "20 ألف شخص ... المتظاهرين"
)
# Topics of a noun that names a group of people, and what befell them that comes first:
# "قتل 5 متظاهرين" is killed; "ارتفع عدد الوفيات إلى 2248 حالة" too, but "حالات الاشتباه
# بالإصابة ... مليون حالة" are cases (an infection, not a wound).
_GROUP_TOPICS = {
    "protesters": _PEOPLE_TOPICS,
    "cases": frozenset({"killed", "recovered"}),
    "hostages": frozenset({"killed", "bodies", "rescued"}),
    # "بمقتل 12 نازحا", "عودة 1.2 مليون لاجئ": what befell the displaced, or their return
    "displaced": frozenset({"killed", "injured", "missing", "rescued", "returned", "bodies"}),
}
# How often ANT must have a word for it to be the word behind a glued preposition.
_SEEN_ALONE = 20
# Words read after a vague figure that are no counted noun ("العشرات جراء القصف").
_NOT_COUNTED_NOUNS = frozenset(fold(w) for w in ("جراء", "بعدما", "غيرهم", "عدد"))
# Units of an amount of something, named after "من": "2.4 طن من الحشيش".
_AMOUNT_UNITS = frozenset({"ton", "kg", "g", "l", "m3"})
_UNIT_TOPICS = {
    "percent": "percent",
    "km": "distance",
    "m": "distance",
    "cm": "distance",
    "mm": "distance",
    "mile": "distance",
    "nmi": "distance",
    "barrel": "production",
    "km/h": "speed",
    "°C": "temperature",
    "richter": "magnitude",
    "MW": "capacity",
    "GW": "capacity",
    "kW": "capacity",
    "mAh": "capacity",
    "ton": "weight",
    "kg": "weight",
    "l": "volume",
    "m3": "volume",
    "ft3": "volume",
    "ha": "area",
    "km2": "area",
    "m2": "area",
    "feddan": "area",
    "dunam": "area",
}
_RELATIVE_PRONOUNS = frozenset(
    fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")
)
_QUOTES = frozenset('"«»“”')
# Words an aside in brackets after a source may hold: its acronym ("(وفا)", "(أ ف ب)").
_BRACKETED_WORDS = 6  # "(وفا)", "(د.ب.أ)"
_TITLE_ABBREVIATIONS = frozenset(fold(w) for w in ("د", "م", "أ"))
_OPENING_QUOTES = frozenset('"«“')
_CLOSING_GUILLEMETS = frozenset("»”")
# A quoted name after a verb of saying closes within this many words ("«الشرق الأوسط»").
_QUOTED_NAME_WORDS = 5
_UNCOUNTED = frozenset(fold(w) for w in ("عدة", "بضعة", "بضع", "عدد من"))
_COMMAS = frozenset({"،", ","})
# A figure the speaker denies: "وليس ثمانية آلاف"، "وليس 1850 مقعدا كما أعلنت السلطة".
_AS = fold("كما")
# The shock a magnitude is of: an aftershock named in the words before it, else the quake.
_AFTERSHOCK_WORD = re.compile("ارتداد")
_SHOCK_CHARS = 60
_AFTERSHOCK, _MAIN_SHOCK = "هزة ارتدادية", "الزلزال"
_NOT_CHARS = 8
_NOT_BEFORE = re.compile(r"(?<!\w)[وف]?ليس(?:ت)?\s*$")
_AS_GIVEN_BY = re.compile(
    r"(?:\s+[^\s\d،,.؛]+){0,2}?\s+كما\s+(?:اعلن|اعلنت|ذكر|ذكرت|قال|قالت|افاد|افادت|اورد|"
    r"اوردت|نشر|نشرت|زعم|زعمت)\s+(\S+)"
)
# Sources that name the one cited before: "حسب المصدر ذاته", "وفق الإحصاء ذاته".
_SAME_SOURCE = frozenset(
    fold(f"{head} {same}")
    for head in ("المصدر", "المصادر", "البيان", "الإحصاء", "التقرير", "المسؤول", "المتحدث")
    for same in ("ذاته", "ذاتها", "نفسه", "نفسها")
)
_SUBORDINATORS = frozenset(
    fold(w) for w in ("إذ", "حيث", "كما", "عندما", "بعدما", "حين", "لأن", "لكي", "كي")
)
_SPEAKER_TITLES = folded_words("claims/speaker_titles.txt")
_CONTRASTS = frozenset(fold(w) for w in ("لكن", "ولكن", "بينما", "فيما", "حين", "أما", "وأما"))
# Verbs of accusing: the accused follows the accuser ("اتهمت الوزارة الحوثيين بـ").
_ACCUSING = frozenset(fold(w) for w in ("اتهم", "اتهمت"))
# "بيّن" (showed) and "that" after it: "وبيّن أن عمليات التفتيش أسفرت عن ضبط ...".
_SHOWING = frozenset(fold(w) for w in ("بين", "بينت"))
_THAT = frozenset(fold(w) for w in ("أن", "إن"))
_NOT_SAID = frozenset(fold(w) for w in ("لم", "لا", "لن", "ولم", "ولا"))
_NOT_DOING = frozenset(fold(w) for w in ("عدم", "بعدم", "وعدم", "لعدم"))
_PUBLISHING = frozenset(
    fold(w) for w in ("نشرت", "نشر", "أصدرت", "أصدر", "أوردت", "أورد", "جمعت", "جمع")
)
# Words of data before whose they are: "أرقام المنتدى", "لبيانات وزارة الداخلية" (the
# forum's, the ministry's); with an adjective they are the source ("بحسب أرقام رسمية").
_DATA_HEADS = frozenset(
    fold(w) for w in ("أرقام", "بيانات", "إحصاءات", "إحصائيات", "معطيات", "تقديرات")
)
# What may stand between a verb or its source and the day it spoke: "أعلنت، مساء الأحد،".
_WHERE_WORDS = 3  # "في بيان لها", "في ولاية الخرطوم"
_RECENT_DAYS = 7  # a day of the week before publication dates a figure of the news
# Words that open a clause telling when the event itself was ("عندما أبحر مساء السبت"), a
# relative pronoun before a verb of what struck ("التي انقلبت فجر الثلاثاء"; not "خلال
# الحفل الذي أقيم الجمعة", where the source spoke), and how far before a day they are.
_EVENT_CLAUSE_OPENERS = frozenset(fold(w) for w in ("عندما", "بعدما", "حينما", "إثر", "يومي"))
_STRUCK = frozenset(
    fold(f"{stem}{ending}")
    for stem in ("وقع", "ضرب", "انقلب", "استهدف", "اندلع", "غرق", "انهار", "سقط", "هز", "شن")
    for ending in ("", "ت")
)
_EVENT_CLAUSE_WORDS = 6
_BEFORE_A_DAY = frozenset(
    {"،", ","}
    | {fold(w) for w in ("في", "يوم", "صباح", "مساء", "ظهر", "فجر", "ليلة", "عصر", "ظهيرة")}
)
# Verbs of carrying name passengers only right before their figure ("قارب كان يقل نحو 65
# مهاجرا"): "ما لا يقل عن شخصين", "تقل أعمارهم عن 18", "يحمل الرقم القياسي بثمانية ألقاب".
_CARRYING = frozenset(fold(w) for w in ("يقل", "تقل", "يحمل", "تحمل", "يستقل", "تستقل"))
_COPULAS = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"))
_PERIOD_MARKERS = frozenset(fold(w) for w in ("خلال", "غضون", "مدى", "طيلة", "طوال"))
_COMPLEMENTIZERS = frozenset(
    fold(w)
    for w in (
        *("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "فإن", "فإنه"),
        *("بأنه", "بأنها", "بأنهم"),
    )
)
# Words after which a subject may open a clause of its own: a source's name ends there.
_SUBJECT_OPENERS = _COMPLEMENTIZERS | _CONTRASTS
_NP_STOPS = _SUBJECT_OPENERS | frozenset(
    fold(w)
    for w in (
        "صدر",  # "تقرير اقتصادي صدر اليوم": the report was issued
        "صدرت",
        "في",
        "على",
        "عن",
        "إلى",
        "الى",
        "خلال",
        "بعد",
        "قبل",
        "عقب",
        "إثر",
        "اثر",
        "لم",  # "مسؤولين أميركيين لم تسمهم"
        "فوق",  # "وكتب فوقها": where he wrote
        "فوقها",
        "فوقه",
        "تحتها",
        "تحته",
        "طلب",  # "مسؤول عسكري طلب عدم الكشف عن هويته"
        "فضل",
        "رفض",
        "أمس",
        "اليوم",
        "يوم",
        "مساء",
        "صباح",
        "قوله",
        "قولها",
        "قولهم",
        "لدى",
        "حول",
        "بشأن",
        "عبر",
        "أيضا",
        "كذلك",
        "الذي",
        "التي",
        "الذين",
        "ان",
        "بان",
        "مؤكدا",
        "مؤكدة",
        "مشيرا",
        "مشيرة",
        "موضحا",
        "موضحة",
        "قد",
        "فقد",
        "وقد",
        "لقد",
        "كما",
        "ثم",
        "حيث",
        "إلا",
        "بلغ",
        "بلغت",
        "وبلغ",
        "وبلغت",
        "جاء",
        "جاءت",
        "وجاء",
        "وجاءت",
        "حتى",
        "مؤخرا",
        "حاليا",
        "سابقا",
        "يبلغ",
        "تبلغ",
        "ويبلغ",
        "وتبلغ",
        "قائلا",
        "قائلة",
        "قائلين",
        "بشكل",
        "بصورة",
        "لأن",
        "لان",
        "بنحو",
        "بحوالي",
        # a pronoun opens a clause of its own: "وفق الأرقام الرسمية، وهي الأدنى منذ"
        *("هو", "هي", "هم", "هن", "هما", "وهو", "وهي", "وهم", "وهن", "وهما"),
    )
)
# What a verb of saying may take before its subject: "صرح بذلك وكيل الوزارة", "ما أعلن
# عنه العداء نفسه".
_PRONOUN_OBJECTS = frozenset(
    fold(w) for w in ("ذلك", "بذلك", "به", "بها", "عنه", "عنها", "عنهم", "فيه", "فيها", "فيهم")
)
# Impersonal openers that never take a subject: "ويبدو مؤيدا لإجراء انتخابات" names no
# source ("يعتقد الخبراء", "يتوقع المحللون" do).
_NO_SUBJECT = frozenset(fold(w) for w in ("يبدو", "يشار", "يقال", "يجدر"))
_ESTIMATING = frozenset(fold(w) for w in ("قدر", "قدرت", "يقدر", "تقدر", "قدروا"))
# Sources named by their post, whose affiliation follows after "في": "مسؤول في وزارة
# الخارجية", "مصادر طبية في قطاع غزة".
_AFFILIATED = frozenset(
    fold(w)
    for w in (
        *("مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "عضو", "أعضاء"),
        *("ضابط", "ضباط", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "موظف", "موظفون"),
        *("خبير", "خبراء", "باحث", "باحثون", "قيادي", "قياديون", "متحدث", "متحدثة"),
    )
)
# A heading cites the words before its colon when they are this few: "الأمم المتحدة: ...".
_HEADLINE_SOURCE_WORDS = 6
# Words of a post and its adjectives before "في" that names its affiliation ("مصدر أمني
# فلسطيني في غزة").
_AFFILIATION_AFTER = 3
# Where or how something was said, which "في" after a source introduces: "في بيان".
_MEDIA = frozenset(
    fold(w)
    for w in (
        *("بيان", "تصريح", "تصريحات", "مؤتمر", "كلمة", "حديث", "مقابلة", "تغريدة"),
        *("رسالة", "خطاب", "لقاء", "اتصال", "منشور", "تقرير", "وقت", "حين", "تعليق"),
        *("بيانها", "بيانه", "تصريحه", "تصريحها", "حديثه", "حديثها", "كلمته", "كلمتها"),
        *("إفادة", "جلسة", "اجتماع", "ندوة", "برنامج", "معرض", "رد", "ردها", "رده"),
    )
)
# Words before a figure that may say what it counts.
_WINDOW_BEFORE = 8
# Topics of sums, which a sum may take from further back in its clause.
_SUM_TOPICS = frozenset(
    {"deal", "salary", "loan", "aid", "budget", "investment", "revenue", "profit"}
    | {"cost", "losses", "spending", "exports", "imports", "dividends", "deficit", "debt"}
    | {"fine"}
)
# What a source estimates or gives, which ends the source: "وقدرت مصادر محلية عدد القتلى
# بنحو 60" ("عدد من النواب" opening a source stays).
_COUNTED_OBJECTS = frozenset(fold(w) for w in ("عدد", "حصيلة", "قيمة", "حجم"))
# Heads of a count whose noun names the topic of a figure far from it ("عدد الوفيات").
_SHORTEST_COUNTED = 4  # letters, with the article: "العاطلين", not "الى"
# Nouns of dying that govern a figure after them, as against those of the dead ("قتلى").
_DYING = frozenset(fold(w) for w in ("وفاة", "الوفاة", "الوفيات", "مصرع", "مقتل", "استشهاد", "غرق"))
_COUNT_HEADS = frozenset(fold(w) for w in ("عدد", "حصيلة", "إجمالي", "مجموع"))
# What befell the people a figure counts, told by the word right before it: "فقد" is
# then the verb "went missing" (elsewhere mostly "ف + قد"); "عودة 1.2 مليون لاجئ" (but
# not "مسيرات العودة التي يشارك فيها آلاف").
_BEFALLING_BEFORE = {fold(w): "missing" for w in ("فقد", "وفقد")} | {
    fold(w): "returned" for w in ("عودة", "وعودة", "بعودة")
}
# ... or by the verb right after the people counted: "45 مهاجرا فُقدوا بعد غرق القارب"
# (with an object it is what they lost, "فقدوا منازلهم", their lives the dead's), "900
# ألف نازح عادوا إلى منازلهم".
_BEFALLING_AFTER = {fold(w): "missing" for w in ("فقدوا", "فقد", "فقدت")} | {
    fold(w): "returned" for w in ("عادوا", "عاد", "عادت")
}
# Words after "فقدوا" that tell where or when they went missing, not what they lost.
_MISSING_WHERE = frozenset(
    fold(w)
    for w in (
        *("في", "بعد", "إثر", "اثر", "جراء", "عقب", "قبالة", "خلال", "منذ", "أثناء", "وسط"),
        *("عندما", "بينما", "حين", "فيما", "و", "أيضا", "كذلك", "إلى", "حتى"),
    )
)
# Prepositions of what a group was aimed at ("إطلاق النار على آلاف المحتجين").
_AIMED_AT = frozenset(fold(w) for w in ("على", "باتجاه", "صوب"))
# The object of "فقدوا" that makes the people counted the dead ("فقدوا حياتهم").
_LIVES = frozenset(fold(w) for w in ("حياتهم", "أرواحهم", "حياته", "حياتها", "حياتهن"))
# Pronouns of people a verb of a topic may carry as its object ("تم توقيفهم"); not "ها",
# which ends too many nouns of other topics ("خسائرها", "إيراداتها").
_OBJECT_SUFFIXES = ("هما", "هم", "هن")
# Possessive pronouns a noun of a topic may carry ("ركابها"); not ه, which is also the
# folded ta marbuta ("إصابه").
_POSSESSIVE_SUFFIXES = ("ها", "هم")
# A verb joined by و speaks of a figure of its own within this many words after it.
_OWN_FIGURE_WORDS = 4
_ONE = frozenset(fold(w) for w in ("واحد", "واحدة"))
# Verbs of estimating that, followed by "بـ", are passive: "الأضرار تقدر بـ 3 ملايين".
_ESTIMATED_AT = _ESTIMATING - {fold("قدروا")}  # a plural has its subject before it
# Relay verbs that name the cited source after "إلى", not "عن": "نسبت الصحيفة إلى
# مسؤولين قولهم" (the paper attributed to officials their saying).
_ATTRIBUTING = frozenset(fold(w) for w in ("نسب", "نسبت", "ينسب", "تنسب"))
_ATTRIBUTED_TO = fold("إلى")
# Verbs whose "عن" opens what was said, never whom it came from: "تحدثت الأمم المتحدة عن
# خروج 45 ألفا" is the UN's figure.
# So do revealing, announcing and voicing: "كشف تقرير عن إعدام 1153 شخصا", "أعلن الجيش عن".
_SPEAKING_OF = frozenset(
    fold(w)
    for w in (
        *("تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث"),
        *("كشف", "كشفت", "يكشف", "تكشف", "كشفوا"),
        *("أعلن", "أعلنت", "يعلن", "تعلن", "أعلنوا"),
        *("أعرب", "أعربت", "أفصح", "أفصحت"),
    )
)
# Nouns that count who speak, not people a story counts: "ثلاثة مصادر", "مسؤولان".
_SPEAKERS = frozenset(
    fold(w)
    for w in (
        *("مصادر", "مصدر", "مصدرين", "مصدران", "مسؤول", "مسؤولين", "مسؤولون", "مسؤولان"),
        *("شهود", "دبلوماسيين", "دبلوماسيون", "خبراء", "محللين", "محللون"),
    )
)
# Verbs of denial: the figure denied ("نفت الوزارة سقوط 30 قتيلا") is not the denier's.
_DENYING = frozenset(fold(w) for w in ("نفى", "نفت", "ينفي", "تنفي", "نفوا"))
# "بيان صادر عن الجيش" is the army's statement: the army is the source, not relayed.
_ISSUED = frozenset(fold(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة", "صدر", "صدرت"))
# Words a source never opens with: prepositions and their pronouns ("تقدر بـ 5.9").
_NO_SOURCE_START = frozenset(fold(w) for w in ("من", "له", "لها", "لهم", "ب", "ل"))
# "المسؤول عن التحكيم في فيفا" names a post: its "عن" relays no one.
_IN_CHARGE = frozenset(fold(w) for w in ("مسؤول", "المسؤول", "مسؤولة", "المسؤولة"))
# "ذكرت صحيفة نيويورك تايمز نقلا عن مسؤولين": the paper relays the officials.
_RELAYING = frozenset({fold("نقلا"), fold("نقلاً")})
# What is estimated, right after a verb of estimating: "ويقدر عدد الذين قتلوا".
_MEASURES = frozenset(
    fold(w) for w in ("عدد", "أعداد", "قيمة", "حجم", "تكلفة", "كلفة", "مساحة", "ثروة", "إجمالي")
)
_NISBA = re.compile(r"(?:ي|يه|يين|يون|يات)$")
# "بينهم", "من بينهم", "ضمنهم", "، منهم", "ومنهم": what follows counts part of a figure
# before it ("منها" alone may be "from it": "خرج منها 5 آلاف").
_OF_THEM = r"(?:(?<!\S)و?(?:من\s+)?(?:بين|ضمن)|(?:[،,:]\s*|(?<!\S)و)من)(?:هم|ها|هن|هما)"
# Right before the figure ("من بينهم 7"), or before an earlier part it is coordinated with
# ("من بينهم 7 مدنيين و4 مقاتلين").
_PART_BEFORE = re.compile(rf"{_OF_THEM}\s*[،,:]?(?:\s*|(?:\s+[^\s،,.؛]+){{1,4}}\s+و)$")
# Among a group the text names, right before the figure or an earlier part it is joined to:
# "وبين الضحايا 6 نساء و4 أطفال", "ومن بين القتلى 3 أطفال"; "، هم 21 مواطنا و14 مقيما".
_AMONG = re.compile(
    r"(?:(?<!\S)و?(?:من\s+)?بين\s+ال\S{3,}|[،,:]\s*و?هم)(?:\s*|(?:\s+[^\s،,.؛]+){1,4}\s+و)$"
)
# After the figure and its noun, a total it is some of: "28 حريقا من أصل 34".
_OUT_OF = re.compile(r"(?:\s+[^\s\d،,.؛]+){0,2}\s+من\s+(?:اصل|اجمالي|مجموع)\s+\S*\d")
# Right after the figure: "7 منهم مدنيون".
_PART_AFTER = re.compile(rf"\s*{OF_THEM}(?!\S)")
_PART_INSIDE = re.compile(rf"(?<!\S){OF_THEM}(?!\S)")  # inside its span: "22 منهم على الأقل"
# Right after the figure, a definite plural it is some of: "ثلاثة من الصواريخ".
_OF_A_SET = re.compile(r"\s*من\s+ال\S{3,}")
# New ones added to a toll, the counted noun between (folded): "ثماني جثث جديدة", "3 وفيات
# إضافية" ("40 آخرين" is not: "others" than those just counted, a toll of its own).
_NEW_ONES = re.compile(
    r"\s*(?:[^\s،,.؛:]+\s+)?(?:جديدا?|جديده|جدد|جديدين|جديدان|جديدتين|اضافيا?|اضافيه|اضافيين|اضافيون)"
    r"(?![^\s،,.؛:])"
)
_NEXT_WORD = re.compile(r"\s+([^\s،.؛:]+)")
# What a percentage is a share of: "(فقط) من" and up to two words, no digits.
_SHARE_OF = re.compile(r"\s*(?:فقط\s+)?من\s+([^\s\d،,.؛:()\"«»]+(?:\s+[^\s\d،,.؛:()\"«»]+)?)")
# A source's words at most: a Saudi spokesman's title, rank and name run to ten ("المتحدث
# الإعلامي للدفاع المدني بمنطقة الرياض الرائد محمد الحمادي").
_MAX_SOURCE_WORDS = 10
# A figure dated this many days before its article's publication counts a past event.
PAST_DAYS = 30
# A running total: "منذ بدء العملية", "منذ اندلاع الحرب", "منذ مطلع العام", "منذ تكثيف
# القصف" (folded).
# A record, not a total, comes before "منذ": "أعلى مستوياته منذ 2014", "لأول مرة منذ"
# (folded).
# A word of a disease or an outbreak, with or without a leading و/ب/ل/ال.
_DISEASE_WORD = re.compile(
    rf"(?<!\w)(?:[وفبل]|وب|ول)?(?:{alternation(read_words('claims/diseases.txt'))})(?!\w)"
)
_RECORD_BEFORE = re.compile(r"(?:اعلي|ادني|اكبر|اقل|اسوا|افضل|مستوي|اول|الاولي)\S*\s+(?:\S+\s+)?$")
_SINCE_START = re.compile(
    r"منذ\s+(?:بدء|بدايه|انطلاق|اندلاع|مطلع|تكثيف|تصعيد|شن|اطلاق"
    # or since a day or a year: "منذ 30 مارس", "منذ السابع من أكتوبر", "منذ مارس الماضي",
    # "منذ عام 2015" (not "منذ 3 أيام", three days ago)
    rf"|\d{{1,2}}\s+(?:{MONTH_NAMES})|ال\S+ من (?:{MONTH_NAMES})|(?:{MONTH_NAMES})(?!\S)"
    r"|(?:عام\s+|العام\s+)?\d{4})"
)
# An earlier or first toll the article reports beside its latest: "وكانت الحصيلة السابقة
# أشارت إلى مقتل شخصين", "حصيلة أولية عن 18 قتيلا" (folded).
_EARLIER_TOLL = re.compile(r"(?:ال)?حصيله (?:ال)?(?:سابقه|اوليه)|في وقت سابق")
_CLAUSE_EDGE = re.compile("[،,؛]")
# What makes a figure a forecast (folded): a word of expecting before it in its clause, and
# a time still to come in its sentence.
_EXPECTED = re.compile(r"(?<!\w)[وف]?(?:ي|ت|ن)?توقع|متوقع|توقعات|(?<!\w)[وف]?(?:من )?المرجح")
_TO_COME = re.compile(
    r"(?<!\w)(?:بنهايه|بحلول|نهايه)(?!\w)|(?<!\w)(?:ال)?(?:عام|سنه|العام|السنه|الشهر|الاسبوع)"
    r" (?:المقبل|القادم|المقبله|القادمه)(?!\w)|(?<!\w)الاعوام (?:المقبله|القادمه)"
)
# A figure a change went from: "من" before it, "إلى" and the figure it went to after it
# (its unit between); khabar.extract.numbers reads "من X إلى Y" after a verb of change as
# two figures.
_FROM_BEFORE = re.compile(r"(?<!\w)من\s*(?:ال)?$")
_FROM_CHARS = 8
_TO_BEFORE = re.compile(r"\s+(?:إلى|الى)\s*$")
_TO_AFTER = re.compile(r"[^\d،,.؛]{0,25}?\s(?:إلى|الى|لـ?)\s*(?:ال)?[\d٠-٩]")
# Words that make a figure a rate, folded, and the period each counts per.
_RATES = {
    **dict.fromkeys(("يوميا", "في اليوم", "كل يوم", "باليوم"), "day"),
    **dict.fromkeys(("اسبوعيا", "في الاسبوع", "كل اسبوع"), "week"),
    **dict.fromkeys(("شهريا", "كل شهر"), "month"),
    **dict.fromkeys(("سنويا", "في السنه", "كل عام", "كل سنه", "في العام الواحد"), "year"),
    **dict.fromkeys(("في الساعه", "كل ساعه", "بالساعه"), "hour"),
}
# A rate word within four words after a figure, as a whole word; "في اليوم" not before an
# adjective ("في اليوم التالي" is the next day; "في اليوم الواحد" is a rate).
_RATE_AFTER = re.compile(
    r"(?:\s*\S+){0,4}?\s+(?P<rate>" + "|".join(sorted(_RATES, key=len, reverse=True)) + r")"
    r"(?![^\s.!?؟»\")])(?!\s+(?!الي(?!\w)|الواحد(?!\w))ال\w)(?!\s*\d)"  # "في الساعة 23:08"
)
# "منذ" before a date ("منذ بداية العام"): a period that runs to now, not a past event;
# so is the year of a record since ("الأعلى منذ عودة الديمقراطية عام 1990").
_SINCE_BEFORE = re.compile(r"منذ(?:\s+[^\s\d،,.؛:]+){0,3}\s*$")
_SINCE_CHARS = 40  # how far before a date its "منذ" may stand
# A date a figure is compared with, not the date of what it counts: "بتراجع نسبته 15%
# مقارنة بالفترة نفسها من العام الماضي", "مقابل 20 في 2017".
_COMPARED_BEFORE = re.compile(r"(?:مقارن[ةه]|مقابل|الفتر[ةه] (?:نفسها|ذاتها)|نفس الفتر[ةه])\b")
# How far before a date such a comparison may stand.
_COMPARED_CHARS = 40
# Opens a clause of its own beside the clause-break words: "أرسلت في عام 2024 نحو 14 ألف
# جندي ... حيث قتل أكثر من 6 آلاف" (2024 dates the sending, not the deaths).
_CLAUSE_OPENERS = ("حيث",)


class _Token(NamedTuple):
    start: int
    end: int
    word: str

    @property
    def is_word(self) -> bool:
        return self.word[0].isalnum()


@dataclass(frozen=True, slots=True)
class _Report:
    """One attribution found in a sentence: where it stands and whom it cites."""

    position: int
    content: int
    cited: SourceRef | None
    via: SourceRef | None
    said: DateRef | None
    inherits: bool
    # A participle ("..., مشيرا إلى أن"): its speaker is the sentence's latest one.
    continues: bool = False


class _Phrases:
    """Phrases of folded words, indexed by their first word, longest first."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...]) -> None:
        self.all = frozenset(phrases)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            self._by_first.setdefault(phrase[0], []).append(phrase)

    def starting_with(self, word: str, bare: str) -> list[tuple[str, ...]]:
        """The phrases whose first word is ``word`` or, without its conjunction, ``bare``."""
        found = self._by_first.get(word, [])
        if bare != word:
            found = found + self._by_first.get(bare, [])
        return found


@dataclass(frozen=True, slots=True)
class _Lexicons:
    verbs: frozenset[str]
    impersonal: frozenset[str]
    relays: frozenset[str]
    participles: frozenset[str]
    not_sources: frozenset[str]
    markers: _Phrases
    heads: _Phrases
    continuations: _Phrases
    breaks: _Phrases
    addressees: frozenset[str]
    content_heads: frozenset[str]
    people: frozenset[str]
    topics: dict[tuple[str, str], str]
    # Topic words of two words or more, by their first word: "الدين العام" is debt.
    topic_phrases: dict[str, list[tuple[tuple[str, ...], str]]]


@cache
def _lexicons() -> _Lexicons:
    topics: dict[tuple[str, str], str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for _, (form, topic, role) in read_rows("claims/topics.tsv", 3):
        words = tuple(fold(form).split())
        if len(words) > 1:
            phrases.setdefault(words[0], []).append((words, topic))
        else:
            topics[(fold(form), role)] = topic
    return _Lexicons(
        verbs=folded_words("claims/report_verbs.txt"),
        impersonal=folded_words("claims/impersonal.txt"),
        relays=folded_words("claims/relay_verbs.txt"),
        participles=folded_words("claims/participles.txt"),
        not_sources=folded_words("claims/not_sources.txt"),
        markers=_Phrases(folded_phrases("claims/source_markers.txt")),
        heads=_Phrases(folded_phrases("claims/source_heads.txt")),
        continuations=_Phrases(folded_phrases("claims/continuations.txt")),
        breaks=_Phrases(folded_phrases("claims/clause_breaks.txt")),
        addressees=folded_words("claims/addressees.txt"),
        content_heads=folded_words("claims/content_heads.txt"),
        people=folded_words("claims/people.txt"),
        topics=topics,
        topic_phrases=phrases,
    )


def find_claims(analysis: Analysis) -> list[Claim]:
    """The quantitative claims of an analysed text, one per figure that is a claim."""
    if not analysis.quantities:
        return []
    return _ArticleReader(analysis).claims()


def _through_last_figure(
    sentences: Sequence[Sentence], quantities: Sequence[Quantity]
) -> Sequence[Sentence]:
    """The sentences up to the one holding the last of ``quantities``."""
    last = max(quantity.start for quantity in quantities)
    kept = 0
    while kept < len(sentences) and sentences[kept].start <= last:
        kept += 1
    return sentences[:kept]


class _ArticleReader:
    """Reads one article sentence by sentence, remembering the last cited source."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.norm: Normalized = normalize(analysis.text)
        # What follows the sentence of the last figure cannot bear on any claim.
        self.sentences = _through_last_figure(analysis.sentences, analysis.quantities)
        end = self.norm.position(self.sentences[-1].end) if self.sentences else 0
        matches = _TOKEN.finditer(self.norm.text, 0, end)
        self.tokens = [_Token(m.start(), m.end(), m.group()) for m in matches]
        self.token_starts = [t.start for t in self.tokens]
        self.lex = _lexicons()
        # The topic each counted noun took in a sentence (first token, folded noun).
        self._noun_topics: dict[tuple[int, str], str] = {}
        # The topic of each figure after "من" by where it ends: the figure a change goes
        # to ("من X إلى Y") shares it.
        self._changed_from_topics: dict[int, str | None] = {}
        self.date_at = self._index_spans(analysis.dates)
        self.quantity_at = self._index_spans(analysis.quantities)
        self.counted_at = self._counted_nouns(analysis.quantities)
        self.last_source: SourceRef | None = None
        self._clause_breaks: dict[tuple[int, int], list[int]] = {}
        self._outbreak: dict[int, bool] = {}  # sentence start -> names a disease

    def claims(self) -> list[Claim]:
        claims: list[Claim] = []
        quantities = self.analysis.quantities
        for index, sentence in enumerate(self.sentences):
            first, last = self._token_range(sentence.start, sentence.end)
            reports = self._reports(first, last)
            inherited = self._inherited_source(first, reports)
            if sentence.heading:
                inherited = self._headline_source(first, last)
                reports = [self._headline_subject(report, first) for report in reports]
            sources = [s for r in reports for s in (r.cited, r.via) if s is not None]
            for q_index, quantity in enumerate(quantities):
                if (
                    sentence.start <= quantity.start < sentence.end
                    and self._is_claim(quantity)
                    and not (sentence.heading and self._numbers_an_item(sentence, quantity))
                    # "قال ثلاثة مسؤولين": how many spoke, not what they said
                    and not any(s.start <= quantity.start < s.end for s in sources)
                ):
                    claims.append(
                        self._claim(q_index, quantity, index, first, last, reports, inherited)
                    )
            self._remember(reports)
        return claims

    # -- positions ---------------------------------------------------------------------------

    def _token_at(self, original: int) -> int:
        return bisect.bisect_right(self.token_starts, self.norm.position(original)) - 1

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        first = bisect.bisect_left(self.token_starts, self.norm.position(start))
        last = bisect.bisect_left(self.token_starts, self.norm.position(end))
        return first, last

    def _counted_nouns(self, quantities: Sequence[Quantity]) -> dict[int, int]:
        """Token index of each figure's counted noun -> index of the figure."""
        text = self.analysis.text
        found: dict[int, int] = {}
        for index, quantity in enumerate(quantities):
            start = text.find(quantity.counted, quantity.end) if quantity.counted else -1
            if start >= 0:
                found[self._token_at(start)] = index
        return found

    def _index_spans(self, spans: Sequence[DateRef | Quantity]) -> dict[int, int]:
        """Token index -> index of the span that covers it."""
        covered: dict[int, int] = {}
        for index, span in enumerate(spans):
            # from the token the span starts in: "بـ25 مليون" is one token before "مليون"
            first = max(self._token_at(span.start), 0)
            last = self._token_range(span.start, span.end)[1]
            for token in range(first, last):
                covered.setdefault(token, index)
        return covered

    def _source(self, first: int, last: int, skip_chars: int = 0) -> SourceRef:
        """The source named by tokens ``first..last``, less a glued preposition."""
        start, end = self.norm.span(
            self.tokens[first].start + skip_chars, self.tokens[last - 1].end
        )
        text = self.analysis.text[start:end]
        return SourceRef(start, end, text, self._canonical(start, end, text))

    def _canonical(self, start: int, end: int, text: str) -> str:
        """The entity's key when one mention is the whole source, else the folded words."""
        mention = self._mention_covering(start, end)
        return mention.canonical if mention else " ".join(fold(text).split())

    def _mention_covering(self, start: int, end: int) -> Mention | None:
        """The entity mention that is the whole of ``start..end`` (give or take a letter)."""
        for mention in self.analysis.entities:
            if mention.start <= start + 1 and mention.end >= end - 1:
                return mention
        return None

    # -- reports -----------------------------------------------------------------------------

    def _reports(self, first: int, last: int) -> list[_Report]:
        opens = map(_may_open_report, (token.word for token in self.tokens[first:last]))
        found = (self._report_at(p, first, last) for p in compress(range(first, last), opens))
        reports = [report for report in found if report is not None]
        if reports:
            reports = sorted(
                reports + self._gapped_reports(reports, last), key=lambda r: r.position
            )
        return [self._with_relayer(report, reports) for report in reports]

    def _gapped_reports(self, reports: list[_Report], last: int) -> list[_Report]:
        """The reports a list leaves its verb out of: "وأعلن الأردن وفاة 99 حاجا،
        وإندونيسيا 199، والهند 98" has Indonesia and India announce their figures too.
        After a verb's report with a named source, each "، و" + a name + a figure."""
        said = [r for r in reports if r.cited is not None and r.via is None]
        gapped = []
        for position in range(said[0].content if said else last, last - 1):
            name = self._gapped_name(position)
            earlier = [r for r in said if r.position < position] if name else []
            if name is not None and earlier:
                source = self._source(*name, skip_chars=1)
                gapped.append(_Report(name[0], name[1], source, None, earlier[-1].said, False))
        return gapped

    def _gapped_name(self, comma: int) -> tuple[int, int] | None:
        """The tokens of the name after "، و" at ``comma`` when a figure follows it."""
        if self.tokens[comma].word != "،" or not self.tokens[comma + 1].word.startswith("و"):
            return None
        name = self._name_at(comma + 1, skip_chars=1)
        return name if name is not None and name[1] in self.quantity_at else None

    def _name_at(self, position: int, skip_chars: int = 0) -> tuple[int, int] | None:
        """The tokens ``(position, end)`` of the entity mention that starts at ``position``
        (``skip_chars`` into its first token), if one does."""
        token = self.tokens[position]
        start = self.norm.span(token.start + skip_chars, token.end)[0]
        for mention in self.analysis.entities:
            if mention.start == start:
                end = position
                while (
                    end < len(self.tokens)
                    and self.norm.span(self.tokens[end].start, self.tokens[end].end)[1]
                    <= mention.end
                ):
                    end += 1
                return (position, end) if end > position else None
        return None

    def _with_relayer(self, report: _Report, reports: list[_Report]) -> _Report:
        """A "نقلا عن" marker inside another report's relay ("ذكرت الصحيفة نقلا عن
        مسؤولين") cites through that report's relayer, the paper."""
        if report.via is not None or self.tokens[report.position].word not in _RELAYING:
            return report
        for outer in reports:
            if outer.via is not None and outer.position < report.position < outer.content:
                return replace(report, via=outer.via)
        return report

    def _report_at(self, position: int, first: int, last: int) -> _Report | None:
        word = _strip_conjunction(self.tokens[position].word)
        if position > first and self.tokens[position - 1].word in _NOT_DOING:
            return None  # "طلب عدم ذكر اسمه": a verbal noun, no one speaking
        if position > first and self.tokens[position - 1].word in _NOT_SAID:
            return None  # "عن مسؤول سعودي، لم تكشف اسمه،": who did not say it
        if word in self.lex.verbs or word in self.lex.impersonal or self._shows_that(position):
            return self._verb_report(position, first, last)
        if word in self.lex.relays:
            report = self._verb_report(position, first, last)
            return report if report is not None and report.via is not None else None
        if word in self.lex.participles:
            return self._participle_report(position, first, last)
        marker = self._match_phrase(position, last, self.lex.markers)
        if marker:
            return self._marker_report(position, position + marker, last)
        return None

    def _shows_that(self, position: int) -> bool:
        """Whether "بيّن" at ``position`` is the verb of saying ("وبيّن أن"), which is
        written like "بين" (between, among) unless "أن" follows it."""
        following = position + 1
        return (
            _strip_conjunction(self.tokens[position].word) in _SHOWING
            and following < len(self.tokens)
            and self.tokens[following].word in _THAT
        )

    def _verb_report(self, position: int, first: int, last: int) -> _Report | None:
        """ "قال X إن", "X أعلن أن" (subject first), "وأضاف أن" (inherits), "يذكر أن" (none);
        none at all for "تقدر قيمتها بنحو" (see ``_estimated``) and "تقدر بـ"."""
        start = position + 1
        said_before = self._date_before(position, first)
        if start < last and self.tokens[start].word in _PRONOUN_OBJECTS:
            if (
                position > first
                and self.tokens[position - 1].word in _RELATIVE_PRONOUNS
                and not self._starts_a_name(start + 1)
            ):
                # "ميزانيتها التي تتوقع فيها إيرادات بنحو": the subject is who spoke before
                # ("في الوقت الذي أكدت فيه قطر" names it)
                return self._subjectless_report(position, position, said_before)
            start += 1  # "صرح بذلك وكيل الوزارة"
        if _strip_conjunction(self.tokens[position].word) in _NO_SUBJECT:
            return _Report(position, start, None, None, said_before, inherits=False)
        end = self._source_end(start, last)
        if end == start and self._estimated_at(position, start, last):
            return None
        if end == start or self._quotes_content(start, last):
            return self._subjectless_report(position, first, said_before)
        if self._names_no_source(start):
            return _Report(position, end, None, None, said_before, inherits=False)
        if self._estimated(position, start, end, last):
            return None
        if self._data_head_before_whose(start, self.tokens[start].word, end):
            start += 1  # "وتشير أرقام المنتدى التونسي": the forum
        verb = _strip_conjunction(self.tokens[position].word)
        if verb in _ACCUSING:
            end = self._before_the_accused(start, end)
        relay = _ATTRIBUTED_TO if verb in _ATTRIBUTING else None if verb in _SPEAKING_OF else "عن"
        cited, via, after = self._relayed(self._source(start, end), end, last, relay)
        said = self._date_after(after, last) or said_before
        return _Report(position, self._after_relative_clause(after, last), cited, via, said, False)

    def _before_the_accused(self, start: int, end: int) -> int:
        """Where the accuser ends after "اتهم": at a name that follows another name ("اتهمت
        تنسيقية لجان مقاومة الفاشر قوات الدعم السريع بقتل": the accused), else ``end``."""
        for position in range(start + 1, end):
            if self._starts_a_name(position) and self._ends_a_name(position - 1):
                return position
        return end

    def _relayed(
        self, source: SourceRef, end: int, last: int, relay: str | None = "عن"
    ) -> tuple[SourceRef, SourceRef | None, int]:
        """The cited source, the one relaying it and where they end: "نقلت الوكالة عن كيم"
        cites كيم via the agency ("نسبت الصحيفة إلى مسؤولين": ``relay`` is "إلى"); with
        no ``relay`` word after ``source`` (or none to look for) it is cited itself.  An
        aside in brackets may stand between them ("وكالة الأنباء الفلسطينية (وفا) عن"); a
        quoted one is whom the source spoke to ("قال القصبي "للعربية" عن المسلسل")."""
        bracketed = self._past_aside(end, last, quoted=False)
        if bracketed < last and self.tokens[bracketed].word == relay:
            end = bracketed
        if (
            end + 1 < last
            and self.tokens[end].word in _ISSUED
            and self.tokens[end + 1].word == "عن"
        ):
            end += 1  # "إحصاءات جديدة صدرت عن الوزارة": the ministry's
        elif relay == "عن" and self._relaying_at(end, last):
            end = self._relaying_at(end, last)  # "ذكرت الصحيفة، نقلا عن مسؤولين"
        if end < last and self.tokens[end].word == relay and not self._no_relay(end + 1):
            relayed_end = self._source_end(end + 1, last)
            if relayed_end > end + 1:
                relayed = self._source(end + 1, relayed_end)
                if self.tokens[end - 1].word in _ISSUED:
                    return relayed, None, relayed_end  # "بيان صادر عن الجيش": the army's
                return relayed, source, relayed_end
        return source, None, end

    def _relaying_at(self, position: int, last: int) -> int:
        """Where "عن" stands when "نقلا عن" (after an optional comma) begins at
        ``position``, else 0."""
        if position < last and self.tokens[position].word in ("،", ","):
            position += 1
        if position + 1 < last and self.tokens[position].word in _RELAYING:
            return position + 1 if self.tokens[position + 1].word == "عن" else 0
        return 0

    def _after_relative_clause(self, position: int, last: int) -> int:
        """Skip "، التي يعمل بها نحو 500 موظف،": what it says is about the speaker."""
        if (
            position + 1 < last
            and self.tokens[position].word == "،"
            and self.tokens[position + 1].word in _RELATIVE_PRONOUNS
        ):
            for end in range(position + 2, last):
                if self.tokens[end].word == "،":
                    return end + 1
        return position

    def _estimated_at(self, verb: int, start: int, last: int) -> bool:
        """Whether ``verb`` is "تقدر بـ" (is estimated at): no report, the noun before it is
        what is estimated ("أشار رئيس البلدية إلى أن الأضرار تقدر بـ 3 ملايين دولار": the
        mayor's figure)."""
        if _strip_conjunction(self.tokens[verb].word) not in _ESTIMATED_AT or start >= last:
            return False
        after = self.tokens[start].word  # "بـ", "بنحو"; "بأن" opens what was estimated
        qualifying = verb > 0 and self.tokens[verb - 1].word == "ما"  # "ما يقدر بنحو 80%"
        return after.startswith("ب") and not after.startswith("بان") and not qualifying

    def _subjectless_report(self, position: int, first: int, said: DateRef | None) -> _Report:
        subject = self._subject_before(position, first)
        if subject is not None:
            # "وكانت المنظمة قد أعلنت، أمس، انتشال 16 جثة"
            said = self._date_after(position + 1, len(self.tokens)) or said
            return _Report(position, position + 1, self._source(*subject), None, said, False)
        impersonal = _strip_conjunction(self.tokens[position].word) in self.lex.impersonal
        return _Report(position, position + 1, None, None, said, inherits=not impersonal)

    def _subject_before(self, position: int, first: int) -> tuple[int, int] | None:
        """The subject written before its verb: "وكانت إسرائيل أعلنت", "أن سوفت بنك قد أعلن"."""
        end = position
        while end > first and (
            self.tokens[end - 1].word in _QUOTES or self.tokens[end - 1].word in ("قد", "لقد")
        ):
            end -= 1
        start = end
        while start > first and end - start < _MAX_SOURCE_WORDS:
            token = self.tokens[start - 1]
            if token.word == ")" and (opening := self._bracket_opening(start - 1, first)):
                start = opening  # "وكانت وكالة الأنباء السورية (سانا) ذكرت"
                continue
            if token.word not in _QUOTES and not self._may_open_subject(start - 1):
                break
            start -= 1
        boundary = self.tokens[start - 1].word if start > first else None
        if boundary in _COMMAS:
            return self._subject_in_apposition(start - 1, first)
        while start < end and not self.tokens[start].is_word:
            start += 1
        if start == end or not (boundary is None or _opens_a_clause(boundary)):
            return None
        return start, end

    def _bracket_opening(self, closing: int, first: int) -> int | None:
        """Where the short bracketed aside that ``closing`` ends opens, if it is one."""
        for opening in range(closing - 1, max(closing - _BRACKETED_WORDS - 1, first - 1), -1):
            if opening in self.quantity_at:
                return None  # "أكثر من ربع أفراد العينة (43 بالمئة)": a figure, no aside
            if self.tokens[opening].word == "(":
                return opening
        return None

    def _subject_in_apposition(self, comma: int, first: int) -> tuple[int, int] | None:
        """The subject after a copula, a complementizer or a contrast whose name is set off
        by commas: "وكان المتحدث باسم الحرس الوطني، حسام الجبابلي، قد أوضح" is the
        spokesman (as "وقال المتحدث ...، حسام الجبابلي، إن" is), up to the first comma."""
        position = comma
        while position > first and comma - position < _MAX_SOURCE_WORDS:
            word = self.tokens[position - 1].word
            # "غير أن المتحدث ...، محمد الفاتح، قال إن": after a complementizer or a
            # contrast, only a name is set off by commas ("أن يشمل ...، إذ يعتقد" is none)
            if _is_copula(word) or (_opens_a_clause(word) and self._may_be_a_name(comma + 1)):
                end = next(p for p in range(position, comma + 1) if self.tokens[p].word in _COMMAS)
                return (position, end) if end > position else None
            quoted = word in _QUOTES  # "الرئيس التنفيذي لـ"إيرباص""
            if word not in _COMMAS and not quoted and not self._may_open_subject(position - 1):
                return None
            position -= 1
        return None

    def _may_be_a_name(self, position: int) -> bool:
        """Whether the word at ``position`` may open a name set off by commas: a named
        entity's, or any word but a conjunction of cause or time ("، إذ يعتقد")."""
        word = self.tokens[position].word if position < len(self.tokens) else ""
        return self._starts_a_name(position) or (
            self.tokens[position].is_word and _strip_conjunction(word) not in _SUBORDINATORS
        )

    def _may_open_subject(self, position: int) -> bool:
        token = self.tokens[position]
        return (
            token.is_word
            and token.word not in _NP_STOPS
            and _strip_conjunction(token.word) not in _NP_STOPS  # "وكما يقال"
            and not _is_copula(token.word)
            and position not in self.date_at
            and position not in self.quantity_at
        )

    def _participle_report(self, position: int, first: int, last: int) -> _Report | None:
        """ "..., قائلين إن": the figure is cited to the main verb's subject, here the
        words after the sentence's first one (see ``_main_speaker``)."""
        start = first + 1
        while start < position and _is_copula(self.tokens[start].word):
            start += 1
        end = self._source_end(start, position)
        if end == start:
            return None
        source = self._source(start, end)
        return _Report(position, position + 1, source, None, None, False, continues=True)

    def _marker_report(self, position: int, start: int, last: int) -> _Report | None:
        written = tuple(t.word for t in self.tokens[position:start])
        # The marker as written ("وفقا") or without a conjunction ("ووفقا"), ending in "ل".
        forms = (written, (_strip_conjunction(written[0]), *written[1:]))
        # "للهيئة" is ل + الهيئة with the article's alef unwritten: cutting one letter would
        # leave no word ("لهيئة"), so the preposition stays.
        first = self.tokens[start].word
        glued = (
            first.startswith("ل")
            and not first.startswith("لل")
            and any((*form, "ل") in self.lex.markers.all for form in forms)
        )
        if glued and self._data_head_before_whose(start, self.tokens[start].word[1:], last):
            start, glued = start + 1, False  # "وفقا لبيانات وزارة الداخلية": the ministry
        heads = start
        start = self._skip_heads(start, last)
        end = self._source_end(start, last)
        if end == start or self._names_no_source(start, glued=glued):
            return None
        source = self._source(start, end, skip_chars=1 if glued else 0)
        cited, via, end = self._relayed(source, end, last)  # "بحسب ما نقلت الوكالة عن"
        # "وفق ما أعلنه الاثنين المتحدث": the day may stand among the heads
        said = self._date_after(end, last) or self._date_between(heads, start)
        return _Report(position, end, cited, via, said, False)

    def _date_between(self, start: int, end: int) -> DateRef | None:
        """The first date written between tokens ``start`` and ``end``, if any."""
        dated = next((p for p in range(start, end) if p in self.date_at), None)
        return None if dated is None else self.analysis.dates[self.date_at[dated]]

    def _data_head_before_whose(self, position: int, word: str, end: int) -> bool:
        """Whether ``word`` at ``position`` is a word of data (``_DATA_HEADS``) followed,
        before ``end``, by whose data they are (a definite noun, a name, who published
        them: "جمعتها بلومبرغ") rather than by an adjective or a preposition."""
        following = position + 1
        if word not in _DATA_HEADS or following >= end or not self.tokens[following].is_word:
            return False
        after = self.tokens[following].word
        definite = after.startswith("ال") and not _is_nisba(after)  # "أرقام رسمية" stays
        return definite or self._starts_a_name(following) or self._says_it(after)

    def _names_no_source(self, start: int, *, glued: bool = False) -> bool:
        """ "أكد أهمية ...", "بحسب التوقيت المحلي", "وفقا لآليات السوق" (``glued``: the
        word carries the marker's ل): the words after are no source."""
        word = self.tokens[start].word[1:] if glued else self.tokens[start].word
        if self._starts_a_name(start):
            return False  # "قالت الدعم السريع" names the Rapid Support Forces
        return word in self.lex.not_sources or _strip_article(word) in self.lex.not_sources

    def _estimated(self, verb: int, start: int, end: int, last: int) -> bool:
        """Whether the words after a verb of estimating name what is estimated: a measure
        ("وتقدر أعداد الوظائف التي ...") or words its figure follows with ب ("تقدر قيمتها
        بنحو 72 مليار"), not "وقدر المسؤولون السعوديون قيمة أرامكو بحوالي" (whose object
        ends the source)."""
        if _strip_conjunction(self.tokens[verb].word) not in _ESTIMATING:
            return False
        measure = _strip_article(self.tokens[start].word) in _MEASURES
        return measure or (end < last and self.tokens[end].word.startswith("ب"))

    def _quotes_content(self, start: int, last: int) -> bool:
        """Whether the words after a verb open a quotation of what was said ("واضاف «تسببت
        المعارك ...»"), not a quoted name ("قالت «الشرق الأوسط»"), which closes soon."""
        if self.tokens[start].word not in _OPENING_QUOTES:
            return False
        words = 0
        for position in range(start + 1, last):
            token = self.tokens[position]
            if token.word in _QUOTES:
                return False
            words += token.is_word
            if words > _QUOTED_NAME_WORDS:
                return True
        return True

    def _no_relay(self, position: int) -> bool:
        """Whether "عن" before ``position`` opens what was said, not whom it was said after:
        "أعلن البنك عن البدء في", "أشار إلى ذلك عن طريق", "عن "خروج 17 حافلة ..."."""
        return position < len(self.tokens) and (
            self._names_no_source(position)
            or self._opens_content(position)
            or self._quotes_content(position, len(self.tokens))
        )

    def _opens_content(self, position: int) -> bool:
        """Whether the word at ``position`` is a verbal noun that opens what a source reports
        (``content_heads.txt``), with or without the article or a glued ب ("بوجود")."""
        word = self.tokens[position].word
        heads = self.lex.content_heads
        bare = word[1:] if word.startswith("ب") else word
        return word in heads or _strip_article(word) in heads or _strip_article(bare) in heads

    def _affiliation(self, position: int, last: int) -> bool:
        """Whether "في" at ``position`` says where an official or a source works ("مسؤول
        في وزارة الخارجية"), not when or how they spoke ("في يناير", "في بيان")."""
        following = position + 1
        return (
            self.tokens[position].word == "في"
            and following < last
            and self.tokens[following].is_word
            and following not in self.date_at
            and following not in self.quantity_at
            and _strip_article(self.tokens[following].word) not in _MEDIA
        )

    def _glued_content(self, word: str) -> bool:
        """Whether ``word`` is ب glued to what a source reports: a verbal noun of
        ``content_heads.txt`` or a word naming a topic ("بمقتل", "بسقوط", "بإصابة")."""
        if not word.startswith("ب") or len(word) < 4:
            return False
        bare = word[1:]
        return bare in self.lex.content_heads or (bare, "predicate") in self.lex.topics

    def _skip_heads(self, start: int, last: int) -> int:
        """Step over "تصريح", "ما أفادت", commas, dates and verbs of saying (with their
        object: "وفق ما أعلنه", "بحسب ما أفاد به") that precede the source itself; a head
        with an adjective of its own is the source ("بحسب أرقام رسمية")."""
        moved = True
        while moved and start < last:
            moved = False
            head = self._match_phrase(start, last, self.lex.heads)
            # "بحسب أرقام رسمية"; not "بحسب ما ذكر التلفزيون": no adjective after a verb
            verb = self.tokens[start].word == "ما"
            if (
                head
                and not verb
                and start + head < last
                and _is_nisba(self.tokens[start + head].word)
            ):
                break
            if head or self._says_it(self.tokens[start].word):
                start, moved = start + (head or 1), True
                if start < last and self.tokens[start].word in ("به", "بها"):
                    start += 1  # "بحسب ما أفاد به"
            elif self.tokens[start].word == "،" or start in self.date_at:
                start, moved = start + 1, True
        return start

    def _says_it(self, word: str) -> bool:
        """A verb of saying, relaying or publishing, alone or with its object pronoun ("أعلنه",
        "ذكرته", "وفقا لما نقلته قناة الجزيرة عن ...", "حسب معطيات نشرتها الوزارة")."""
        stems = (word, *(word[: -len(s)] for s in ("ه", "ها") if word.endswith(s)))
        return any(
            stem in self.lex.verbs or stem in self.lex.relays or stem in _PUBLISHING
            for stem in stems
        )

    def _source_end(self, start: int, last: int) -> int:
        """End of the noun phrase that names a source, coordinated lists included."""
        position = start
        words = 0
        quoted = False  # inside a quoted name: «الشرق الأوسط»
        affiliated = _strip_article(_strip_conjunction(self.tokens[start].word)) in _AFFILIATED
        while position < last and words < _MAX_SOURCE_WORDS:
            token = self.tokens[position]
            if token.is_word:
                if self._stops_source(position, words) and not (
                    affiliated and words <= _AFFILIATION_AFTER and self._affiliation(position, last)
                ):
                    break
                affiliated = affiliated and self.tokens[position].word != "في"  # one only
                words += 1
            elif token.word in _QUOTES:
                if not quoted and words and self._quotes_content(position, last):
                    break  # "وقالت المرأة "كان الرجل يصيح ...""
                if quoted and token.word in _CLOSING_GUILLEMETS:
                    position, quoted = position + 1, False  # "وقالت «الشرق الأوسط» إن"
                    break
                quoted = token.word in _OPENING_QUOTES and not quoted
            elif not (
                (token.word == "،" and self._coordinates(position + 1, last))
                or (token.word == "." and words and self._abbreviates_title(position))
            ):
                break
            position += 1
        while position > start and self.tokens[position - 1].word in _QUOTES and quoted:
            position -= 1  # a quotation opened after the source, not a quoted name closing
            quoted = False
        if position - start > 1 and self.tokens[position - 1].word == "من":
            position -= 1  # the limit cut "مصدر رسمي من داخل المحافظة من ..." after "من"
        return position

    def _stops_source(self, position: int, words: int) -> bool:
        word = self.tokens[position].word
        in_charge_of = word == "عن" and self.tokens[position - 1].word in _IN_CHARGE
        return (
            (word in _NP_STOPS and not in_charge_of)
            or word in _RELAYING
            or position in self.date_at
            or (
                position in self.quantity_at
                and not (words == 0 and self._counts_speakers(position))
            )
            or (words > 0 and _strip_conjunction(word) in self.lex.verbs)
            or (words > 0 and _counted_object(word))  # "قدرت مصادر محلية عدد القتلى"
            or (words > 0 and word in _ISSUED)  # "بيانات الجهاز ... الصادرة اليوم"
            or (words == 0 and word in _NO_SOURCE_START)  # "تقدر بـ 5.9"
            or (words > 0 and self._past_source(position))
            or (words == 0 and self._opens_content(position))  # "أعلنت بلوغ", "أفاد بوجود"
            or (words > 0 and self._glued_content(word))  # "أفادت مصادر طبية بمقتل"
        )

    def _counts_speakers(self, position: int) -> bool:
        """Whether the figure at ``position`` counts who speak: "ثلاثة مسؤولين", "ثلاثة
        مصادر" open a source."""
        quantity = self.analysis.quantities[self.quantity_at[position]]
        counted = fold((quantity.counted or "").split()[0]) if quantity.counted else ""
        return _strip_article(_without_accusative(singular_of_dual(counted))) in _SPEAKERS

    def _past_source(self, position: int) -> bool:
        """Whether the word at ``position`` follows the source instead of continuing it:
        whom it told ("لوكالة الصحافة الفرنسية") or, after a definite or relative-adjective
        word or من, a verbal noun or topic predicate that starts what it reports ("أعلنت
        السلطات البورمية ارتفاع حصيلة الضحايا", "وذكر الموقع أسعار التذاكر", "حذر سياسيون
        عراقيون من إمكانية")."""
        word = self.tokens[position].word
        if word in self.lex.addressees:
            return True
        earlier = position - 1
        while earlier > 0 and not self.tokens[earlier].is_word:  # «الوطن» تفاصيل
            earlier -= 1
        before = self.tokens[earlier].word
        if word.startswith("ال") and word[2:] in self.lex.content_heads:
            # "تتوقع مصر الحصول على", not "المجلس القومي لسلامة النقل"
            return self._ends_a_name(earlier)
        predicate = (_without_accusative(word), "predicate")  # "أعلنت الشركة أرباحا"
        opens = word in self.lex.content_heads or predicate in self.lex.topics
        return opens and (
            before.startswith("ال")
            or _is_nisba(before)
            or before == "من"
            or self._ends_a_name(earlier)  # "وأعلن تنظيم داعش مسؤوليته"
        )

    def _starts_a_name(self, position: int) -> bool:
        """Whether the word at ``position`` is the first of a named entity's mention."""
        if position >= len(self.tokens):
            return False
        token = self.tokens[position]
        start = self.norm.span(token.start, token.end)[0]
        return any(abs(mention.start - start) <= 1 for mention in self.analysis.entities)

    def _ends_a_name(self, position: int) -> bool:
        """Whether the word at ``position`` is the last of a named entity's mention."""
        token = self.tokens[position]
        end = self.norm.span(token.start, token.end)[1]
        return any(abs(mention.end - end) <= 1 for mention in self.analysis.entities)

    def _abbreviates_title(self, position: int) -> bool:
        """Whether the full stop at ``position`` ends a title's abbreviation: "د." (Dr),
        "م." (Eng), "أ." (Prof), which a name follows."""
        return self.tokens[position - 1].word in _TITLE_ABBREVIATIONS

    def _coordinates(self, position: int, last: int) -> bool:
        """A comma followed by "و" + a noun continues a list of sources."""
        if position >= last:
            return False
        word = self.tokens[position].word
        return (
            _conjunction_glued(word)  # not "، وصل أكثر من 8 آلاف"
            and len(word) > 2
            and word not in _NP_STOPS
            and _strip_conjunction(word) not in _NP_STOPS  # "، والذي"
            and _strip_conjunction(word) not in self.lex.verbs
            and not self._match_phrase(position, last, self.lex.breaks)
        )

    def _date_after(self, position: int, last: int) -> DateRef | None:
        """The day written right after a source, past where it spoke: "أعلنت الوزارة، مساء
        الأحد،", "أعلنت وزارة الصحة في السودان، الأربعاء،", "في بيان لها أمس"."""
        position = self._past_where(
            self._past_apposition(self._past_aside(position, last), last), last
        )
        while position < last and self.tokens[position].word in _BEFORE_A_DAY:
            position += 1
        if position < last and position in self.date_at:
            return self.analysis.dates[self.date_at[position]]
        return None

    def _past_aside(self, position: int, last: int, *, quoted: bool = True) -> int:
        """Past a short bracketed aside at ``position`` ("(وفا)"), or a quoted one when
        ``quoted`` (an acronym after its body: "هيئة إدارة الكوارث والطوارئ "آفاد" صباح
        الأربعاء"), else ``position``."""
        openings = _OPENING_QUOTES | {"("} if quoted else {"("}
        if position >= last or self.tokens[position].word not in openings:
            return position
        closing = ")" if self.tokens[position].word == "(" else None
        for end in range(position + 1, min(position + _BRACKETED_WORDS + 2, last)):
            word = self.tokens[end].word
            if word == closing or (closing is None and word in _QUOTES):
                return end + 1
        return position

    def _past_apposition(self, position: int, last: int) -> int:
        """Past a name set off by commas at ``position`` ("، محمد شرفي،") when a day follows
        it, else ``position``."""
        if position >= last or self.tokens[position].word not in _COMMAS:
            return position
        for end in range(position + 2, min(position + _WHERE_WORDS + 3, last)):
            if self.tokens[end].word in _COMMAS:
                after = end + 1
                while after < last and self.tokens[after].word in _BEFORE_A_DAY:
                    after += 1
                return end if after in self.date_at else position
            if not self.tokens[end].is_word:
                break
        return position

    def _past_where(self, position: int, last: int) -> int:
        """Past a short "في ..." phrase at ``position`` (where or how a source spoke: "في
        السودان"، "في بيان لها") when a day follows it, else ``position``."""
        if position >= last or self.tokens[position].word != fold("في"):
            return position
        for end in range(position + 2, min(position + _WHERE_WORDS + 2, last)):
            token = self.tokens[end]
            if end in self.date_at:
                return end if self.tokens[end - 1].word != fold("في") else position
            if (not token.is_word and token.word not in _COMMAS) or end in self.quantity_at:
                break
        return position

    def _date_before(self, position: int, first: int) -> DateRef | None:
        position -= 1
        while position >= first and self.tokens[position].word == "،":
            position -= 1
        if position >= first and position in self.date_at:
            return self.analysis.dates[self.date_at[position]]
        return None

    def _match_phrase(self, position: int, last: int, phrases: _Phrases) -> int:
        """Length in tokens of the longest phrase starting at ``position`` (0 when none).

        The last word of a phrase may be a proclitic ("وفقا ل") glued to the next word,
        but a phrase written out ("وفقا لما") is preferred.
        """
        first = self.tokens[position].word
        candidates = [
            phrase
            for phrase in phrases.starting_with(first, _strip_conjunction(first))
            if position + len(phrase) <= last
        ]
        for phrase in candidates:
            if self._words_at(position + 1, len(phrase) - 1) == phrase[1:]:
                return len(phrase)
        for phrase in candidates:
            size = len(phrase) - 1
            glued = size > 0 and phrase[-1] in ("ل", "لـ")
            if glued and self._words_at(position + 1, size - 1) == phrase[1:-1]:
                return size
        return 0

    def _phrase_topic(self, position: int) -> str | None:
        """The topic of a phrase of the lexicon that starts at ``position`` ("الدين العام")."""
        for words, topic in self.lex.topic_phrases.get(self.tokens[position].word, []):
            if self._words_at(position, len(words)) == words:
                return topic
        return None

    def _words_at(self, position: int, count: int) -> tuple[str, ...]:
        return tuple(token.word for token in self.tokens[position : position + count])

    def _speaker(self, report: _Report, reports: list[_Report]) -> SourceRef | None:
        """Whom a subjectless "وأضاف" continues: this sentence's last source, else the last one."""
        return self._latest_source(report, reports, verbs_only=False) or self.last_source

    def _main_speaker(self, report: _Report, reports: list[_Report]) -> SourceRef | None:
        """Whom a participle continues: the subject of the sentence's latest verb of saying
        before it ("إلا أن المصدر يقول ...، مشيرا إلى أن"; a marker's source, as in "وفقا
        للمعلومات الأولية", says nothing), else the words after the sentence's first one."""
        return self._latest_source(report, reports, verbs_only=True) or report.cited

    def _latest_source(
        self, report: _Report, reports: list[_Report], *, verbs_only: bool
    ) -> SourceRef | None:
        """The source of the sentence's last report before ``report`` that cites one (of a
        verb of saying, with ``verbs_only``)."""
        verbs = self.lex.verbs
        for earlier in reversed(reports):
            if earlier.position >= report.position or earlier.cited is None:
                continue
            word = _strip_conjunction(self.tokens[earlier.position].word)
            if not verbs_only or word in verbs:
                return earlier.cited
        return None

    def _inherited_source(self, first: int, reports: list[_Report]) -> SourceRef | None:
        """The previous sentence's source, when this one continues its report."""
        if first < len(self.tokens) and self._match_phrase(
            first, len(self.tokens), self.lex.continuations
        ):
            return self.last_source
        return self.last_source if reports and reports[0].inherits else None

    def _numbers_an_item(self, heading: Sentence, quantity: Quantity) -> bool:
        """Whether ``quantity`` numbers the item a heading opens ("«4»", "1.آرنولد", "2-قصف
        إيران", "4: فينيسيوس"), not a figure."""
        text = self.analysis.text
        before = text[heading.start : quantity.start].strip(' «("')
        after = text[quantity.end : heading.end].lstrip(" ")
        return not before and (not after or after[0] in '.-–:)»"')

    def _headline_subject(self, report: _Report, first: int) -> _Report:
        """A heading puts the subject first ("أرامكو تعلن أرباحا بقيمة 28 مليار"): the
        words that open it before the verb are the source, not the object after it."""
        subject = self._subject_before(report.position, first)
        if report.continues or subject is None or subject[0] != first:
            return report
        return replace(report, cited=self._source(*subject), via=None)

    def _headline_source(self, first: int, last: int) -> SourceRef | None:
        """Who a heading cites before a colon: "المرصد السوري: مقتل 20 مدنيا"; not a
        place, which says where ("ليبيا: 6 آلاف قتيل في درنة"), nor a topic ("حمى الضنك
        في السودان: 4700 إصابة")."""
        for position in range(first, min(last, first + _HEADLINE_SOURCE_WORDS + 1)):
            word = self.tokens[position].word
            if word in (":", "："):
                if position == first:
                    return None
                source = self._source(first, position)
                return source if self._names_a_speaker(first, position) else None
            if not self.tokens[position].is_word or position in self.quantity_at:
                return None
        return None

    def _names_a_speaker(self, first: int, end: int) -> bool:
        """Whether the words ``first..end`` before a heading's colon name who spoke: a
        person or an organisation ("المرصد السوري"، "الأمم المتحدة"), or a title or a body
        (``claims/speaker_titles.txt``: "وزير الصحة"), not a place or a topic ("سوريا"،
        "حمى الضنك في السودان"، "عكار تحترق")."""
        token = self.tokens[first]
        forms = {_strip_article(token.word), _strip_article(_strip_conjunction(token.word))}
        if forms & _SPEAKER_TITLES:
            return True
        start = self.norm.span(token.start, token.end)[0]
        return any(
            abs(mention.start - start) <= 1 and mention.type in ("PERSON", "ORG")
            for mention in self.analysis.entities
        )

    def _is_place(self, source: SourceRef) -> bool:
        """Whether a place's name is the whole of ``source``."""
        mention = self._mention_covering(source.start, source.end)
        return mention is not None and mention.type == "PLACE"

    def _remember(self, reports: list[_Report]) -> None:
        """Keep the sentence's last speaker for a next sentence that goes on ("وأضاف"), not
        the subject of a verb inside what another said ("وقال نصر الله إن الهجوم أظهر")."""
        for index, report in enumerate(reports):
            cited = self._main_speaker(report, reports) if report.continues else report.cited
            if cited is not None and not (index and self._inside_a_quote(cited)):
                self.last_source = cited

    def _inside_a_quote(self, source: SourceRef) -> bool:
        """Whether ``source`` opens a clause that a verb of saying introduced ("إن ...")."""
        token = self._token_at(source.start)
        return token > 0 and self.tokens[token - 1].word in _COMPLEMENTIZERS

    # -- claims ------------------------------------------------------------------------------

    def _is_claim(self, quantity: Quantity) -> bool:
        if quantity.unit in _TIME_UNITS:
            return False
        counted = fold(quantity.counted or "")
        if counted in _FREQUENCY_WORDS or counted in _LISTED or fold(quantity.text) in _UNCOUNTED:
            return False
        first = self._token_at(quantity.start)
        return not self._is_hypothetical(first) and not _is_back_reference(quantity)

    def _is_hypothetical(self, token: int) -> bool:
        for position in range(token - 1, max(token - 12, -1), -1):
            word = self.tokens[position].word
            if word in (".", "؟", "!", "؛"):
                return False
            if _strip_conjunction(word) in _HYPOTHETICAL:
                return True
        return False

    def _claim(
        self,
        q_index: int,
        quantity: Quantity,
        sentence: int,
        first: int,
        last: int,
        reports: list[_Report],
        inherited: SourceRef | None,
    ) -> Claim:
        token = self._token_at(quantity.start)
        clause_start, clause_end = self._clause(token, first, last)
        report = self._speaking_for(
            self._nearest_report(token, clause_start, clause_end, reports), reports
        )
        cited = via = None
        said = None
        if report is not None:
            cited = report.cited
            if report.inherits:
                cited = self._speaker(report, reports)
            elif report.continues:
                cited = self._main_speaker(report, reports)
            elif cited is None:  # "وبحسب وزارة المالية، يتوقع أن": the ministry expects
                cited = self._latest_source(report, reports, verbs_only=False)
            elif self._denies(report):  # "نفت الوزارة سقوط 30 قتيلا": not the ministry's
                cited = None
            via, said = report.via, report.said
        elif inherited is not None:
            cited = inherited
        if cited is not None and fold(cited.text) in _SAME_SOURCE and self.last_source:
            cited = self.last_source  # "وأضاف، حسب المصدر ذاته، أن": who spoke before
        at = self.norm.position(quantity.start)
        if _NOT_BEFORE.search(self.norm.text, max(0, at - _NOT_CHARS), at):
            # "لا يتجاوز 4700، وليس ثمانية آلاف كما يشاع": what the speaker denies is
            # whoever's "كما أعلنت السلطة" names, else nobody's
            cited, via = self._as_given_by(quantity), None
        said = said or self._day_of_clause(quantity, clause_start, clause_end)
        # the source's own words say not what befell the people a figure counts: "قالت غرفة
        # طوارئ معسكر أبوشوك للنازحين إن 62 شخصا على الأقل قتلوا" are killed, not displaced
        # (a sum may well be of what its source does: "الهيئة السعودية للاستثمار")
        people = quantity.unit is None and _counts_people(quantity.counted)
        source = range(0)
        if people and cited is not None and self._token_at(cited.start) < token:
            source = range(self._token_at(cited.start), self._token_at(max(cited.end - 1, 0)) + 1)
        topic = self._changed_to_topic(quantity) or self._topic(
            quantity, token, clause_start, clause_end, first, source
        )
        if topic == "casualties" and self._of_an_outbreak(sentence):
            topic = "cases"  # "312 إصابة جديدة بحمى الضنك": infected, not wounded
        text = self.analysis.text
        if _FROM_BEFORE.search(text, max(0, quantity.start - _FROM_CHARS), quantity.start):
            self._changed_from_topics[quantity.end] = topic
        return Claim(
            quantity=q_index,
            topic=topic,
            subject=self._subject_of(topic, quantity, clause_start, sentence),
            cited=cited,
            via=via,
            said=self._said_value(said, sentence),
            period=self._period(quantity, clause_start, clause_end),
            sentence=sentence,
            said_text=said.text if said else None,
        )

    def _of_an_outbreak(self, sentence: int) -> bool:
        """Whether the sentence, or the article's first one (its headline), names a
        disease or an outbreak (``claims/diseases.txt``)."""
        sentences = self.analysis.sentences
        return any(self._names_a_disease(sentences[index]) for index in {0, sentence})

    def _names_a_disease(self, sentence: Sentence) -> bool:
        if sentence.start not in self._outbreak:
            words = _DISEASE_WORD.findall(fold(self.analysis.text[sentence.start : sentence.end]))
            self._outbreak[sentence.start] = bool(words)
        return self._outbreak[sentence.start]

    def _changed_to_topic(self, quantity: Quantity) -> str | None:
        """The topic of the figure a change went from, for the figure it went to ("ارتفعت
        قيمة النجم من 74.7 مليون يورو إلى 162.8 مليون يورو": both values)."""
        text = self.analysis.text
        before = _TO_BEFORE.search(text, max(0, quantity.start - _FROM_CHARS), quantity.start)
        return self._changed_from_topics.get(before.start()) if before else None

    def _as_given_by(self, quantity: Quantity) -> SourceRef | None:
        """Who gave a figure that another denies, as the words after it name them: "وليس
        1850 مقعدا كما أعلنت السلطة" is the authority's."""
        given = _AS_GIVEN_BY.match(self.norm.text, self.norm.position(quantity.end))
        if given is None:
            return None
        first = bisect.bisect_right(self.token_starts, given.start(1)) - 1
        end = self._source_end(first, len(self.tokens))
        return self._source(first, end) if end > first else None

    def _day_of_clause(
        self, quantity: Quantity, clause_start: int, clause_end: int
    ) -> DateRef | None:
        """The day of the week before publication nearest to the figure in its clause: the
        day it was given for, when its source names none ("وقررت لجنة السياسة النقدية،
        اليوم الثلاثاء، رفع سعر الفائدة 100 نقطة أساس", "بلغت حتى صباح اليوم الأربعاء 65
        قتيلا"); not a day a period runs from ("منذ الأحد"), nor the day of the event a
        relative or temporal clause tells ("ضحايا الحافلة التي انقلبت فجر الثلاثاء",
        "عندما أبحر من زوارة مساء السبت", "يومي السبت والأحد")."""
        if clause_start >= clause_end:
            return None
        text, begin = self.analysis.text, self.tokens[clause_start].start
        end = self.tokens[clause_end - 1].end
        recent = [
            d
            for d in self._recent_days
            if begin <= d.start
            and d.end <= end
            and not _runs_to_now(text[begin:end], replace(d, start=d.start - begin))
            and not self._in_event_clause(d, clause_start)
        ]
        if not recent:
            return None
        return min(recent, key=lambda d: max(d.start - quantity.end, quantity.start - d.end, 0))

    def _in_event_clause(self, day: DateRef, clause_start: int) -> bool:
        """Whether a temporal clause, or a relative one of what struck, opens within
        ``_EVENT_CLAUSE_WORDS`` words before ``day`` (in its clause), or the day is one of
        two ("يومي")."""
        token = self._token_at(day.start)
        for position in range(token - 1, max(clause_start, token - _EVENT_CLAUSE_WORDS) - 1, -1):
            word = self.tokens[position].word
            if not self.tokens[position].is_word:
                return False
            if word in _EVENT_CLAUSE_OPENERS or _strip_conjunction(word) in _EVENT_CLAUSE_OPENERS:
                return True
            if word in _RELATIVE_PRONOUNS and self.tokens[position + 1].word in _STRUCK:
                return True
        return False

    @cached_property
    def _recent_days(self) -> list[DateRef]:
        """The article's days in the week before its publication (none when undated)."""
        published = self.analysis.published
        if published is None:
            return []
        return [
            d
            for d in self.analysis.dates
            if d.resolution == "day"
            and d.value
            and 0 <= (published.date() - _first_day(d.value)).days <= _RECENT_DAYS
        ]

    def _said_value(self, said: DateRef | None, sentence: int) -> str | None:
        """The ISO date a figure was said.  Nothing is said after publication: "بعد
        شهرين" (two months later) then counts from the latest earlier date of its
        sentence ("قال مسؤولون في يناير ... فيما أعلن نواب بعد شهرين": March), else
        the date is unknown."""
        if said is None:
            return None
        published = self.analysis.published
        if said.value is None or published is None or _first_day(said.value) <= published.date():
            return said.value
        today = published.date()
        bounds = self.analysis.sentences[sentence]
        earlier = [
            d
            for d in self.analysis.dates
            if bounds.start <= d.start and d.end <= said.start and d.value
        ]
        if not earlier or not said.text.startswith("بعد"):
            return None
        counted = find_dates(said.text, _first_day(earlier[-1].value or ""))
        value = counted[0].value if counted else None
        return value if value and _first_day(value) <= today else None

    def _clause(self, token: int, first: int, last: int) -> tuple[int, int]:
        """The clause around ``token``: clause-break words ("فيما", "بينما") bound it."""
        start, end = first, last
        for position in self._breaks(first, last):
            if position <= token:
                start = position
            else:
                end = position
                break
        return start, end

    def _breaks(self, first: int, last: int) -> list[int]:
        """Where the clauses of the sentence ``first..last`` break, found once per sentence."""
        if (first, last) not in self._clause_breaks:
            breaks = self.lex.breaks
            self._clause_breaks[(first, last)] = [
                position
                for position in range(first, last)
                if self.tokens[position].word == "؛" or self._match_phrase(position, last, breaks)
            ]
        return self._clause_breaks[(first, last)]

    def _speaking_for(self, report: _Report | None, reports: list[_Report]) -> _Report | None:
        """The report of whoever speaks for a country that expects or announces a figure
        inside what he said: "وقال وزير المالية إن مصر تتوقع 1.2 مليار" is the minister's."""
        if report is None or report.cited is None or not self._inside_a_quote(report.cited):
            return report
        if not self._is_place(report.cited):
            return report
        outer = [r for r in reports if r.position < report.position and r.cited is not None]
        return outer[-1] if outer else report

    def _nearest_report(
        self, token: int, clause_start: int, clause_end: int, reports: list[_Report]
    ) -> _Report | None:
        in_clause = [r for r in reports if clause_start <= r.position < clause_end]
        before = [r for r in in_clause if r.content <= token and not self._refers_back(r)]
        if before:
            return before[-1]
        earlier = [r for r in reports if r.content <= token and r.position < clause_start]
        if earlier:
            return earlier[-1]
        after = [r for r in reports if r.position > token and self._cites_backwards(r)]
        return after[0] if after else None

    def _refers_back(self, report: _Report) -> bool:
        """Whether the report is an aside on what came before it ("وليس 1850 مقعدا كما
        أعلنت السلطة"), not who speaks on after it; "كما" that opens a clause is "also"
        ("... . كما أعلن الجيش مقتل 46")."""
        position = report.position
        if position < 2 or self.tokens[position - 1].word != _AS:
            return False
        return self.tokens[position - 2].is_word  # "... كما أعلن", not ". كما أعلن" (also)

    def _denies(self, report: _Report) -> bool:
        """Whether the report is a denial: what it denies is somebody else's figure."""
        return _strip_conjunction(self.tokens[report.position].word) in _DENYING

    def _cites_backwards(self, report: _Report) -> bool:
        """ "..., بحسب المرصد" and "..., قال المتحدث" cite what came before them; a verb
        joined by و opens a clause of its own ("قتل 20 شخصا، وقال الجيش إنه فتح تحقيقا")."""
        word = self.tokens[report.position].word
        verb = _strip_conjunction(word)
        previous = self.tokens[report.position - 1].word if report.position else ""
        if verb not in self.lex.verbs:
            return True
        return previous == "،" and (verb == word or word in self.lex.verbs)

    def _topic(
        self,
        quantity: Quantity,
        token: int,
        clause_start: int,
        clause_end: int,
        first: int,
        source: range = range(0),
    ) -> str | None:
        """What the figure counts: its noun's topic, else the nearest word around it that
        names one (not a word of its ``source``'s name), else its unit's, else the topic an
        earlier figure of the sentence with the same noun took ("احتجزت السلطات أكثر من
        1870 شخصا ...، و251 شخصا"), else the noun itself."""
        noun = singular_noun(_without_accusative(singular_of_dual(fold(quantity.counted or ""))))
        found = self._topic_around(quantity, token, clause_start, clause_end, source)
        if found is not None and noun:
            self._noun_topics.setdefault((first, noun), found)
        if found is not None or quantity.unit in _UNIT_TOPICS or is_currency(quantity.unit):
            return found or _UNIT_TOPICS.get(quantity.unit or "") or "money"
        if not noun and quantity.unit is None:  # "عدد العاطلين عن العمل ناهز 651 ألفا"
            noun = self._noun_counted_before(clause_start, token) or ""
        return self._noun_topics.get((first, noun), noun or None)

    def _topic_around(
        self,
        quantity: Quantity,
        token: int,
        clause_start: int,
        clause_end: int,
        source: range = range(0),
    ) -> str | None:
        """The topic the figure's noun, or the nearest word around it, names; of a noun
        that names a group of people ("متظاهرين"), what befell them comes first ("قتل 5
        متظاهرين": killed)."""
        own, group = self._own_noun_topic(quantity)
        if own == "injured" and token > 0 and _names_death(self.tokens[token - 1].word):
            return "killed"  # "وفاة ثلاثة مصابين متأثرين بجراحهم": wounded who died
        if own is not None:
            return own
        # A sum or a measure counts no people ("تعويض بقيمة مليون روبل" for the victims).
        counts_people = quantity.unit is None and _counts_people(quantity.counted)
        end_token = self._token_at(max(quantity.end - 1, quantity.start))
        own_noun = range(end_token + 1, end_token + 1 + len((quantity.counted or "").split()))
        if counts_people and (befell := self._befalling(token, own_noun.stop, clause_end)):
            return befell
        weak = None
        for position in self._window(quantity, token, end_token, clause_start, clause_end):
            if position in source:
                continue  # the source's own words ("غرفة طوارئ معسكر ... للنازحين")
            if group and (position in own_noun or self._aimed_at(token, position)):
                continue  # what befell a group is no word of its name ("عشرات المحتجين")
            word = self.tokens[position].word
            topic = self._word_topic(position, quantity)
            if topic in _WEAK_TOPICS and not word.startswith("لل"):  # "للبرميل" tells
                weak = weak or topic
            elif topic and (counts_people or topic not in _PEOPLE_TOPICS):
                return topic if group is None or topic in _GROUP_TOPICS[group] else group
        if quantity.counted is None or counts_people:
            counted = self._count_subject(clause_start, token)
            if counted is not None and (group is None or counted in _GROUP_TOPICS[group]):
                return counted
        if weak is None and is_currency(quantity.unit):
            return self._sum_topic(clause_start, token - _WINDOW_BEFORE)
        return group or weak

    def _aimed_at(self, token: int, position: int) -> bool:
        """Whether the word at ``position`` stands before a preposition that takes the figure
        at ``token``: what was aimed at it ("إطلاق النار على آلاف المحتجين") is not what
        befell it."""
        return position < token - 1 and self.tokens[token - 1].word in _AIMED_AT

    def _befalling(self, token: int, after: int, clause_end: int) -> str | None:
        """What befell the people counted at ``token`` as the word right before it, or the
        verb at ``after`` (past their noun), says: "missing", "returned", "killed"
        ("فقدوا حياتهم"), or None."""
        if token > 0 and (befell := _BEFALLING_BEFORE.get(self.tokens[token - 1].word)):
            return befell
        if after >= clause_end or (befell := _BEFALLING_AFTER.get(self.tokens[after].word)) is None:
            return None
        following = self.tokens[after + 1] if after + 1 < clause_end else None
        if befell != "missing" or following is None or not following.is_word:
            return befell
        if following.word in _LIVES:
            return "killed"
        return "missing" if following.word in _MISSING_WHERE else None

    def _own_noun_topic(self, quantity: Quantity) -> tuple[str | None, str | None]:
        """The topic the figure's own noun names, and the group of people it names (whose
        topic yields to what befell them), each None when it names none."""
        group = None
        words = (quantity.counted or "").split()
        for word in words:
            topic = _topic_of(singular_of_dual(fold(word)), "noun")
            if topic in _GROUP_TOPICS:
                group = topic
            elif topic:
                return topic, None
        # A verb of what befell people read as the counted noun: "إن 5 قتلوا"
        befell = _topic_of(fold(words[0]), "predicate") if words else None
        return (befell, None) if befell in _PEOPLE_TOPICS else (None, group)

    def _window(
        self, quantity: Quantity, token: int, end_token: int, clause_start: int, clause_end: int
    ) -> list[int]:
        """The words around the figure (from ``token`` to ``end_token``) that may name its
        topic, nearest first."""
        window_end = min(end_token + 6, clause_end)
        window = [
            *range(token - 1, max(token - _WINDOW_BEFORE - 1, clause_start - 1), -1),
            *range(end_token + 1, window_end),
        ]
        # From a verb joined by و after the figure on, the words are last resorts: "قتل
        # مشتبه به 26 شخصا وأصاب 18" (the wounding is the next figure's), but "قمع آلاف
        # المدنيين وقتلوا" has no other word to tell; "4 أشخاص وأصاب واحدا" none at all.
        joined, taken = self._next_coordinated_verb(end_token + 1, window_end, clause_end)
        # The noun of an earlier figure is that figure's ("2500 وفاة ومليون حالة"), unless
        # this one takes part of it ("سبعة صواريخ، استهدفت 3 منها"); a later figure's may be
        # shared ("256 ضد 167 صوتا"), but not with a figure that counts a noun of its own
        # ("6430 حالة مشتبه بها و19 وفاة": the deaths are the 19).
        partitive = _PART_AFTER.match(self.analysis.text, quantity.end) is not None
        others = set() if partitive else {p for p in self.counted_at if p < token}
        if quantity.counted:
            quantities = self.analysis.quantities
            others |= {
                p
                for p, q in self.counted_at.items()
                if p > end_token and quantities[q] is not quantity
            }
        kept = [p for p in window if not (taken and p >= joined) and p not in others]
        return sorted(kept, key=lambda p: (p >= joined, abs(p - token)))

    def _word_topic(self, position: int, quantity: Quantity) -> str | None:
        """The topic the word at ``position`` gives the figure, if it may give it one."""
        word = self.tokens[position].word
        if word in _CARRYING and position + 1 != self._token_at(quantity.start):
            return None
        # Near a figure with a noun of its own, another noun names another figure ("نحو 20
        # شخصا، بينهم ثلاثة أطفال" are not 20 children) unless it says what befell people
        # ("حصيلة القتلى ... 1560 شخصا").
        noun = _topic_of(word, "noun")
        if quantity.counted and noun not in _PEOPLE_TOPICS:
            noun = None
        topic = self._phrase_topic(position) or _topic_of(word, "predicate") or noun
        if topic:
            topic = self._construct_head_topic(position) or topic
        if topic in _TOPIC_UNITS and not _TOPIC_UNITS[topic](quantity.unit):
            return None
        if topic in _MONEY_TOPICS and not _may_be_money(quantity):
            return None
        if topic in _SUM_TOPICS and quantity.counted and _counts_people(quantity.counted):
            return None  # "المساعدات لنحو 24 مليون يمني": people, not a sum
        return topic

    def _sum_topic(self, clause_start: int, before: int) -> str | None:
        """For a sum with no word of a topic near it, the nearest word of a topic of sums
        further back in its clause: "أكمل نادي الهلال صفقة ضم النجم البرازيلي نيمار من
        باريس سان جرمان مقابل نحو 100 مليون يورو" is the transfer fee."""
        for position in range(before, clause_start - 1, -1):
            topic = _topic_of(self.tokens[position].word, "predicate")
            if topic in _SUM_TOPICS:
                return topic
        return None

    def _count_subject(self, clause_start: int, token: int) -> str | None:
        """The topic of the noun after "عدد" or "حصيلة" earlier in the clause, which the
        figure gives however far it is: "عدد الوفيات الناجمة عن وباء الكوليرا في اليمن
        ارتفع إلى 2248 حالة"."""
        for position in range(token - 2, clause_start - 1, -1):
            if _strip_conjunction(self.tokens[position].word) in _COUNT_HEADS:
                topic = _topic_of(self.tokens[position + 1].word, "noun")
                after = self.tokens[position + 2].word if position + 2 < token else ""
                # "عدد حالات الوفاة ... بلغ 31 حالة": deaths, not cases of a disease
                return "killed" if topic == "cases" and _names_death(after) else topic
        return None

    def _noun_counted_before(self, clause_start: int, token: int) -> str | None:
        """The definite noun after "عدد" earlier in the clause, as a topic of its own
        where no topic names it ("عدد العاطلين" counts the unemployed)."""
        for position in range(token - 2, clause_start - 1, -1):
            if _strip_conjunction(self.tokens[position].word) in _COUNT_HEADS:
                word = self.tokens[position + 1].word
                if word.startswith("ال") and len(word) > _SHORTEST_COUNTED:
                    return singular_noun(_strip_article(word))
                return None
        return None

    def _next_coordinated_verb(self, start: int, end: int, clause_end: int) -> tuple[int, bool]:
        """The first verb or noun of a topic joined by و from ``start`` up to ``end`` (else
        ``end``), and whether a figure or number word of its own follows it in the clause,
        which it then speaks of ("وأصاب 18 آخرين", "وأصاب واحدا", "والإصابات تقترب من
        المليون")."""
        for position in range(start, end):
            word = self.tokens[position].word
            bare = _strip_conjunction(word)
            if bare != word and (_topic_of(bare, "predicate") or _topic_of(bare, "noun")):
                after = range(position + 1, min(position + _OWN_FIGURE_WORDS, clause_end))
                return position, any(self._figure_at(p) for p in after)
        return end, False

    def _figure_at(self, position: int) -> bool:
        """Whether a figure, or a number word the figures leave out ("واحدا"), is there."""
        if position in self.quantity_at:
            return True
        return _without_accusative(self.tokens[position].word) in _ONE

    def _construct_head_topic(self, position: int) -> str | None:
        """The topic of the head of a construct whose definite second word, a topic word
        itself, is at ``position``: the head says what is measured ("توزيعات الأرباح" are
        dividends, not profit), unless it says little ("أسعار الفائدة" are interest rates)."""
        word = self.tokens[position].word
        if position == 0 or not word.startswith("ال") or not self.tokens[position - 1].is_word:
            return None
        head = self.tokens[position - 1].word
        topic = None if head.startswith("ال") else _topic_of(head, "predicate")
        return None if topic in _WEAK_TOPICS else topic

    def _candidate(self, quantity: Quantity, clause_start: int) -> str | None:
        """Whose share of the vote a percentage is when a person is named before it in its
        clause: "حصل مرشح المعارضة محرم إنجه على 30.7 في المئة من الأصوات" is Ince's (his
        canonical key, so that another outlet's spelling of him lines up)."""
        if quantity.unit != "percent" or clause_start >= len(self.tokens):
            return None
        token = self.tokens[clause_start]
        begin = self.norm.span(token.start, token.end)[0]
        people = [
            m
            for m in self.analysis.entities
            if m.type == "PERSON" and begin <= m.start and m.end <= quantity.start
        ]
        return people[-1].canonical if people else None

    def _subject_of(
        self, topic: str | None, quantity: Quantity, clause_start: int, sentence: int
    ) -> str | None:
        """What tells this figure from others of its topic: a share of the vote's candidate,
        a sentence's penalty ("بالسجن المؤبد لـ5 متهمين"), who holds seats ("حصل ائتلاف
        السوداني على 46 مقعدا"), else ``_subject``."""
        if topic == "votes":
            return self._candidate(quantity, clause_start) or self._subject(quantity)
        start = self.analysis.sentences[sentence].start
        if topic == "sentenced":
            found = penalty(self.analysis.text, quantity, self.analysis.quantities, start)
            return found or self._subject(quantity)
        if topic == "seats":  # the party's, or none: "329 مقعدا" in all is no party's
            return seat_holder(self.analysis.text, quantity, self.analysis.entities, start)
        if topic == "magnitude":  # an aftershock's is no rival to the quake's own
            at, begin = self.norm.position(quantity.start), self.norm.position(start)
            before = self.norm.text[max(begin, at - _SHOCK_CHARS) : at]
            return _AFTERSHOCK if _AFTERSHOCK_WORD.search(before) else _MAIN_SHOCK
        return self._subject(quantity)

    def _subject(self, quantity: Quantity) -> str | None:
        """The counted noun and the nisba adjectives after it ("إصابة كورية شمالية"); of a
        percentage, what it is a share of ("5% من أرامكو"), and of a weight or a volume,
        what it is an amount of ("2.4 طن من الحشيش")."""
        if quantity.unit == "percent" or quantity.unit in _AMOUNT_UNITS:
            return self._share_of(quantity)  # "5% من أرامكو", "2.4 طن من الحشيش"
        if not quantity.counted:
            return None
        text = self.analysis.text
        start = text.find(quantity.counted, quantity.start)
        if start < 0:
            return quantity.counted
        end = start + len(quantity.counted)
        while (match := _NEXT_WORD.match(text, end)) and _is_nisba(fold(match.group(1))):
            end = match.end()
        return text[start:end]

    def _share_of(self, quantity: Quantity) -> str | None:
        """The words after "من" that a percentage is a share of: "80 في المئة من منتجات
        الفاكهة" -> "منتجات الفاكهة", "من القطارات الفرنسية" (a second word only where it
        continues the first: after a noun without the article, or with the article itself;
        never a stop word or a figure)."""
        match = _SHARE_OF.match(self.analysis.text, quantity.end)
        if match is None:
            return None
        first, *rest = (fold(word) for word in match.group(1).split())
        if first in _NP_STOPS:
            return None
        continues = rest and rest[0] not in _NP_STOPS
        if continues and (not first.startswith("ال") or rest[0].startswith("ال")):
            return match.group(1)
        return match.group(1).split()[0]

    def _period(self, quantity: Quantity, clause_start: int, clause_end: int) -> str | None:
        """A time window in the clause ("خلال ثلاثة أشهر") that bounds the claim."""
        for other in self.analysis.quantities:
            if other is quantity or other.unit not in _TIME_UNITS:
                continue
            token = self._token_at(other.start)
            if clause_start <= token < clause_end and token > 0:
                marker = self.tokens[token - 1].word
                if _strip_conjunction(marker) in _PERIOD_MARKERS or marker == "مدى":
                    start = self.norm.span(
                        self.tokens[token - 1].start, self.tokens[token - 1].end
                    )[0]
                    return self.analysis.text[start : other.end]
        return None


def _names_death(word: str) -> bool:
    """Whether ``word`` (folded) is a noun of dying that governs the figure after it
    ("وفاة", "ومصرع", "بمقتل"); not a verb after its subject ("60 قتلوا و3 آلاف أصيبوا")
    nor a noun that counts the dead ("52 قتيلا و2400 جريح")."""
    return word in _DYING or word[1:] in _DYING or word[2:] in _DYING


@lru_cache(maxsize=1 << 16)
def _topic_of(word: str, role: str) -> str | None:
    """The topic ``word`` names in ``role``: looked up as written, without its accusative
    alef, then without a proclitic."""
    topics = _lexicons().topics
    forms = _word_forms(word)
    # "تم توقيفهم", "فأصابهم": the verb without the people it took; "ركابها الـ65",
    # "جرحاهم": the noun without its possessor
    suffixes = _OBJECT_SUFFIXES if role == "predicate" else _POSSESSIVE_SUFFIXES
    forms += [bare for form in forms if (bare := _without_suffix(form, suffixes)) != form]
    if role == "noun":  # a plural's construct form: "من معتقلي غزة", "مصابي الحادث"
        forms += [form + "ن" for form in forms if form.endswith("ي")]
    for form in forms:
        if (form, role) in topics:
            return topics[(form, role)]
    return None


def _may_be_money(quantity: Quantity) -> bool:
    """Whether ``quantity`` is a sum, a share, or a bare figure that may be either."""
    if quantity.unit is None:
        return quantity.counted is None
    return quantity.unit == "percent" or is_currency(quantity.unit)


def _without_suffix(word: str, suffixes: tuple[str, ...]) -> str:
    """``word`` without the first of ``suffixes`` it ends with, keeping three letters."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def _may_open_report(word: str) -> bool:
    """Whether a report may start at ``word``: a verb of saying or the first word of a
    source marker.  Most words cannot, and are not read further."""
    lex = _lexicons()
    bare = _strip_conjunction(word)
    verbs = (lex.verbs, lex.impersonal, lex.relays, lex.participles, _SHOWING)
    return any(bare in words for words in verbs) or bool(lex.markers.starting_with(word, bare))


def counts_a_part(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` counts part of a larger figure ("مقتل
    11 شخصا، من بينهم 7 مدنيين و4 مقاتلين": 7 and 4), not a total of its own."""
    before = fold(sentence[max(0, start - 60) : start])
    if _PART_BEFORE.search(before) or _PART_AFTER.match(fold(sentence[end : end + 12])):
        return True
    return _PART_INSIDE.search(fold(sentence[start:end])) is not None  # "22 منهم على الأقل"


def counts_out_of(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``sentence[end]`` counts some out of a total written
    after it: "28 حريقا من أصل 34", "11 مقعدا من إجمالي 12"."""
    return _OUT_OF.match(fold(sentence[end : end + 40])) is not None


def counts_of_a_set(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``sentence[end]`` counts some of a set the text has
    named: "ثلاثة من الصواريخ" (of the seven missiles), "50 من المدنيين"."""
    return _OF_A_SET.match(fold(sentence[end : end + 20])) is not None


def earlier_event(
    sentence: str, start: int, end: int, published: datetime | None, said: str | None
) -> str | None:
    """The date of the earlier event the figure at ``sentence[start:end]`` counts, if it
    counts one: the date nearest to it in its sentence (other than when the figure was
    ``said``, not a "منذ ..." that runs to now, not a date it is compared with: "مقارنة
    بالفترة نفسها من العام الماضي") when that date ended over
    ``PAST_DAYS`` before ``published`` ("ففي مايو 2015، لقي 15 شخصا حتفهم" in a 2018
    report: "2015-05").  None for a figure of the news itself, or without a date of
    publication."""
    if published is None:
        return None
    dated = [
        d
        for d in _sentence_dates(sentence, published)
        if d.value
        and d.value != said
        and not _runs_to_now(sentence, d)
        and not _COMPARED_BEFORE.search(sentence, max(0, d.start - _COMPARED_CHARS), d.start)
        and not _clause_opening().search(fold(sentence[min(d.end, end) : max(d.start, start)]))
    ]
    if not dated:
        return None
    nearest = min(dated, key=lambda d: max(d.start - end, start - d.end, 0))
    last_day = _last_day(nearest.value or "")
    if last_day is None or (published.date() - last_day).days <= PAST_DAYS:
        return None
    return nearest.value


@cache
def _clause_opening() -> re.Pattern[str]:
    """A word that opens another clause, whose figures a date of this one does not date."""
    return re.compile(rf"(?<!\S)[وف]?(?:{alternation(_CLAUSE_OPENERS)})(?!\S)")


def _runs_to_now(sentence: str, dated: DateRef) -> bool:
    """Whether ``dated`` opens a period that runs to now ("منذ مطلع 2015")."""
    opening = dated.text.startswith("منذ")
    before = sentence[max(0, dated.start - _SINCE_CHARS) : dated.start]
    return opening or bool(_SINCE_BEFORE.search(before))


@lru_cache(maxsize=4096)
def _sentence_dates(sentence: str, published: datetime) -> list[DateRef]:
    """The dates of a sentence (the claims of one sentence ask for them in turn)."""
    return find_dates(sentence, published)


@lru_cache(maxsize=4096)
def _counted_object(word: str) -> bool:
    """Whether ``word`` is what a source estimates, with or without a pronoun ("عددهم",
    "قيمتها": its ta marbuta written ت)."""
    stems = (word, *(word.removesuffix(s) for s in ("هم", "ها", "ه") if word.endswith(s)))
    return any(
        stem in _COUNTED_OBJECTS or stem.removesuffix("ت") + "ه" in _COUNTED_OBJECTS
        for stem in stems
    )


def _first_day(value: str) -> date:
    """The first day of an ISO value of any resolution ("2025-01" -> 2025-01-01)."""
    if "-W" in value:
        return date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
    year, month, day = [*value.split("-"), "1", "1"][:3]
    return date(int(year), int(month), int(day))


def _last_day(value: str) -> date | None:
    """The last day of an ISO year, month or day; None for other values."""
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def counts_since_start(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is a running total since an operation,
    a war, a day or a year began ("مقتل أكثر من 1630 مدنياً منذ بدء الهجوم", "منذ 30 مارس"),
    said in its clause or one it is joined to by و: a total of weeks, not one day's toll.
    Not a record "since" ("أعلى مستوى منذ نوفمبر 2014")."""
    if "منذ" not in sentence:  # most figures: no clause to read
        return False
    after = _CLAUSE_EDGE.search(sentence, end)
    begin = _clause_start(sentence, start)
    if begin and sentence[begin:].lstrip().startswith("و"):
        # a clause joined by و shares the time of the one before: "أحبطت منذ بداية العام
        # نحو 1100 محاولة، وأنقذت أكثر من 16 ألف مهاجر"
        begin = _clause_start(sentence, begin - 1)
    clause = fold(sentence[begin : after.start() if after else len(sentence)])
    since = _SINCE_START.search(clause)
    return since is not None and not _RECORD_BEFORE.search(clause, 0, since.start())


def rate_of(sentence: str, end: int) -> str | None:
    """The period a figure ending at ``sentence[end]`` counts per, written within a few
    words after it ("600 شاحنة مساعدات يوميا", "10 ملايين برميل في اليوم", "راتب 100
    مليون يورو سنويا"): "day", "week", "month", "year" or "hour"; None for a total."""
    after = _CLAUSE_EDGE.search(sentence, end)
    rate = _RATE_AFTER.match(fold(sentence[end : after.start() if after else len(sentence)]))
    return _RATES[rate.group("rate")] if rate else None


def changed_from(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is what a figure changed from ("ارتفع
    التضخم من 5.2% إلى 6.8%": the 5.2), an earlier value, not the one reported now."""
    if not _FROM_BEFORE.search(sentence, max(0, start - _FROM_CHARS), start):
        return False
    return _TO_AFTER.match(sentence, end) is not None


def forecast_of(sentence: str, start: int, published: datetime | None) -> str | None:
    """When the figure at ``sentence[start:]`` is expected, not yet counted: its clause
    before it says so ("يتوقعون أن يتراجع التضخم إلى 25 بالمئة") and its sentence names a
    time still to come; that time, the year nearest the figure after the publication's
    ("بحلول 2020": "2020") or "to come" ("بنهاية العام", "العام المقبل").  None for a
    figure counted."""
    clause = fold(sentence[_clause_start(sentence, start) : start])
    if not _EXPECTED.search(clause):
        return None
    future = sorted(
        (abs(d.start - start), d.value[:4])
        for d in (_sentence_dates(sentence, published) if published else [])
        if d.value and d.value[:4].isdigit() and published and int(d.value[:4]) > published.year
    )
    if future:
        return future[0][1]
    return "to come" if _TO_COME.search(fold(sentence)) else None


def counts_earlier_toll(sentence: str, start: int) -> bool:
    """Whether the figure at ``sentence[start:]`` is a toll its article says was earlier or
    first ("وكانت الحصيلة السابقة أشارت إلى مقتل شخصين", "وكانت الوزارة قد أعلنت في وقت
    سابق من اليوم مقتل 43"), since overtaken."""
    if "حصيل" not in sentence and "سابق" not in sentence:  # most figures: nothing to read
        return False
    return bool(_EARLIER_TOLL.search(fold(sentence[_clause_start(sentence, start) : start])))


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last comma or semicolon."""
    edges = [match.end() for match in _CLAUSE_EDGE.finditer(sentence, 0, position)]
    return edges[-1] if edges else 0


def counts_among(sentence: str, start: int) -> bool:
    """Whether the figure starting at ``sentence[start]`` counts some among a group named
    before it ("وبين الضحايا 6 نساء و4 أطفال", "47 متهما، هم 21 مواطنا"): a part, whether
    or not its sentence gives the whole."""
    return _AMONG.search(fold(sentence[max(0, start - 40) : start])) is not None


def counts_new_ones(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``sentence[end]`` counts new ones added to a toll
    ("انتشال ثماني جثث جديدة"), not the toll itself."""
    return bool(_NEW_ONES.match(fold(sentence[end : end + 30])))


def _word_forms(word: str) -> list[str]:
    """ "وقتيلا" -> "وقتيلا", "وقتيل", "قتيلا", "قتيل", ...: the readings to look up."""
    stems = [word, _without_accusative(word)]
    forms = list(dict.fromkeys(stems))
    for stem in stems:
        for clitic in _PROCLITICS:
            if stem.startswith(clitic) and len(stem) - len(clitic) >= 2:
                forms.append(stem[len(clitic) :])
    return forms


def _counts_people(counted: str | None) -> bool:
    """Whether a figure with the counted noun ``counted`` may count people: no noun, one of
    ``people.txt`` or a relative adjective ("مدنيين", "فلسطينيا")."""
    if not counted:
        return True
    word = fold(counted.split()[0])
    if word in _NOT_COUNTED_NOUNS or _preposition_glued(word) or _conjunction_glued(word):
        return True  # no noun was read: "العشرات بجروح", "الآلاف جراء", "والمجاعة"
    word = _strip_article(_without_accusative(singular_of_dual(word)))
    # A relative adjective counts people in the masculine ("مدنيين", "فلسطينيا"); a word
    # in ية after a figure is a noun ("12 قرية", "5 عمليات" aside).
    return word in _lexicons().people or (_is_nisba(word) and not word.endswith("يه"))


def _preposition_glued(word: str) -> bool:
    """Whether a folded word opens with a glued ب, ل or ف before a word ANT has on its own
    ("بجروح"), not with a letter of its own ("4 بلدات", "3 فرص")."""
    return word[0] in "بلف" and lexicon().counts.get(word[1:], 0) >= _SEEN_ALONE


def _conjunction_glued(word: str) -> bool:
    """Whether a folded word opens with the conjunction و ("والمجاعة"), not with a و of
    its own ("وظيفة"): the rest is the commoner word in ANT."""
    counts = lexicon().counts
    return word.startswith("و") and counts.get(word[1:], 0) > counts.get(word, 0)


@lru_cache(maxsize=1 << 14)
def singular_noun(word: str) -> str:
    """A folded noun's singular when it is a sound feminine plural whose singular ANT has
    as often ("طائرات" -> "طائره": "80 طائرة" and "10 طائرات" count one thing); any other
    word as it is ("انتخابات" stays: "انتخابه" is his election)."""
    if len(word) > 4 and word.endswith("ات"):
        counts = lexicon().counts
        single = word[:-2] + "ه"
        if counts.get(single, 0) >= max(_SEEN_ALONE, counts.get(word, 0)):
            return single
    return word


def _without_accusative(word: str) -> str:
    """ "قتيلا" -> "قتيل": the alef of the accusative indefinite is not part of the noun."""
    return word[:-1] if word.endswith("ا") and len(word) > 3 else word


def _is_nisba(word: str) -> bool:
    """A relative adjective ("كورية", "شمالية", "غربيين"), not a particle ending in ي."""
    return len(word) > 3 and word not in _NP_STOPS and bool(_NISBA.search(word))


def _opens_a_clause(word: str) -> bool:
    """Whether a subject written before its verb may follow ``word``: a copula ("وكانت
    إسرائيل أعلنت"), a complementizer ("أن سوفت بنك أعلن") or a contrast ("لكن الشبكة
    قالت")."""
    return word in _SUBJECT_OPENERS or _is_copula(word)


def _is_copula(word: str) -> bool:
    return word in _COPULAS


def _strip_article(word: str) -> str:
    """ "الخطة" -> "خطة", "للخطة" -> "خطة": for look-ups of common nouns."""
    for article in ("لل", "ال"):
        if word.startswith(article) and len(word) > len(article) + 1:
            return word[len(article) :]
    return word


def _strip_conjunction(word: str) -> str:
    """ "وقال" -> "قال", "فأكد" -> "أكد": a conjunction glued to a verb."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _is_back_reference(quantity: Quantity) -> bool:
    """ "البلدان الثلاثة": a definite number word points back at a set already counted."""
    return (
        fold(quantity.text).startswith("ال") and quantity.value is not None and quantity.value < 11
    )
