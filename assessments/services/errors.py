class AssessmentError(Exception):
    """A request the rules refuse; the message is translated and safe to show to the teacher."""

    def __init__(self, message, *, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.code = code
