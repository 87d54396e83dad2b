"""What single choice and multiple response share: Moodle's multichoice, the options' words and their feedback."""

from decimal import Decimal

from django.utils.translation import gettext as _

from .base import XML_COMBINED_FEEDBACK, percent, xml_answer
from .exchange import DraftOption, fraction_of, wrong_pick_penalty


def multichoice_xml(single: bool, pairs: list[tuple[object, Decimal]]) -> str:
    head = f"<single>{'true' if single else 'false'}</single>"
    head += "<shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>"
    head += "<showstandardinstruction>0</showstandardinstruction>" + XML_COMBINED_FEEDBACK
    return head + "".join(xml_answer(percent(fraction), o.text, o.feedback) for o, fraction in pairs)


def multichoice_read(q, d) -> None:
    """Moodle's multichoice: <single>true</single> is single choice (no partial credit), else multiple response."""
    answers = q.findall("answer")
    single = (q.find("single") is None) or q.find("single").text.strip().lower() in ("true", "1")
    d.options = [
        DraftOption(text=a.value(), correct=fraction_of(a) > 0, feedback=a.value("feedback"), line=a.line)
        for a in answers
    ]
    if single:
        d.type = "single"
        if any(0 < fraction_of(a) < 100 for a in answers):
            raise ValueError(
                f"{d.where()}: "
                + _("partial credit in a single-choice question is not supported; use multiple response")
            )
        for o, a in zip(d.options, answers, strict=True):
            o.correct = fraction_of(a) == 100
    else:
        d.type, d.multiple_scoring = "multiple", "proportional"
        d.penalty = wrong_pick_penalty([fraction_of(a) for a in answers])


def snapshot_choices(q: dict, question, ctx) -> tuple[list, list[str]]:
    """Options under tokens (shuffled when the rules say), their feedback, the right answers' labels."""
    options, words = ctx.options, ctx.words
    q["options"] = [
        {"token": ctx.tokens[o.pk], "text": words.option(o)} for o in ctx.shuffled(options, ctx.shuffle_options)
    ]
    q["feedback"]["options"] = {
        ctx.tokens[o.pk]: words.option(o, "feedback") for o in options if words.option(o, "feedback")
    }
    labels = {ctx.tokens[o.pk]: words.option(o) for o in options if o.is_correct}
    return [ctx.tokens[o.pk] for o in options if o.is_correct], labels


def chosen_feedback(question: dict, response) -> list[str]:
    feedback = question["feedback"]
    chosen = response if isinstance(response, list) else [response]
    return [feedback["options"][t] for t in chosen if t in feedback.get("options", {})]


def admin_option_texts(options: list[dict]) -> str | None:
    if any(not o.get("text", "").strip() for o in options):
        return _("Every option needs its text.")
    return None
