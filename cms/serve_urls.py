"""Wagtail's front-end URLs with its page view replaced by cms.serving.page_serve (same name, same pattern)."""

from django.urls import re_path
from wagtail import urls as wagtail_urls

from .serving import page_serve

urlpatterns = [
    *[p for p in wagtail_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, page_serve, name="wagtail_serve"),
]
