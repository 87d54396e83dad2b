"""Reading a plain HTML form (no JavaScript needed) into a response, and showing responses back."""

from decimal import Decimal

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
    if t == "cloze":
        return {
            str(g["number"]): data.getlist(f"gap-{g['number']}")
            if g["kind"] == "multiresponse"
            else data.get(f"gap-{g['number']}", "")
            for g in question.get("gaps", [])
        }
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
    if t == "cloze":
        return "; ".join(
            _("Gap %(n)s: %(answer)s") % {"n": number, "answer": _gap_display(question, number, value)}
            for number, value in sorted(response.items(), key=lambda kv: int(kv[0]))
        )
    return str(response)


def _gap_display(question: dict, number: str, value) -> str:
    gap = next((g for g in question.get("gaps", []) if str(g["number"]) == number), {})
    labels = {o["token"]: o["text"] for o in gap.get("options", [])}
    if isinstance(value, list):
        return ", ".join(labels.get(v, "") for v in value)
    return labels.get(value, value) if labels else str(value)


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
    if t == "cloze":
        return "; ".join(
            _("Gap %(n)s: %(answer)s") % {"n": i, "answer": _gap_right(gap)} for i, gap in enumerate(key["gaps"], 1)
        )
    if t == "ordering":
        return " → ".join(key.get("labels", []))
    if t == "matching":
        return "; ".join(f"{a} → {b}" for a, b in key.get("labels", {}).items())
    return ""


def _gap_right(gap: dict) -> str:
    if gap["kind"] == "multiresponse":
        return ", ".join(a["text"] for a in gap["answers"] if Decimal(a["fraction"]) > 0)
    best = max(gap["answers"], key=lambda a: Decimal(a["fraction"]))
    if gap["kind"] == "numerical" and best.get("tolerance") not in (None, "0"):
        return f"{best['text']} ± {best['tolerance']}"
    return best["text"]


class ReviewForm(forms.Form):
    feedback = forms.CharField(label=gettext_lazy("Feedback to the teacher"), widget=forms.Textarea, required=False)
    holistic_score = forms.CharField(label=gettext_lazy("Score (%) when there is no rubric"), required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("gift", "GIFT"), ("moodle-xml", gettext_lazy("Moodle XML"))]
    )
    competency = forms.CharField(label=gettext_lazy("Competency code"), help_text=gettext_lazy("For example KA.3"))


def cloze_fields(question: dict, response) -> list[dict]:
    """The cloze text as pieces for the player: plain text, or a gap with its field's name, label and state."""
    given = response if isinstance(response, dict) else {}
    gaps = {g["number"]: g for g in question.get("gaps", [])}
    total = len(gaps)
    pieces = []
    for segment in question.get("segments", []):
        if "text" in segment:
            pieces.append({"text": segment["text"]})
            continue
        gap = gaps[segment["gap"]]
        value = given.get(str(gap["number"]), [] if gap["kind"] == "multiresponse" else "")
        chosen = value if isinstance(value, list) else [value]
        pieces.append(
            {
                "gap": {
                    **gap,
                    "name": f"gap-{gap['number']}",
                    "label": _("Gap %(n)d of %(total)d") % {"n": gap["number"], "total": total},
                    "value": value if isinstance(value, str) else "",
                    "options": [{**o, "checked": o["token"] in chosen} for o in gap.get("options", [])],
                }
            }
        )
    return pieces
