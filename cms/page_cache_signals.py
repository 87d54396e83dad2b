"""When content changes, cached page parts (cms.page_cache) go stale at once: the content generation is replaced.

Any live page saved, published, unpublished, moved or deleted, an image, document, view restriction, site or
framework entry changed: the change may show on a lesson, module or catalogue page, its translation's page included.
Edits are rare next to views, so one generation for everything is simpler than tracking who shows what.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import content_generation_bump


def _page_changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, Page) and (instance.live or kwargs.get("signal") is post_delete):
        content_generation_bump()


def page_cache_signals_connect() -> None:
    from competency.models import Aspect, Competency, Framework, Level, Objective

    uid = "cms.page_cache"
    page_published.connect(content_generation_bump, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(content_generation_bump, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(content_generation_bump, dispatch_uid=f"{uid}.moved")
    post_save.connect(_page_changed, dispatch_uid=f"{uid}.page_saved")
    post_delete.connect(_page_changed, dispatch_uid=f"{uid}.page_deleted")
    shown = (get_image_model(), get_document_model(), PageViewRestriction, Site, Framework, Level, Aspect)
    for model in (*shown, Competency, Objective):
        name = model._meta.label_lower
        post_save.connect(content_generation_bump, sender=model, dispatch_uid=f"{uid}.{name}.saved")
        post_delete.connect(content_generation_bump, sender=model, dispatch_uid=f"{uid}.{name}.deleted")
