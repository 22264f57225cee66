"""What is read but is no Arabic news article: an error page a scraper saved ("الصفحة غير
موجودة", a Cloudflare check) or a text in another language.  Each is refused with the
reason, so that it is reported and skipped rather than stored and grouped into a story.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.extract.lexicon import read_rows
from khabar.model import Document
from khabar.text.normalize import fold

# Error pages are short; an article may well quote one of their phrases.
_ERROR_PAGE_WORDS = 150
_ERROR_PAGE_CHARS = 3000  # more than 150 words of any page's length
_ERROR_PAGE_OPENING = 300  # the characters of the text the phrases are looked for in
# A title that is an HTTP error's code: "404", "خطأ 404", "404 - اليوم السابع".
_ERROR_TITLE = re.compile(r"\W*(?:خطأ|error)?\s*(?:40[034]|50[0234])\s*(?:$|[-|–:])", re.IGNORECASE)
# An Arabic article may carry more Latin letters than Arabic ones (a film list, a page's
# script left in); a text of another language has next to no Arabic letters.
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_LETTERS = 200
_LANGUAGES = {"en": "English", "fr": "French", "und": "no language khabar knows"}


@cache
def _error_phrases() -> dict[str, str]:
    """Each phrase of the data file, folded and lower-cased, to the phrase as written."""
    return {fold(phrase).lower(): phrase for _, (phrase, *_) in read_rows("error_pages.txt", 1)}


def not_an_article(document: Document) -> str | None:
    """Why ``document`` is no Arabic news article, or None when it is one."""
    text = document.text
    # an error page is short: most articles are told apart by their length alone
    if len(text) <= _ERROR_PAGE_CHARS and len(text.split()) <= _ERROR_PAGE_WORDS:
        if document.title and _ERROR_TITLE.match(document.title):
            return f"an error page, not an article (title {document.title!r})"
        page = fold(f"{document.title or ''}\n{text[:_ERROR_PAGE_OPENING]}").lower()
        for folded, phrase in _error_phrases().items():
            if folded in page:
                return f"an error page, not an article ({phrase!r})"
    language = document.language or "ar"
    if language != "ar" and len(_ARABIC_LETTER.findall(text)) < _ARABIC_LETTERS:
        name = _LANGUAGES.get(language, language)
        return f"not Arabic text ({name}): khabar analyses Arabic news"
    return None
