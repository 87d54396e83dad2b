"""The certificate as a PDF: reportlab draws it, pyHanko attaches the credential and signs it (PAdES)."""

from .document import certificate_pdf_render, certificate_pdf_sign
from .inspect import PdfCheck, pdf_check, pdf_embedded_credential

__all__ = ["PdfCheck", "certificate_pdf_render", "certificate_pdf_sign", "pdf_check", "pdf_embedded_credential"]
