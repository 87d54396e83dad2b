from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from competency.models import Competency

from .models import Kind, Visibility

SHARE_CHOICES = [(Visibility.PRIVATE, Visibility.PRIVATE.label), (Visibility.COHORT, Visibility.COHORT.label)]


def _competencies():
    return (
        Competency.objects.filter(framework__is_current=True)
        .select_related("level", "aspect")
        .order_by("level__order", "aspect__order")
    )


class CompetencyChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.label_in()  # the code and the name in the page's language


class ArtefactForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    kind = forms.ChoiceField(
        label=_("What is it?"),
        choices=[("", _("Tell from the file")), *Kind.choices],
        required=False,
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("Photos, short videos, recordings, lesson plans and other documents; a reflection needs none."),
    )
    text = forms.CharField(
        label=_("Reflection or description"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    competencies = CompetencyChoice(
        label=_("Competencies"), queryset=Competency.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    visibility = forms.ChoiceField(label=_("Who sees it"), choices=SHARE_CHOICES, initial=Visibility.PRIVATE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competencies"].queryset = _competencies()


class ShareForm(forms.Form):
    visibility = forms.ChoiceField(label=_("Who sees it"), choices=SHARE_CHOICES)
    competencies = CompetencyChoice(
        label=_("Competencies"), queryset=Competency.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competencies"].queryset = _competencies()


class SubmitForm(forms.Form):
    answer = forms.TypedChoiceField(label=_("Answer"), coerce=int)

    def __init__(self, *args, answers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"].choices = [(a.pk, label) for a, label in answers]


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


class NoteForm(forms.Form):
    competency = forms.ModelChoiceField(
        label=_("About"), queryset=Competency.objects.none(), required=False, empty_label=_("Overall")
    )
    body = forms.CharField(
        label=_("Note"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown on the teacher's competency page. Leave empty to remove the note."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competency"].queryset = _competencies()
        self.fields["competency"].label_from_instance = lambda c: c.label_in()


class MentorGroupForm(forms.Form):
    # Chosen from a list, not typed: a trainer learns nothing about accounts outside their cohort.
    mentor = forms.ModelChoiceField(
        label=_("Mentor"),
        queryset=User.objects.none(),
        help_text=_("A trainer of this cohort, or one of its teachers holding a level above its target level."),
    )
    teachers = forms.ModelMultipleChoiceField(
        label=_("Teachers"), queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, cohort, mentors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = mentors
        self.fields["mentor"].label_from_instance = lambda u: u.display_name
        self.fields["teachers"].queryset = cohort.members.order_by("legal_name", "username")
        self.fields["teachers"].label_from_instance = lambda u: u.display_name
