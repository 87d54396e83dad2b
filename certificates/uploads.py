"""The size caps of what a stranger may send to /verify/, enforced while the body streams in.

Django parses a multipart body completely (spooling files over FILE_UPLOAD_MAX_MEMORY_SIZE to disk) before a view
can look at the file's size, so a cap checked in the view costs the server the whole upload first. This handler
runs inside the parser: it refuses a body whose declared length already exceeds the cap before reading a byte of
it, and any file that grows past the cap as soon as the chunk that crosses it arrives.
"""

from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParserError

# The PDF of a certificate is well under 1 MB; 5 MB leaves room for a PDF a viewer re-saved.
MAX_UPLOAD = 5 * 1024 * 1024
# Multipart boundaries, part headers and the CSRF token field around the file.
MULTIPART_ALLOWANCE = 64 * 1024


class UploadTooLarge(MultiPartParserError):
    """The upload is over the cap; the parser stops and the rest of the body is never read.

    A MultiPartParserError, so that Django marks the request's form data unreadable and, were the view not to
    catch it, answers 400 rather than 500.
    """

    def __init__(self, *, limit: int):
        super().__init__(f"upload larger than {limit} bytes")
        self.limit = limit


class CappedUploadHandler(FileUploadHandler):
    """First in request.upload_handlers: counts every file byte and stops the parser past `limit`."""

    def __init__(self, request=None, *, limit: int = MAX_UPLOAD):
        super().__init__(request)
        self.limit = limit
        self.received = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # The declared length bounds what Django will read (LimitedStream), so a body declared too large is
        # refused before its first byte is read.
        if content_length > self.limit + MULTIPART_ALLOWANCE:
            raise UploadTooLarge(limit=self.limit)
        return None

    def receive_data_chunk(self, raw_data, start):
        # Counted over every file of the request: two files of 4 MB are 8 MB read.
        self.received += len(raw_data)
        if self.received > self.limit:
            raise UploadTooLarge(limit=self.limit)
        return raw_data

    def file_complete(self, file_size):
        return None
