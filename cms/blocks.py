"""Lesson blocks: one template per block under cms/templates/cms/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Authors get Wagtail's feature lists only; the renderer sanitises again (cms.richtext) so stored
# data that never went through the editor cannot smuggle markup either.
BODY_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "code", "superscript", "subscript", "hr"]
SHORT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    size = blocks.ChoiceBlock(label=_("size"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"


class SafeRichTextBlock(blocks.RichTextBlock):
    class Meta:
        template = "cms/blocks/rich_text.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for someone who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("video address"), help_text=_("A YouTube, Vimeo or other oEmbed address."))
    transcript = blocks.TextBlock(label=_("transcript"), help_text=_("Needed by deaf teachers and slow connections."))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    file = DocumentChooserBlock(label=_("audio file"), required=False)
    url = blocks.URLBlock(label=_("or audio address"), required=False)
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "cms/blocks/audio.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "cms/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"), choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))]
    )
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    text = SafeRichTextBlock(label=_("text"), features=SHORT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "cms/blocks/callout.html"


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    goal = blocks.TextBlock(label=_("goal"))
    minutes = blocks.IntegerBlock(label=_("time (minutes)"), min_value=1, max_value=600)
    materials = blocks.ListBlock(blocks.CharBlock(label=_("material")), label=_("materials"), default=[])
    steps = blocks.ListBlock(blocks.TextBlock(label=_("step")), label=_("steps"), min_num=1)
    low_tech = blocks.TextBlock(
        label=_("with no devices or no connection"),
        required=False,
        help_text=_("How to run the activity when devices or the connection fail."),
    )

    class Meta:
        icon = "group"
        label = _("Classroom activity")
        template = "cms/blocks/activity.html"


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("prompt"))

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        template = "cms/blocks/reflection.html"


class QuickCheckOption(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.TextBlock(label=_("feedback"))


class QuickCheckBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("question"))
    options = blocks.ListBlock(QuickCheckOption(), label=_("answers"), min_num=2)

    class Meta:
        icon = "tick-inverse"
        label = _("Quick check (ungraded)")
        template = "cms/blocks/quick_check.html"


class TranslatableTableBlock(TableBlock):
    """A table whose caption and cells are translated segment by segment (wagtail-localize skips TableBlock).

    Segment paths are "caption" and "<row>.<column>"; empty cells are not segments, so translators see only text.
    """

    def get_translatable_segments(self, value) -> list:
        from wagtail_localize.segments import StringSegmentValue

        value = value or {}
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for r, row in enumerate(value.get("data") or []):
            for c, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"{r}.{c}", cell))
        return segments

    def restore_translated_segments(self, value, segments) -> dict:
        value = {**(value or {}), "data": [list(row or []) for row in (value or {}).get("data") or []]}
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
                continue
            r, _dot, c = segment.path.partition(".")
            if r.isdigit() and c.isdigit() and int(r) < len(value["data"]) and int(c) < len(value["data"][int(r)]):
                value["data"][int(r)][int(c)] = text
        return value


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = SafeRichTextBlock(features=BODY_FEATURES, label=_("Text"), icon="pilcrow")
    image = CaptionedImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    document = DocumentBlock()
    table = TranslatableTableBlock(label=_("Table"), template="cms/blocks/table.html")
    callout = CalloutBlock()
    activity = ActivityBlock()
    reflection = ReflectionBlock()
    quick_check = QuickCheckBlock()
