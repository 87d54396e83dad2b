from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ModulePageForm(WagtailAdminPageForm):
    """A module develops competencies of its own level, and objectives of those competencies."""

    def clean(self):
        cleaned = super().clean()
        level = cleaned.get("level")
        competencies = cleaned.get("competencies") or []
        if level is not None:
            wrong = [c.code for c in competencies if c.level_id != level.pk]
            if wrong:
                self.add_error(
                    "competencies",
                    forms.ValidationError(
                        _("These competencies belong to another level than %(level)s: %(codes)s."),
                        params={"level": level.code, "codes": ", ".join(wrong)},
                    ),
                )
        chosen = {c.pk for c in competencies}
        stray = [o.code for o in cleaned.get("objectives") or [] if o.competency_id not in chosen]
        if stray:
            self.add_error(
                "objectives",
                forms.ValidationError(
                    _("These objectives belong to competencies the module does not develop: %(codes)s."),
                    params={"codes": ", ".join(stray)},
                ),
            )
        return cleaned
