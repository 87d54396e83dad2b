"""Reading a plain HTML form (no JavaScript needed) into a response, and showing responses back."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .services.errors import AssessmentError


def response_from_form(question: dict, data) -> object:
    """The raw response a form carries for one frozen question; response_clean checks it afterwards."""
    t = question["type"]
    if t == "multiple":
        return data.getlist("response")
    if t == "ordering":
        ranks = {}
        for option in question["options"]:
            value = data.get(f"rank-{option['token']}", "")
            if value:
                ranks[option["token"]] = value
        if not ranks:
            return None
        if len(ranks) != len(question["options"]) or len(set(ranks.values())) != len(ranks):
            raise AssessmentError(
                _("Give each item a different place, from 1 to %(n)d.") % {"n": len(question["options"])},
                code="response",
            )
        try:
            return sorted(ranks, key=lambda token: int(ranks[token]))
        except ValueError as exc:
            raise AssessmentError(_("Places are numbers."), code="response") from exc
    if t == "matching":
        return {o["token"]: data.get(f"match-{o['token']}", "") for o in question["options"]}
    if t == "extended":
        return {"text": data.get("text", "")}
    return data.get("response", "")


def response_display(question: dict, response) -> str:
    """A teacher's response in words, for results and for the trainer."""
    if response in (None, "", [], {}):
        return _("(no answer)")
    labels = {o["token"]: o["text"] for o in question.get("options", [])}
    choices = {c["token"]: c["text"] for c in question.get("choices", [])}
    t = question["type"]
    if t in ("single",):
        return labels.get(response, "")
    if t == "multiple":
        return "; ".join(labels.get(r, "") for r in response)
    if t == "true_false":
        return _("True") if response == "true" else _("False")
    if t == "ordering":
        return " → ".join(labels.get(r, "") for r in response)
    if t == "matching":
        return "; ".join(f"{labels.get(k, '')} → {choices.get(v, '')}" for k, v in response.items())
    if t == "extended":
        return response.get("text", "")
    return str(response)


def correct_display(question: dict) -> str:
    key, t = question["key"], question["type"]
    if t == "single":
        return "; ".join(key.get("labels", {}).values())
    if t == "multiple":
        return "; ".join(key.get("labels", {}).values())
    if t == "true_false":
        return _("True") if key["correct"] else _("False")
    if t == "numeric":
        if "min" in key:
            return _("from %(min)s to %(max)s") % key
        return f"{key['answer']} ± {key['tolerance']}" if key.get("tolerance") not in (None, "0") else key["answer"]
    if t == "short_text":
        return key["accepted"][0] if key["accepted"] else ""
    if t == "ordering":
        return " → ".join(key.get("labels", []))
    if t == "matching":
        return "; ".join(f"{a} → {b}" for a, b in key.get("labels", {}).items())
    return ""


class ReviewForm(forms.Form):
    feedback = forms.CharField(label=gettext_lazy("Feedback to the teacher"), widget=forms.Textarea, required=False)
    holistic_score = forms.CharField(label=gettext_lazy("Score (%) when there is no rubric"), required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("gift", "GIFT"), ("moodle-xml", gettext_lazy("Moodle XML"))]
    )
    competency = forms.CharField(label=gettext_lazy("Competency code"), help_text=gettext_lazy("For example KA.3"))
