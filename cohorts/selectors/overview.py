"""Programme overview for ministries and NGOs: teachers by country, region and school, and per month.

A fixed number of aggregate queries whatever the number of teachers: one GROUP BY school for the hierarchy
(regions, countries and the total are sums of it), one GROUP BY month per measure of the monthly trend. Then
suppression (cohorts.suppression).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import Group
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.roles import Role
from assessments import group_selectors as assessment_groups
from certificates import group_selectors as certificate_groups
from cms import group_selectors as learning
from competency import group_selectors as competency_groups
from competency.models import Level
from competency.selectors import framework_get_current

from ..permissions import Scope
from ..suppression import Cell, Node, suppress, suppress_series

ACTIVE_DAYS = 30
TREND_MONTHS = 12
GROUPINGS = ("country", "region", "school")


def scope_teachers(*, scope: Scope) -> QuerySet:
    teachers = Group.objects.filter(name=Role.TEACHER.value).values("user")
    qs = User.objects.filter(is_active=True, pk__in=teachers)
    if scope.country:
        qs = qs.filter(country__iexact=scope.country)
    if scope.region:
        qs = qs.filter(region__iexact=scope.region)
    return qs


@dataclass(frozen=True)
class Column:
    key: str
    label: str


def overview_columns() -> list[Column]:
    framework = framework_get_current()
    levels = list(Level.objects.filter(framework=framework).order_by("order")) if framework else []
    return [
        Column("registered", str(_("Teachers registered"))),
        Column("active", str(_("Active in the last 30 days"))),
        *[Column(f"level_{lv.code}", str(_("Attained %(level)s") % {"level": lv.code})) for lv in levels],
        Column("certified", str(_("Hold a valid certificate"))),
    ]


def _school_counts(*, scope: Scope, columns: list[Column], now: datetime) -> list[dict]:
    since = now - timedelta(days=ACTIVE_DAYS)
    framework = framework_get_current()
    active = Q(learning.lesson_in_range_expression(start=since, end=now)) | Q(
        assessment_groups.attempt_in_range_expression(start=since, end=now)
    )
    aggregates = {"registered": Count("pk"), "active": Count("pk", filter=active)}
    if framework is not None:
        for name, expression in competency_groups.user_level_expressions(framework=framework).items():
            aggregates[name] = Count("pk", filter=Q(expression))
    aggregates["certified"] = Count("pk", filter=Q(certificate_groups.holds_valid_certificate_expression(now=now)))
    return list(scope_teachers(scope=scope).order_by().values("country", "region", "school").annotate(**aggregates))


def _node(key: tuple, columns: list[Column]) -> Node:
    return Node(key=key, cells={c.key: Cell(0) for c in columns})


def _add(node: Node, row: dict, columns: list[Column]) -> None:
    for c in columns:
        node.cells[c.key].value += row.get(c.key, 0)


@dataclass
class Overview:
    scope: Scope
    columns: list[Column]
    root: Node  # total → countries → regions → schools, suppressed

    def rows(self, *, by: str) -> list[Node]:
        depth = GROUPINGS.index(by) + 1 if by in GROUPINGS else 1
        level = [self.root]
        for _level in range(depth):
            level = [child for node in level for child in node.children]
        return level


def programme_overview(*, scope: Scope, now: datetime | None = None) -> Overview:
    """The suppressed hierarchy; any grouping shown from it is consistent with every other."""
    now = now or timezone.now()
    columns = overview_columns()
    root = _node(("",), columns)
    countries: dict[str, Node] = {}
    regions: dict[tuple, Node] = {}
    schools: dict[tuple, Node] = {}
    for row in _school_counts(scope=scope, columns=columns, now=now):
        country, region, school = row["country"].strip(), row["region"].strip(), row["school"].strip()
        c_node = countries.get(country)
        if c_node is None:
            c_node = countries[country] = _node((country,), columns)
            root.children.append(c_node)
        r_node = regions.get((country, region))
        if r_node is None:
            r_node = regions[(country, region)] = _node((country, region), columns)
            c_node.children.append(r_node)
        s_node = schools.get((country, region, school))
        if s_node is None:  # names differing only in surrounding spaces are one school
            s_node = schools[(country, region, school)] = _node((country, region, school), columns)
            r_node.children.append(s_node)
        for node in (root, c_node, r_node, s_node):
            _add(node, row, columns)
    for node in [root, *countries.values(), *regions.values()]:
        node.children.sort(key=lambda n: n.key)
    return Overview(scope=scope, columns=columns, root=suppress(root))


def _month_starts(now: datetime, count: int) -> list[datetime]:
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    months = [start]
    for _month in range(count - 1):
        previous = (months[-1] - timedelta(days=1)).replace(day=1)
        months.append(previous)
    return list(reversed(months))


TREND_COLUMNS = ("registered", "active", "attained", "certified")


def _month_numbers(bounds: list[tuple[datetime, datetime]]):
    """month_of(field): which of the consecutive months `bounds` a date already within them falls in (0, 1, …),
    as plain comparisons the database makes on each row (a date function would make SQLite call into Python)."""

    def month_of(field: str) -> Case:
        whens = [When(**{f"{field}__lt": end}, then=Value(i)) for i, (_start, end) in enumerate(bounds)]
        return Case(*whens, output_field=IntegerField())

    return month_of


def _per_month(months: int, pairs: QuerySet, *more: QuerySet) -> list[int]:
    """How many distinct teachers in each month, from querysets of (user_id, month) rows: the pairs deduplicated
    (DISTINCT, or the UNION of several), then counted per month; one query."""
    pairs = pairs.union(*more) if more else pairs.distinct()
    totals = pairs.aggregate(**{f"m{i}": Count("month", filter=Q(month=i)) for i in range(months)})
    return [totals[f"m{i}"] or 0 for i in range(months)]


def programme_trend(*, scope: Scope, now: datetime | None = None, months: int = TREND_MONTHS) -> list[dict]:
    """Per month: teachers who registered, were active, attained a level, were issued a certificate.

    One aggregate query per measure whatever the number of teachers or months: each month is numbered by
    comparisons, (teacher, month) pairs deduplicated and counted per month ("active" is the UNION of the months
    with an attempt and those with a lesson).
    """
    now = now or timezone.now()
    starts = _month_starts(now, months)
    bounds = [(s, starts[i + 1] if i + 1 < len(starts) else now + timedelta(seconds=1)) for i, s in enumerate(starts)]
    teachers = scope_teachers(scope=scope)
    span = {
        "users": teachers.values("pk"),
        "start": bounds[0][0],
        "end": bounds[-1][1],
        "month_of": _month_numbers(bounds),
    }
    joined = teachers.aggregate(
        total=Count("pk"),
        **{
            f"m{i}": Count("pk", filter=Q(date_joined__gte=start, date_joined__lt=end))
            for i, (start, end) in enumerate(bounds)
        },
    )
    per_column = {
        "registered": [joined[f"m{i}"] for i in range(len(bounds))],
        "active": _per_month(len(bounds), assessment_groups.attempt_months(**span), learning.lesson_months(**span)),
        "attained": _per_month(len(bounds), competency_groups.attainment_months(**span)),
        "certified": _per_month(len(bounds), certificate_groups.issue_months(**span)),
    }
    rows = [
        {"month": start, **{col: Cell(per_column[col][i]) for col in TREND_COLUMNS}} for i, start in enumerate(starts)
    ]
    cells = [{col: row[col] for col in TREND_COLUMNS} for row in rows]
    # Every teacher registered within the months shown: the months add up to the published total (ADR 0153).
    registered = joined["total"]
    totals = {"registered": Cell(registered)} if registered == sum(per_column["registered"]) else None
    suppress_series(cells, totals)
    return rows
