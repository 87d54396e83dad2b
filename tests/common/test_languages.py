"""Text in one language on a page in another: its lang/dir, list separators and language names in a sentence."""

from django.utils import translation

from common.languages import content_lang_attrs, language_direction, language_name_in_sentence, list_join


def test_content_in_another_language_gets_its_lang_and_dir():
    with translation.override("ar"):
        assert content_lang_attrs("en") == ' lang="en" dir="ltr"'
        assert content_lang_attrs("") == ' lang="en" dir="ltr"', "no recorded language: the original, English"
        assert content_lang_attrs("ar") == ""
        assert content_lang_attrs("ar-eg") == ""
    with translation.override("fr"):
        assert content_lang_attrs("ar") == ' lang="ar" dir="rtl"'
        assert content_lang_attrs("fr") == ""
    assert content_lang_attrs("en", page_language="es") == ' lang="en" dir="ltr"'
    assert content_lang_attrs('en" onclick="x', page_language="fr").count('"') == 4, "escaped"
    assert language_direction("ar") == "rtl" and language_direction("fr-ca") == "ltr"


def test_lists_are_joined_as_the_language_writes_them():
    with translation.override("ar"):
        assert list_join(["أ", "ب"]) == "أ، ب"
        assert list_join(["أ", "ب"], kind="clauses") == "أ؛ ب"
    with translation.override("fr"):
        assert list_join(["a", "b"], kind="clauses") == "a ; b"
    with translation.override("en"):
        assert list_join(["a", "b", "c"]) == "a, b, c" and list_join(["a", "b"], kind="clauses") == "a; b"


def test_language_names_read_as_words_of_the_sentence():
    with translation.override("fr"):
        assert language_name_in_sentence("en") == "anglais" and language_name_in_sentence("fr") == "français"
    with translation.override("es"):
        assert language_name_in_sentence("en") == "inglés"
    with translation.override("ar"):
        assert "English" not in language_name_in_sentence("en") and "الإنجليزي" in language_name_in_sentence("en")
    with translation.override("en"):
        assert language_name_in_sentence("fr") == "French"
