"""Reading a plain HTML form (no JavaScript needed) into a response, and showing responses back."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .question_types import question_kind
from .question_types.ordering import OrderingPlacesError

__all__ = ["OrderingPlacesError", "correct_display", "response_display", "response_from_form"]


def response_from_form(question: dict, data) -> object:
    """The raw response a form carries for one frozen question; response_clean checks it afterwards."""
    return question_kind(question["type"]).response_from_form(question, data)


def response_display(question: dict, response) -> str:
    """A teacher's response in words, for results and for the trainer."""
    if response in (None, "", [], {}):
        return _("(no answer)")
    return question_kind(question["type"]).response_display(question, response)


def correct_display(question: dict) -> str:
    return question_kind(question["type"]).correct_display(question)


class ReviewForm(forms.Form):
    feedback = forms.CharField(label=gettext_lazy("Feedback to the teacher"), widget=forms.Textarea, required=False)
    holistic_score = forms.CharField(label=gettext_lazy("Score (%) when there is no rubric"), required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("gift", "GIFT"), ("moodle-xml", gettext_lazy("Moodle XML"))]
    )
    competency = forms.CharField(label=gettext_lazy("Competency code"), help_text=gettext_lazy("For example KA.3"))
