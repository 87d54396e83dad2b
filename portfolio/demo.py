"""The demo's portfolios (load_demo, through PortfolioConfig.demo_loader): evidence from the demo cohort's classrooms,
a mentor group led by the demo trainer with a thread and a note, and two artefacts of the demo `teacher`.

Idempotent: an artefact is made once per (owner, title), the group and messages once.
"""

import io

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw

from accounts.models import User
from cohorts.demo import DEMO_COHORT
from cohorts.models import Cohort

from .models import Artefact, MentorGroup, MentorNote, Message
from .renditions import rendition_make
from .services import artefact_create, mentor_group_create, mentor_note_save

MENTEES = ["demo-teacher-07", "demo-teacher-08", "demo-teacher-09", "demo-teacher-10"]
PLAN = """Lesson plan: fractions with a spreadsheet (Year 5, 40 minutes)
Objective: learners compare fractions by entering them as decimals.
Groups of five share the school's two tablets; the others work on paper and swap after 15 minutes.
Check: each group explains one comparison to the class.
"""


def _photo(colour: str, label: str) -> ContentFile:
    """A camera-sized picture (a board with sticky notes), heavy enough that its light version matters."""
    image = Image.effect_noise((1600, 1200), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 120, 1480, 1080), fill=colour)
    for i in range(12):
        x, y = 200 + (i % 4) * 320, 200 + (i // 4) * 280
        draw.rectangle((x, y, x + 200, y + 160), fill="khaki")
    draw.text((160, 1110), label, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return ContentFile(buffer.getvalue(), name="classroom.jpg")


def _artefact(owner, title: str, competencies, **fields) -> Artefact:
    existing = Artefact.objects.filter(owner=owner, title=title).first()
    if existing:
        return existing
    artefact = artefact_create(owner=owner, title=title, competencies=competencies, **fields)
    if artefact.is_image:
        rendition_make(artefact_id=artefact.pk)  # now, not on the worker: the demo shows it at once
    return artefact


@transaction.atomic
def portfolio_demo_ensure() -> None:
    cohort = Cohort.objects.filter(name=DEMO_COHORT).select_related("target_level").first()
    trainer = User.objects.filter(username="trainer").first()
    if cohort is None or trainer is None or cohort.target_level is None:
        return
    competencies = list(cohort.target_level.competencies.order_by("aspect__order"))
    by_code = {c.code: c for c in competencies}
    members = {u.username: u for u in cohort.members.filter(username__startswith="demo-teacher-")}
    evidence = [
        ("demo-teacher-01", "Fractions with a spreadsheet", {"kind": "lesson_plan", "text": PLAN}, ["KA.3"]),
        ("demo-teacher-02", "Tablets in groups of five", {"upload": "steelblue"}, ["KA.4", "KA.5"]),
        ("demo-teacher-07", "Our class blog, week 3", {"upload": "seagreen"}, ["KA.5"]),
        (
            "demo-teacher-07",
            "What went wrong with the projector",
            {"kind": "reflection", "text": "The projector failed after ten minutes. Next time: print the slides."},
            ["KA.4"],
        ),
        (
            "demo-teacher-08",
            "Rules for using the internet",
            {"kind": "reflection", "text": "Learners wrote five rules together and signed them."},
            ["KA.2"],
        ),
    ]
    for username, title, spec, codes in evidence:
        owner = members.get(username)
        if owner is None:
            continue
        spec = dict(spec)
        if "upload" in spec:
            spec["upload"] = _photo(spec["upload"], title)
        elif spec.get("kind") == "lesson_plan":
            spec["upload"] = ContentFile(spec.pop("text").encode(), name="lesson-plan.txt")
        tagged = [by_code[c] for c in codes if c in by_code]
        _artefact(owner, title, tagged, visibility="cohort", **spec)

    mentees = [members[u] for u in MENTEES if u in members]
    if mentees and not MentorGroup.objects.filter(cohort=cohort, mentor=trainer).exists():
        mentor_group_create(cohort=cohort, mentor=trainer, teachers=mentees, by=trainer)
    first = members.get("demo-teacher-07")
    blog = Artefact.objects.filter(owner=first, title="Our class blog, week 3").first() if first else None
    if blog and not Message.objects.filter(artefact=blog).exists():
        Message.objects.create(artefact=blog, author=trainer, body="Who chose the photos for the blog, you or them?")
        Message.objects.create(artefact=blog, author=first, body="They did, in pairs. I checked the faces first.")
    if first and not MentorNote.objects.filter(mentor=trainer, teacher=first).exists():
        mentor_note_save(
            mentor=trainer,
            teacher=first,
            body="Good habits with the class blog. Next: let learners comment on each other's posts.",
        )
        if "KA.4" in by_code:
            mentor_note_save(
                mentor=trainer,
                teacher=first,
                competency=by_code["KA.4"],
                body="Plan a way round a broken projector: printed slides or the board.",
            )

    teacher = User.objects.filter(username="teacher").first()
    if teacher is not None:
        _artefact(teacher, "My first lesson with the tablets", [], upload=_photo("indianred", "tablets"))
        _artefact(
            teacher,
            "Reflection: a lesson that surprised me",
            [],
            kind="reflection",
            text="The quietest learners asked the most questions when they worked on the tablets.",
        )
