"""Admin form checks so trainers cannot save a question that could never be answered right."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from assessments.cloze import ClozeError, cloze_parse


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
        """Translations match the question: one per language, and (but for short text) one line per option."""
        from assessments.models.translations import QuestionTranslation

        seen: set[str] = set()
        for data in self._translations():
            language = data.get("language", "")
            name = _language_name(language)
            if language in seen:
                return _("There are two %(language)s translations; keep one.") % {"language": name}
            seen.add(language)
            if t in ("short_text", "true_false", "numeric", "extended"):
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
        correct = sum(bool(o.get("is_correct")) for o in options)
        problem = None
        if t == "single" and (len(options) < 2 or correct != 1):
            problem = _("A single-choice question needs at least two options, exactly one of them correct.")
        elif t == "multiple" and (len(options) < 2 or correct < 1):
            problem = _("A multiple-response question needs at least two options, at least one correct.")
        elif t == "true_false" and cleaned.get("correct_boolean") is None:
            problem = _("Say whether the statement is true or false.")
        elif (
            t == "numeric"
            and cleaned.get("numeric_answer") is None
            and (cleaned.get("numeric_min") is None or cleaned.get("numeric_max") is None)
        ):
            problem = _("A numeric question needs an answer (with a tolerance) or a range.")
        elif t == "numeric" and cleaned.get("numeric_min") is not None and cleaned.get("numeric_max") is not None:
            if cleaned["numeric_min"] > cleaned["numeric_max"]:
                problem = _("The range must start below its end.")
        elif t == "short_text" and not any(o.get("text", "").strip() for o in options):
            problem = _("A short-text question needs at least one accepted answer (an option).")
        elif (
            t == "short_text"
            and any(o.get("is_correct") for o in options)
            and not any(o.get("is_correct") and o.get("fraction") == 1 for o in options)
        ):
            problem = _("One accepted answer must earn full credit (1), or nobody could score full marks.")
        elif t == "ordering" and len(options) < 2:
            problem = _("List at least two items.")
        elif t == "matching" and len([o for o in options if o.get("text", "").strip()]) < 2:
            problem = _("List at least two items to match (an option without text is a distractor).")
        elif t == "matching" and any(not o.get("match_text", "").strip() for o in options):
            problem = _("Every item of a matching question needs the text it matches.")
        elif t in ("single", "multiple", "short_text", "ordering") and any(
            not o.get("text", "").strip() for o in options
        ):
            problem = _("Every option needs its text.")
        elif t == "cloze" and cleaned.get("text"):
            try:
                cloze_parse(cleaned["text"])
            except ClozeError as exc:
                self.add_error("text", str(exc))
        problem = problem or self._translation_problem(t, options)
        if problem:
            self.add_error(None, problem)
        return cleaned


def _language_name(code: str) -> str:
    from django.conf import settings

    return str(dict(settings.LANGUAGES).get(code, code))
