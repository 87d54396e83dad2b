"""Extended response: a text (and a file, if allowed) graded by a trainer, with a rubric when there is one.

Kept open to extension (peer review hooks in from its own app): the frozen part is ExtendedFrozen, and its stored
field names (allow_file, rubric) and the response's shape ({"text": …}) do not change.
"""

from dataclasses import dataclass
from decimal import Decimal

from .base import Frozen, QuestionKind, xml_rich

MAX_ESSAY = 50_000


@dataclass
class ExtendedFrozen(Frozen):
    allow_file: bool
    rubric: dict | None  # the rubric as frozen by Rubric.snapshot(), or None for a holistic score


class Extended(QuestionKind):
    name = "extended"
    moodle_type = "essay"
    graded_by_trainer = True
    takes_file = True
    translation_lines = ""  # a translation has the text and the general feedback only

    def response_from_form(self, question: dict, data):
        return {"text": data.get("text", "")}

    def response_clean(self, question: dict, response):
        text = response.get("text", "") if isinstance(response, dict) else str(response)
        return {"text": str(text)[:MAX_ESSAY]}

    def response_blank(self, response) -> bool:
        text = response.get("text", "") if isinstance(response, dict) else ""
        return not text.strip()

    def response_erased(self, response):
        """An essay is the person's own writing: its text goes, its score and the trainer's review stay."""
        return {"text": ""} if isinstance(response, dict) and response.get("text") else response

    def snapshot(self, q: dict, question, ctx) -> None:
        frozen = ExtendedFrozen(
            allow_file=question.allow_file, rubric=question.rubric.snapshot() if question.rubric_id else None
        )
        q.update(frozen.as_dict())  # beside the key (which stays {}), as attempts have always stored them

    def grade(self, key: dict, response) -> Decimal | None:
        return None  # a trainer grades it

    def response_display(self, question: dict, response) -> str:
        return response.get("text", "")

    def gift(self, question, options: list) -> str:
        return ""

    def moodle_xml(self, question, options: list) -> str:
        return (
            "<responseformat>plain</responseformat><responserequired>1</responserequired>"
            "<responsefieldlines>15</responsefieldlines><minwordlimit></minwordlimit><maxwordlimit></maxwordlimit>"
            f"<attachments>{1 if question.allow_file else 0}</attachments>"
            "<attachmentsrequired>0</attachmentsrequired><maxbytes>0</maxbytes><filetypeslist></filetypeslist>"
            + xml_rich("graderinfo")
            + xml_rich("responsetemplate")
        )

    def from_moodle_xml(self, node, draft) -> None:
        draft.type = self.name
        attachments = node.find("attachments")
        draft.allow_file = attachments is not None and attachments.text.strip() not in ("", "0")
