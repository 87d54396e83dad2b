"""Flooding: posts and reports counted per account (common.throttle), ADR 0191."""

from common.throttle import account_too_often


def flooding(request, *, what: str) -> bool:
    """True when this account posted (or reported) too often: every rate is counted, any one over refuses."""
    if what == "post":
        return account_too_often(request, group="discussion.post", setting="DISCUSSION_POST_RATE", default="6/m,60/h")
    return account_too_often(request, group=f"discussion.{what}", setting="DISCUSSION_REPORT_RATE", default="20/h")
