"""Exporting a framework to a file and importing a file as a new framework version (all or nothing)."""

from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from competency.models import Framework
from competency.services import FrameworkLoadError, framework_load

from . import case_json, moodle_csv
from .common import InterchangeError, data_validate, framework_to_data

FORMATS = {
    "moodle-csv": (gettext_lazy("Moodle competency framework CSV"), "csv", "text/csv"),
    "case-json": (gettext_lazy("1EdTech CASE 1.0 package (JSON)"), "json", "application/json"),
}
MAX_IMPORT_BYTES = 2 * 1024 * 1024


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InterchangeError(
            _("Unknown format %(fmt)s; use one of %(list)s") % {"fmt": fmt, "list": ", ".join(FORMATS)}
        )


def framework_export(*, framework: Framework, fmt: str) -> str:
    _check_format(fmt)
    data = framework_to_data(framework=framework)
    return moodle_csv.data_to_csv(data) if fmt == "moodle-csv" else case_json.data_to_case(data)


def export_filename(*, framework: Framework, fmt: str) -> str:
    _check_format(fmt)
    return f"{framework.slug}.{fmt}.{FORMATS[fmt][1]}"


def decode_upload(raw: bytes) -> str:
    if len(raw) > MAX_IMPORT_BYTES:
        raise InterchangeError(_("The file is larger than %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // (1024 * 1024)})
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Count lines up to the bad byte so the user can find it.
        line = raw[: exc.start].count(b"\n") + 1
        raise InterchangeError(_("line %(n)d: the file is not UTF-8 text") % {"n": line}) from exc


def _identified(data: dict) -> Framework | None:
    """The framework a file is a version of: by its identifier (CASE CFDocument, our uuid in Moodle's
    "Exported ID"), else by the source's own identifier (a Moodle framework's ID number)."""
    if data.get("uuid"):
        found = Framework.objects.select_for_update().filter(uuid=data["uuid"]).first()
        if found:
            return found
    source_id = (data.get("source") or {}).get("id")
    if source_id:
        found = Framework.objects.select_for_update().filter(source__id=source_id).first()
        if found:
            return found
        # A framework of ours exported to Moodle comes back with its slug as the ID number.
        return Framework.objects.select_for_update().filter(slug=source_id, source={}).first()
    return None


def _forget_identifiers(data: dict) -> None:
    """A copy under a new slug gets fresh uuids: the file's identify the framework it was made from."""
    data.pop("uuid", None)
    for plural in ("levels", "aspects", "competencies"):
        for item in data.get(plural, []):
            item.pop("uuid", None)
            for obj in item.get("objectives", []):
                obj.pop("uuid", None)


def framework_import(*, content: str, fmt: str, slug: str = "", version: str = "", name: str = "") -> Framework:
    """Import a file: a newer file of a framework we hold updates it in place, matched by identifier
    (evidence, mastery and certificates kept; removed competencies that records point at are retired);
    any other file, or a `slug` other than the matched framework's, makes a NEW framework.
    Slug, version and name given here win over the file's.

    Every problem is reported before anything is written; the write itself is one transaction.
    """
    _check_format(fmt)
    parse = moodle_csv.csv_to_data if fmt == "moodle-csv" else case_json.case_to_data
    data, where = parse(content)
    try:
        with transaction.atomic():
            target = _identified(data)
            if target is not None and slug and slug != target.slug:
                target = None
                _forget_identifiers(data)
            elif target is not None:
                data["slug"] = target.slug
                data["uuid"] = str(target.uuid)
            data["slug"] = (slug or data.get("slug") or "").strip()
            default_version = target.version if target else "1"
            data["version"] = (version or data.get("version") or default_version).strip()
            if name:
                data["name"] = name.strip()
            _check_names(data)
            data_validate(data, where=where)
            others = Framework.objects.exclude(pk=target.pk) if target else Framework.objects.all()
            if target is None and others.filter(slug=data["slug"]).exists():
                raise InterchangeError(
                    _("A framework with slug %(slug)s already exists; choose a new slug.") % {"slug": data["slug"]}
                )
            if others.filter(name=data["name"], version=data["version"]).exists():
                raise InterchangeError(
                    _("%(name)s version %(version)s already exists; choose a new version.")
                    % {"name": data["name"], "version": data["version"]}
                )
            if target is None and data.get("uuid") and Framework.objects.filter(uuid=data["uuid"]).exists():
                _forget_identifiers(data)
            data.pop("is_current", None)
            data.pop("crosswalk", None)
            return framework_load(data=data, retire_removed=target is not None).framework
    except FrameworkLoadError as exc:
        raise InterchangeError(str(exc)) from exc
    except IntegrityError as exc:
        raise InterchangeError(_("The database refused the framework: %(error)s") % {"error": exc}) from exc


def _check_names(data: dict) -> None:
    if not data["slug"] or slugify(data["slug"]) != data["slug"] or len(data["slug"]) > 50:
        raise InterchangeError(
            _("Give a slug for the new framework (letters, digits and hyphens, at most 50), not “%(slug)s”.")
            % {"slug": data["slug"]}
        )
    if not data["version"] or len(data["version"]) > 20:
        raise InterchangeError(_("Give a version for the new framework (at most 20 characters)."))
    if not data.get("name") or len(data["name"]) > 200:
        raise InterchangeError(_("The framework needs a name of at most 200 characters."))
