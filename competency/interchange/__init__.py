"""Framework interchange: Moodle competency CSV and 1EdTech CASE 1.0 JSON, import and export."""

from .common import InterchangeError, framework_to_data
from .services import FORMATS, decode_upload, export_filename, framework_export, framework_import

__all__ = [
    "FORMATS",
    "InterchangeError",
    "decode_upload",
    "export_filename",
    "framework_export",
    "framework_import",
    "framework_to_data",
]
