"""/verify/ under hostile uploads: a huge body is refused unread (413), a crafted credential with its reason (400)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from certificates.uploads import MAX_UPLOAD, MULTIPART_ALLOWANCE

BOUNDARY = "hostileboundary"
MB = 1024 * 1024


class StreamedBody:
    """A multipart body made up as it is read, never held whole: counts how many bytes the server read."""

    def __init__(self, file_size: int):
        self.head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="pdf"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{BOUNDARY}--\r\n".encode()
        self.length = len(self.head) + file_size + len(self.tail)
        self.read_bytes = 0

    def _byte(self, position: int) -> bytes:
        if position < len(self.head):
            return self.head[position : position + 1]
        if position >= self.length - len(self.tail):
            return self.tail[position - (self.length - len(self.tail)) :][:1]
        return b"0"

    def read(self, size: int = -1) -> bytes:
        size = self.length - self.read_bytes if size is None or size < 0 else size
        end = min(self.length, self.read_bytes + size)
        start, self.read_bytes = self.read_bytes, end
        body_start, body_end = len(self.head), self.length - len(self.tail)
        if start >= body_start and end <= body_end:
            return b"0" * (end - start)
        return b"".join(self._byte(i) for i in range(start, end))

    def readline(self, size: int = -1) -> bytes:  # not used by the multipart parser; the WSGI spec asks for it
        return self.read(size)


def post_streamed(client, body: StreamedBody):
    return client.generic(
        "POST",
        "/verify/",
        b"",  # the body is the WSGI input below: the test client sets no type or length for an empty one
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(body.length),
        **{"wsgi.input": body},
    )


def test_a_105_mb_upload_is_refused_413_without_reading_it(client, db):
    body = StreamedBody(105 * MB)
    response = post_streamed(client, body)
    assert response.status_code == 413
    assert body.read_bytes == 0  # the declared length alone decides
    page = response.content.decode()
    assert "The file is larger than 5.0\xa0MB" in page
    assert '<a href="/verify/">Verify a certificate</a>' in page  # the site's layout and a way back


def test_a_file_just_over_the_cap_in_a_body_within_the_allowance_is_stopped_while_it_streams(client, db):
    # The declared length passes the up-front check (cap + multipart allowance): the count of file bytes catches it.
    body = StreamedBody(MAX_UPLOAD + MULTIPART_ALLOWANCE // 2)
    assert body.length <= MAX_UPLOAD + MULTIPART_ALLOWANCE
    response = post_streamed(client, body)
    assert response.status_code == 413 and "The file is larger than 5.0\xa0MB" in response.content.decode()
    assert body.read_bytes <= MAX_UPLOAD + MULTIPART_ALLOWANCE


def test_a_body_longer_than_it_declares_is_read_only_as_far_as_declared(client, db):
    body = StreamedBody(105 * MB)
    response = client.generic(
        "POST",
        "/verify/",
        b"",
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(MB),
        **{"wsgi.input": body},
    )
    assert response.status_code == 400  # a truncated form: the file is missing, and the form says so
    assert body.read_bytes <= MB


def test_a_file_just_under_the_cap_is_read_and_judged(client, db):
    body = StreamedBody(MAX_UPLOAD - 1024)
    response = post_streamed(client, body)
    assert response.status_code == 200 and "NOT AUTHENTIC" in response.content.decode()
    assert body.read_bytes == body.length


def test_the_upload_still_needs_the_csrf_token(certificate):
    client = Client(enforce_csrf_checks=True)
    data = certificate.pdf.open("rb").read()
    refused = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", data, "application/pdf")})
    assert refused.status_code == 403
    client.get("/verify/")
    token = client.cookies["csrftoken"].value
    accepted = client.post(
        "/verify/", {"pdf": SimpleUploadedFile("c.pdf", data, "application/pdf"), "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == 200 and "AUTHENTIC" in accepted.content.decode()


def _signed_pdf_carrying(certificate, credential_json: str) -> bytes:
    """A certificate PDF signed with our own key (so every signature check passes) whose credential is crafted."""
    from certificates.pdf.document import certificate_pdf_render, certificate_pdf_sign

    pdf = certificate_pdf_render(
        snapshot=certificate.snapshot,
        code=certificate.code,
        verify_url=certificate.verify_url,
        credential_json=credential_json,
    )
    return certificate_pdf_sign(pdf=pdf)


@pytest.mark.parametrize(
    ("credential", "reason"),
    [
        ("[" * 50_000 + "]" * 50_000, "The JSON is nested deeper than 64 levels."),
        ('{"id": "a", "credentialSubject": {}, "id": "b"}', "The JSON has the key &#x27;id&#x27; twice."),
        ('{"id": NaN}', "The JSON contains NaN, which is not a number JSON allows."),
    ],
)
def test_a_crafted_credential_in_a_signed_pdf_is_not_authentic_with_the_reason(client, certificate, credential, reason):
    data = _signed_pdf_carrying(certificate, credential)
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("c.pdf", data, "application/pdf")})
    assert response.status_code == 200
    page = response.content.decode()
    assert "NOT AUTHENTIC" in page
    assert "The credential attached to this PDF cannot be read: " + reason in page


def test_the_verdict_itself_survives_a_deep_credential(certificate):
    from certificates.verification import pdf_verify_upload

    verdict = pdf_verify_upload(data=_signed_pdf_carrying(certificate, "[" * 50_000 + "]" * 50_000))
    assert not verdict.untampered
    assert (
        "The credential attached to this PDF cannot be read: The JSON is nested deeper than 64 levels."
        in verdict.reasons
    )


def test_a_credential_with_a_key_twice_is_not_authentic_even_when_the_rest_is_genuine(certificate):
    """The issued credential with its id repeated (the last copy naming it): a reader keeping the first key and one
    keeping the last would disagree, so neither is asked."""
    from certificates.verification import pdf_verify_upload

    original = certificate.credential_json
    doubled = original.rstrip().removesuffix("}") + ', "id": ' + '"urn:uuid:forged"' + "}"
    verdict = pdf_verify_upload(data=_signed_pdf_carrying(certificate, doubled))
    assert not verdict.untampered and verdict.certificate is None
