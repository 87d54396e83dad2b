"""POSTing statements to the LRS: one request, a bounded wait, and an answer sorted by what we must do next."""

from dataclasses import dataclass
from enum import Enum

import requests
from django.conf import settings

from .statements import XAPI_VERSION


class Outcome(Enum):
    STORED = "stored"  # 200/204, or 409: the LRS holds a statement with that id already
    SPLIT = "split"  # the LRS refused the batch as a whole: send its statements one by one to find the bad one
    REFUSED = "refused"  # this statement will never be accepted as it is: an administrator looks at it
    RETRY = "retry"  # the LRS is down, slow, overloaded or not set up for us: try again later, unchanged


# 4xx answers that say nothing about the statements themselves: our credentials, the endpoint, the LRS's load.
_NOT_THE_STATEMENTS = {401, 403, 404, 405, 407, 408, 425, 429}


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    detail: str


def statements_post(payloads: list[dict]) -> Answer:
    url = settings.XAPI_ENDPOINT.rstrip("/") + "/statements"
    try:
        response = requests.post(
            url,
            json=payloads,
            auth=(settings.XAPI_KEY, settings.XAPI_SECRET),
            headers={"X-Experience-API-Version": XAPI_VERSION},
            # (connect, read): an LRS that accepts the connection and never answers costs at most this long.
            timeout=(settings.XAPI_TIMEOUT, settings.XAPI_TIMEOUT),
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        return Answer(Outcome.RETRY, f"{type(exc).__name__}: {exc}"[:1000])
    status = response.status_code
    detail = f"HTTP {status}: {response.text[:800]}"
    if status in (200, 204):
        return Answer(Outcome.STORED, detail)
    if status == 409:
        # Several statements in one POST: any of them known with other content refuses them all.
        return Answer(Outcome.STORED if len(payloads) == 1 else Outcome.SPLIT, detail)
    if 400 <= status < 500 and status not in _NOT_THE_STATEMENTS:
        return Answer(Outcome.REFUSED if len(payloads) == 1 else Outcome.SPLIT, detail)
    return Answer(Outcome.RETRY, detail)
