from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.services import BackupError, backup_restore

from ._passphrase import passphrase_read


class Command(BaseCommand):
    help = _(
        "Restore an archive made by backup_site into this site: database, media, private media and signing keys. "
        "Refuses a site that already holds data unless --replace is given."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", help=_("the .tar file backup_site wrote"))
        parser.add_argument("--passphrase-file", help=_("a file holding the passphrase (else BACKUP_PASSPHRASE)"))
        parser.add_argument("--replace", action="store_true", help=_("overwrite a site that already holds data"))

    def handle(self, *args, archive: str, passphrase_file: str | None, replace: bool, **options) -> None:
        passphrase = passphrase_read(path=passphrase_file, confirm=False)
        try:
            result = backup_restore(archive=Path(archive), passphrase=passphrase, replace=replace)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            _("Restored the backup of %(date)s: the %(engine)s database, %(files)d files and %(keys)d key files.")
            % {"date": result.created_at, "engine": result.database, "files": result.files, "keys": result.key_files}
        )
