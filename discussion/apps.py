from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = _("Discussion")
    demo_loader = "discussion.demo.discussion_demo_ensure"

    def ready(self) -> None:
        # cms may not import us: we add the "Discussion (n posts)" link to its module and lesson pages.
        from cms.page_links import page_link_register

        from .links import page_discussion_link

        page_link_register("discussion", page_discussion_link)
