import io
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image


def jpeg(width=2400, height=1600, name="class.jpg", noise=True) -> SimpleUploadedFile:
    """A camera-sized photo; noise makes it as heavy to compress as a real one."""
    image = Image.effect_noise((width, height), 60).convert("RGB") if noise else Image.new("RGB", (width, height))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def mp4(size=64 * 1024, name="lesson.mp4") -> SimpleUploadedFile:
    """An MP4's header (an ftyp box) followed by padding: filetype reads the box."""
    head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return SimpleUploadedFile(name, head + b"\x00" * (size - len(head)), content_type="video/mp4")


@pytest.fixture
def people(framework_v3, make_user, trainer, reviewer, administrator):
    """A cohort (target level KA) with its trainer, the owner, a classmate, a mentor holding level KD, a
    stranger teacher; the mentor group (mentor → owner)."""
    from cohorts.models import CohortMembership
    from cohorts.services import cohort_create
    from competency.models import LevelAttainment
    from portfolio.services import mentor_group_create

    ka = framework_v3.levels.get(code="KA")
    kd = framework_v3.levels.get(code="KD")
    owner = make_user("owner")
    classmate = make_user("classmate")
    mentor = make_user("mentor")
    stranger = make_user("stranger")
    cohort = cohort_create(name="Riverside", trainer=trainer)
    cohort.target_level = ka
    cohort.save()
    for user in (owner, classmate, mentor):
        CohortMembership.objects.create(cohort=cohort, user=user)
    for level in (ka, kd):
        LevelAttainment.objects.create(user=mentor, level=level, attained_at=timezone.now())
    group = mentor_group_create(cohort=cohort, mentor=mentor, teachers=[owner], by=trainer)
    return SimpleNamespace(
        owner=owner,
        classmate=classmate,
        mentor=mentor,
        stranger=stranger,
        trainer=trainer,
        reviewer=reviewer,
        administrator=administrator,
        cohort=cohort,
        group=group,
        framework=framework_v3,
        ka=ka,
    )
