class PeerReviewError(Exception):
    """A refusal the person can understand (its message is shown); `code` lets callers tell them apart."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message, self.code = message, code
