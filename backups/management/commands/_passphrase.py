"""Where a backup command takes its passphrase from: a file, the environment, or a prompt — never the command line,
which other users of the machine can read in the process list."""

import getpass
import os
import sys
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def passphrase_read(*, path: str | None, confirm: bool) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise CommandError(
                _("Cannot read the passphrase file %(path)s: %(error)s") % {"path": path, "error": exc}
            ) from exc
    if os.environ.get("BACKUP_PASSPHRASE"):
        return os.environ["BACKUP_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise CommandError(
            _("Give the passphrase that seals the signing keys: --passphrase-file FILE or BACKUP_PASSPHRASE.")
        )
    value = getpass.getpass(_("Passphrase for the signing keys: "))
    if confirm and getpass.getpass(_("The same passphrase again: ")) != value:
        raise CommandError(_("The two passphrases differ: nothing was written."))
    return value
