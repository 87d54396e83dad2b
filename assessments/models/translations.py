"""A question's words in another language. Attempts copy the teacher's language at start (docs/decisions/0060).

Options are translated as lines, in the order of the question's options, so a translation never changes which
option is which: grading works on option identity (per-attempt tokens), never on the text shown.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

SEPARATOR = "|"


class QuestionTranslation(Orderable):
    question = ParentalKey("assessments.Question", on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    text = models.TextField(_("question text"))
    options = models.TextField(
        _("options"),
        blank=True,
        help_text=_(
            "One line per option, in the order of the options above: “text | feedback”; for matching questions "
            "“text | matches | feedback”. For short-text questions, one accepted answer per line (answers in the "
            "original language stay accepted)."
        ),
    )
    general_feedback = models.TextField(_("general feedback"), blank=True)

    panels = [FieldPanel("language"), FieldPanel("text"), FieldPanel("options"), FieldPanel("general_feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(fields=["question", "language"], name="question_translation_unique_language"),
        ]

    def __str__(self) -> str:
        return f"{self.question_id} · {self.language}"

    def option_lines(self) -> list[str]:
        return [line.strip() for line in (self.options or "").splitlines() if line.strip()]

    def option_parts(self, *, matching: bool) -> list[dict]:
        """Each line as {"text", "match_text", "feedback"} (empty strings where the line leaves a part out)."""
        out = []
        for line in self.option_lines():
            parts = [p.strip() for p in line.split(SEPARATOR)]
            if matching:
                text, match_text, feedback = (parts + ["", "", ""])[:3]
            else:
                text, feedback = parts[0], SEPARATOR.join(parts[1:]).strip()
                match_text = ""
            out.append({"text": text, "match_text": match_text, "feedback": feedback})
        return out
