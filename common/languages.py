"""How a piece of text in one language sits on a page in another: its `lang` and `dir`, and how lists are joined.

Content shown in its original language (a lesson not yet translated, a question's English text on an Arabic page)
keeps its own `lang` and `dir`, else the browser lays English out right to left ("from a tool." becomes
".from a tool"). One helper decides, so every template says the same thing (docs/decisions/0136).
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

# A list's separators as each language writes them; Arabic has its own comma and semicolon, French spaces its
# semicolon. Not gettext: a translator cannot see a lone ", " in context and punctuation is a property of the script.
_SEPARATORS = {
    "ar": {"list": "، ", "clauses": "؛ "},
    "fa": {"list": "، ", "clauses": "؛ "},
    "fr": {"list": ", ", "clauses": " ; "},
}
_DEFAULT_SEPARATORS = {"list": ", ", "clauses": "; "}


def language_base(language: str | None) -> str:
    """ "fr-ca" → "fr"; nothing → the active language (or the site's default)."""
    return (language or translation.get_language() or settings.LANGUAGE_CODE).lower().split("-")[0]


def language_or_default(language: str | None) -> str:
    """`language` if the site speaks it (settings.LANGUAGES), else the site's default: the language to write to a
    person in, from their account's preference or the line of a teacher list that named it."""
    code = (language or "").lower()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def language_direction(language: str | None) -> str:
    """ "rtl" for Arabic, Hebrew, Persian, Urdu…, "ltr" otherwise (Django's LANGUAGES_BIDI)."""
    return "rtl" if language_base(language) in settings.LANGUAGES_BIDI else "ltr"


def content_lang_attrs(language: str | None, *, page_language: str | None = None) -> str:
    """` lang="en" dir="ltr"` for content in `language` on a page in another language, "" when they agree.

    An empty `language` is the site's default content language (text with no recorded language is the original).
    """
    content = language_base(language or settings.LANGUAGE_CODE)
    if content == language_base(page_language):
        return ""
    return format_html(' lang="{}" dir="{}"', content, language_direction(content))


def list_join(items, *, kind: str = "list", language: str | None = None) -> str:
    """Items joined with the language's separator: "a, b" in English, "a، b" in Arabic; kind "clauses" for ";"."""
    separators = _SEPARATORS.get(language_base(language), _DEFAULT_SEPARATORS)
    return separators.get(kind, separators["list"]).join(str(item) for item in items)


# Languages that write a language's name in lower case inside a sentence ("disponible en français").
_LOWER_CASE_LANGUAGE_NAMES = {"fr", "es", "it", "pt", "ca"}


def language_name_in_sentence(code: str) -> str:
    """A language's name in the active language, as it reads inside a sentence: "anglais", "الإنجليزية", "English".

    Django's translated names are capitalised as in a menu; French and Spanish lower-case them mid-sentence.
    """
    try:
        name = str(translation.get_language_info(language_base(code))["name_translated"])
    except KeyError:
        return code
    if language_base(None) in _LOWER_CASE_LANGUAGE_NAMES:
        return name[:1].lower() + name[1:]
    return name
