from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.services import BackupError, backup_create

from ._passphrase import passphrase_read


class Command(BaseCommand):
    help = _(
        "Back up the database, media, private media and the certificate signing keys (sealed with a passphrase) "
        "into one archive."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", help=_("folder for the archive (default: BACKUP_DIR)"))
        parser.add_argument("--passphrase-file", help=_("a file holding the passphrase (else BACKUP_PASSPHRASE)"))

    def handle(self, *args, output: str | None, passphrase_file: str | None, **options) -> None:
        passphrase = passphrase_read(path=passphrase_file, confirm=True)
        try:
            path = backup_create(output_dir=Path(output or settings.BACKUP_DIR), passphrase=passphrase)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(_("Backup written to %(path)s.") % {"path": path})
