"""One table shape for every report, written as CSV or XLSX. The page, the files and the API share the figures."""

import csv
import io
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection): prefix it with a quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    slug: str = "report"


def csv_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def table_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([csv_safe(str(h)) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_safe(_plain(v)) for v in row])
    # A BOM so Excel opens UTF-8 names (Vietnamese, Greek, Arabic…) correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx_cell(sheet, value):
    value = _plain(value)  # dates as ISO text, exactly as in the CSV
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, never a formula
    return cell


def tables_xlsx(tables: list[Table], progress=None) -> bytes:
    workbook = Workbook(write_only=True)
    for i, table in enumerate(tables):
        sheet = workbook.create_sheet(title=table.title[:31].replace("/", "-").replace(":", "-") or f"Sheet{i + 1}")
        sheet.append([_xlsx_cell(sheet, str(h)) for h in table.headers])
        for row in table.rows:
            sheet.append([_xlsx_cell(sheet, v) for v in row])
        if progress:
            progress(i + 1, len(tables))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
