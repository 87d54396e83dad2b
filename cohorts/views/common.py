from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone

from ..permissions import can_manage_cohorts, cohort_get_or_404
from ..tables import Table, table_csv, tables_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(table: Table | Callable[[], Table], fmt: str) -> HttpResponse | None:
    """The table as a file when ?format=csv|xlsx asks for one; None for the page. Given a builder, the table is
    made only for a file, so a page does not compute its figures twice."""
    if fmt not in ("csv", "xlsx"):
        return None
    if callable(table):
        table = table()
    stamp = timezone.now().strftime("%Y%m%d")
    if fmt == "csv":
        response = HttpResponse(table_csv(table), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{table.slug}-{stamp}.csv"'
        return response
    if fmt == "xlsx":
        response = HttpResponse(tables_xlsx([table]), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{table.slug}-{stamp}.xlsx"'
        return response
    return None


def cohort_view(view):
    """Login required, trainer or administrator, and the cohort must be one the user may see (else 404)."""

    @wraps(view)
    def wrapper(request, pk: int, *args, **kwargs):
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        if not can_manage_cohorts(request.user):
            raise PermissionDenied
        cohort = cohort_get_or_404(user=request.user, pk=pk)
        return view(request, cohort, *args, **kwargs)

    return wrapper
