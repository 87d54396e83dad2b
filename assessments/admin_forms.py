"""Admin form checks so trainers cannot save a question that could never be answered right."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from assessments.question_types import question_kind


class QuestionAdminForm(WagtailAdminModelForm):
    def __init__(self, data=None, *args, instance=None, **kwargs):
        # A post made before questions had translations (scripts, old forms) has no translations formset: for a
        # question without translations that means "none", not a broken form. With translations it stays an error,
        # so an omitted formset can never delete them.
        untranslated = instance is None or instance.pk is None or not instance.translations.exists()
        if data is not None and "translations-TOTAL_FORMS" not in data and untranslated:
            data = data.copy()
            data.update({"translations-TOTAL_FORMS": "0", "translations-INITIAL_FORMS": "0"})
        super().__init__(data, *args, instance=instance, **kwargs)

    def _options(self) -> list[dict]:
        formset = self.formsets.get("options")
        if formset is None or not formset.is_valid():
            return []
        return [f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]

    def _translations(self) -> list[dict]:
        formset = self.formsets.get("translations")
        if formset is None or not formset.is_valid():
            return []
        return [f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]

    def _translation_problem(self, t: str, options: list[dict]) -> str | None:
        """Translations match the question: one per language, and one line per option where the type says so."""
        from assessments.models.translations import QuestionTranslation

        seen: set[str] = set()
        for data in self._translations():
            language = data.get("language", "")
            name = _language_name(language)
            if language in seen:
                return _("There are two %(language)s translations; keep one.") % {"language": name}
            seen.add(language)
            if t and not question_kind(t).translation_line_per_option:
                continue
            lines = QuestionTranslation(options=data.get("options", "")).option_lines()
            if len(lines) != len(options):
                return _(
                    "The %(language)s translation has %(lines)d option lines; the question has %(options)d options. "
                    "Write one line per option, in the same order."
                ) % {"language": name, "lines": len(lines), "options": len(options)}
        return None

    def clean(self):
        cleaned = super().clean()
        t = cleaned.get("type")
        options = self._options()
        problem = None
        if t:
            kind = question_kind(t)
            problem = kind.admin_problem(cleaned, options)
            text_error = kind.admin_text_error(cleaned["text"]) if cleaned.get("text") else None
            if text_error:
                self.add_error("text", text_error)
        problem = problem or self._translation_problem(t, options)
        if problem:
            self.add_error(None, problem)
        return cleaned


def _language_name(code: str) -> str:
    from django.conf import settings

    return str(dict(settings.LANGUAGES).get(code, code))
