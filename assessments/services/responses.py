"""Checking what the browser sent against the frozen question before it is stored."""

from django.utils.translation import gettext as _

from .errors import AssessmentError

MAX_SHORT = 500
MAX_ESSAY = 50_000


def response_clean(*, question: dict, response):
    """The response in its stored shape, or None for 'no answer'. Unknown option tokens are refused."""
    t = question["type"]
    tokens = {o["token"] for o in question.get("options", [])}
    if response in (None, "", [], {}):
        return None
    if t == "single":
        if not isinstance(response, str) or response not in tokens:
            raise AssessmentError(_("Choose one of the options."), code="response")
        return response
    if t == "multiple":
        picked = [response] if isinstance(response, str) else response
        if not isinstance(picked, list) or not set(picked) <= tokens:
            raise AssessmentError(_("Choose among the options."), code="response")
        return sorted(set(picked))
    if t == "true_false":
        value = str(response).strip().lower()
        if value not in ("true", "false"):
            raise AssessmentError(_("Answer true or false."), code="response")
        return value
    if t in ("numeric", "short_text"):
        if not isinstance(response, str):
            raise AssessmentError(_("Type your answer."), code="response")
        return response[:MAX_SHORT]
    if t == "ordering":
        if not isinstance(response, list) or sorted(response) != sorted(tokens):
            raise AssessmentError(_("Give each item one place in the order."), code="response")
        return list(response)
    if t == "matching":
        choices = {c["token"] for c in question.get("choices", [])}
        if not isinstance(response, dict) or not set(response) <= tokens:
            raise AssessmentError(_("Match among the items shown."), code="response")
        cleaned = {k: v for k, v in response.items() if v}
        if not set(cleaned.values()) <= choices:
            raise AssessmentError(_("Match among the items shown."), code="response")
        return cleaned or None
    if t == "extended":
        text = response.get("text", "") if isinstance(response, dict) else str(response)
        return {"text": str(text)[:MAX_ESSAY]}
    if t == "cloze":
        return _cloze_clean(question, response)
    raise AssessmentError(_("Unknown question type."), code="response")


def _cloze_clean(question: dict, response) -> dict | None:
    """{"gap number": text, choice token or list of tokens}; gaps left empty are dropped."""
    gaps = {str(g["number"]): g for g in question.get("gaps", [])}
    if not isinstance(response, dict) or not set(response) <= set(gaps):
        raise AssessmentError(_("Answer the gaps shown."), code="response")
    cleaned: dict = {}
    for number, value in response.items():
        gap = gaps[number]
        tokens = {o["token"] for o in gap.get("options", [])}
        if value in (None, "", []):
            continue
        if gap["kind"] in ("shortanswer", "numerical"):
            if not isinstance(value, str):
                raise AssessmentError(_("Type your answer in gap %(n)s.") % {"n": number}, code="response")
            if value.strip():
                cleaned[number] = value[:MAX_SHORT]
        elif gap["kind"] == "multichoice":
            if not isinstance(value, str) or value not in tokens:
                raise AssessmentError(_("Choose one of the options of gap %(n)s.") % {"n": number}, code="response")
            cleaned[number] = value
        else:
            picked = [value] if isinstance(value, str) else value
            if not isinstance(picked, list) or not set(picked) <= tokens:
                raise AssessmentError(_("Choose among the options of gap %(n)s.") % {"n": number}, code="response")
            cleaned[number] = sorted(set(picked))
    return cleaned or None
