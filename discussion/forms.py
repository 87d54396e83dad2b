from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BODY_MAX_CHARS, TITLE_MAX_CHARS, ReportReason

_HELP = _(
    "Plain text. A blank line starts a paragraph; **bold**, *italic*; web addresses become links; @name tells someone."
)


class PostForm(forms.Form):
    # The length is checked by the service (with the count in the message); the field only stops absurd bodies.
    body = forms.CharField(
        label=_("Your reply"), max_length=BODY_MAX_CHARS * 4, widget=forms.Textarea(attrs={"rows": 4}), help_text=_HELP
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_CHARS)
    body = forms.CharField(
        label=_("Your message"),
        max_length=BODY_MAX_CHARS * 4,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_HELP,
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(label=_("Anything a moderator should know (optional)"), max_length=500, required=False)
