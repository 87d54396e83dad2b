"""What each role may do with pages, images, documents and translations in the Wagtail admin (collected by
accounts.roles). Wagtail's own apps have no roles module: the app that presents content declares them."""

from accounts.roles import Role

_MEDIA_CHOOSE = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
_MEDIA_EDIT = [
    *_MEDIA_CHOOSE,
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: [
        *_MEDIA_EDIT,
        "wagtail_localize.submit_translation",  # translate modules and lessons (docs/decisions/0060)
    ],
    Role.REVIEWER: [*_MEDIA_CHOOSE, "wagtail_localize.submit_translation"],
    Role.ADMINISTRATOR: [
        *_MEDIA_EDIT,
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
        "wagtailcore.change_site",
        "wagtail_localize.submit_translation",
    ],
    # Wagtail's own migrations give these to every group with admin access; listed so the role is exact.
    Role.CERTIFICATION_OFFICER: _MEDIA_CHOOSE,
}
