"""The verification page's content, rendered when a certificate changes rather than when it is visited (ADR 0210).

One row per certificate and language. A row is used only while it matches the certificate as it is now: rendered
for the certificate's current `page_version` (raised in the transaction of every change the page shows) by the
running code (`generation`: templates, catalogues, formats), showing the status the certificate has now, and before
`stale_at` (when a status it shows lapses: the certificate's or a listed one's expiry). Anything else falls back to
rendering the page as it is visited.
"""

from django.db import models
from django.utils import timezone


class VerifyPageContent(models.Model):
    certificate = models.ForeignKey("certificates.Certificate", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=16)
    generation = models.CharField(max_length=16)
    version = models.PositiveIntegerField()
    status = models.CharField(max_length=16)
    stale_at = models.DateTimeField(null=True, blank=True)
    # certificates/_verify_body.html's output, UTF-8, as a raw deflate segment the page's gzip is joined from
    # (common/gzip_join.py): about 1 kB, kept in the row.
    body = models.BinaryField()
    rendered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "language"], name="verify_page_content_one_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id} · {self.language} · v{self.version}"
