"""The reports as tables (headers + rows) for CSV, XLSX and long exports; the figures come from selectors."""

from django.utils.translation import gettext as _

from .selectors import cohort as cohort_reports
from .selectors import overview as overview_reports
from .suppression import SMALL, Cell
from .tables import Table


def suppressed_words() -> dict[bool, str]:
    """The words of a hidden figure, by "is it small": looked up once per table, not once per cell."""
    return {True: _("fewer than 5"), False: _("suppressed")}


def cell_text(cell: Cell, words: dict[bool, str] | None = None):
    """A suppressed figure in words, the same on the page and in every file."""
    if not cell.hidden:
        return cell.value
    return (words or suppressed_words())[cell.state == SMALL]


def heatmap_table(*, cohort) -> Table:
    heatmap = cohort_reports.cohort_heatmap(cohort=cohort)
    table = Table(
        title=_("Mastery heatmap"),
        slug="heatmap",
        headers=[_("Level"), _("Aspect"), _("Competency"), _("Mastered"), _("Teachers"), _("Share (%)")],
    )
    if heatmap is None:
        return table
    for level, cells in heatmap.rows:
        for aspect, cell in zip(heatmap.aspects, cells, strict=True):
            if cell.competency is None:
                continue
            table.rows.append([level.code, aspect.code, cell.competency.code, cell.mastered, cell.total, cell.percent])
    return table


def cell_table(*, cohort, competency) -> Table:
    table = Table(
        title=competency.code,
        slug=f"competency-{competency.code}",
        headers=[_("Username"), _("Name"), _("Status"), _("Score (%)"), _("Mastered at"), _("Evidence")],
    )
    for row in cohort_reports.cohort_competency_teachers(cohort=cohort, competency=competency):
        evidence = "; ".join(f"{e.source_type} {e.source_id}: {e.score}%" for e in row.evidence)
        table.rows.append([row.user.username, row.user.display_name, row.status, row.score, row.mastered_at, evidence])
    return table


def funnel_table(*, cohort) -> Table:
    table = Table(
        title=_("Module funnel"),
        slug="funnel",
        headers=[_("Module"), _("Enrolled"), _("Started"), _("Lessons done"), _("Attempted"), _("Passed")],
    )
    for row in cohort_reports.cohort_funnel(cohort=cohort):
        table.rows.append([row.module.title, *row.stages()])
    return table


def teachers_table(*, cohort, query=None) -> Table:
    teachers, levels = cohort_reports.cohort_teachers(cohort=cohort, query=query)
    table = Table(
        title=_("Teachers"),
        slug="teachers",
        headers=[
            _("Username"),
            _("Name"),
            _("School"),
            *[_("Attained %(level)s") % {"level": lv.code} for lv in levels],
            _("Competencies mastered"),
            _("Last active"),
            _("Essays awaiting review"),
            _("Certificates valid"),
            _("Certificates expiring within 30 days"),
            _("Certificates expired"),
            _("Certificates revoked"),
        ],
    )
    for t in teachers:
        table.rows.append(
            [
                t.username,
                t.display_name,
                t.school,
                *[bool(getattr(t, f"level_{lv.code}")) for lv in levels],
                t.mastered,
                cohort_reports.last_active_or_none(t),
                t.pending_reviews,
                t.certificates_valid,
                t.certificates_expiring,
                t.certificates_expired,
                t.certificates_revoked,
            ]
        )
    return table


def items_table(*, cohort, assessment) -> Table:
    table = Table(
        title=_("Item analysis"),
        slug=f"items-{assessment.slug}",
        headers=[_("Question"), _("Type"), _("Attempts"), _("Facility"), _("Discrimination"), _("Warnings")],
    )
    for s in cohort_reports.cohort_item_analysis(cohort=cohort, assessment=assessment):
        table.rows.append([s.title, s.type, s.attempts, s.facility, s.discrimination, " ".join(s.warnings)])
    return table


def mastery_time_table(*, cohort) -> Table:
    table = Table(
        title=_("Time to mastery"),
        slug="time-to-mastery",
        headers=[_("Competency"), _("Title"), _("Teachers"), _("Median days from first lesson")],
    )
    for row in cohort_reports.cohort_time_to_mastery(cohort=cohort):
        table.rows.append([row.competency.code, row.competency.name_in(), row.teachers, row.median_days])
    return table


def cohort_tables(*, cohort, progress=None) -> list[Table]:
    """Every table of a cohort, for the workbook export; progress(done, total) after each."""
    builders = [heatmap_table, funnel_table, teachers_table, mastery_time_table]
    assessments = cohort_reports.cohort_assessments(cohort=cohort)
    total = len(builders) + len(assessments)
    tables = []
    for builder in builders:
        tables.append(builder(cohort=cohort))
        if progress:
            progress(len(tables), total)
    for assessment in assessments:
        table = items_table(cohort=cohort, assessment=assessment)
        table.title = f"{_('Items')} {assessment.title}"
        tables.append(table)
        if progress:
            progress(len(tables), total)
    return tables


def _group_label(key: tuple) -> list[str]:
    return [part or _("(not given)") for part in key]


def overview_table(*, overview, by: str) -> Table:
    depth = overview_reports.GROUPINGS.index(by) + 1
    names = {"country": _("Country"), "region": _("Region"), "school": _("School")}
    table = Table(
        title=_("Programme overview"),
        slug=f"overview-{by}",
        headers=[*[names[g] for g in overview_reports.GROUPINGS[:depth]], *[c.label for c in overview.columns]],
    )
    words, keys = suppressed_words(), [c.key for c in overview.columns]
    for node in overview.rows(by=by):
        table.rows.append([*_group_label(node.key), *[cell_text(node.cells[k], words) for k in keys]])
    table.rows.append([_("Total"), *[""] * (depth - 1), *[cell_text(overview.root.cells[k], words) for k in keys]])
    return table


def trend_table(*, trend: list[dict]) -> Table:
    table = Table(
        title=_("Trend per month"),
        slug="trend",
        headers=[
            _("Month"),
            _("Registered"),
            _("Active"),
            _("Attained a level"),
            _("Issued a certificate"),
        ],
    )
    words = suppressed_words()
    for row in trend:
        table.rows.append(
            [row["month"].strftime("%Y-%m"), *[cell_text(row[c], words) for c in overview_reports.TREND_COLUMNS]]
        )
    return table
