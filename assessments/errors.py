class AssessmentError(Exception):
    """A request the rules refuse; the message is translated and safe to show to the teacher.

    At the bottom of the app (no imports) so question types, services and forms all raise the same error.
    """

    def __init__(self, message, *, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.code = code
