"""`make test` on a machine without the system packages stops at once and says the one command that installs them."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bin" / "system-packages"
PRESENT = ("bash", "grep", "fc-list", "pdftoppm", "certutil", "msgfmt", "node", "npm", "ffmpeg", "ffprobe")


def _machine(tmp_path: Path, *, missing: tuple[str, ...]) -> dict[str, str]:
    """A PATH holding the real tools but `missing`, and an `id` that answers as an ordinary user (no root)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in (*PRESENT, "chromium"):
        real = shutil.which(tool)
        if tool not in missing and real:
            (bin_dir / tool).symlink_to(real)
    fake_id = bin_dir / "id"
    fake_id.write_text("#!/bin/sh\necho 1000\n")
    fake_id.chmod(0o755)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path), "PYTHON": sys.executable}


def test_without_root_a_missing_package_stops_with_the_command_to_run(tmp_path):
    bash = shutil.which("bash")
    result = subprocess.run(
        [bash, str(SCRIPT)], env=_machine(tmp_path, missing=("chromium",)), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends chromium" in result.stderr
    assert "make test" in result.stderr


def test_without_ffmpeg_the_command_names_it(tmp_path):
    """The task worker makes light versions of portfolio video with it (ADR 0200)."""
    result = subprocess.run(
        [shutil.which("bash"), str(SCRIPT)],
        env=_machine(tmp_path, missing=("ffprobe",)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    command = next(line for line in result.stderr.splitlines() if "sudo apt-get install" in line)
    assert "ffmpeg" in command.split()


def test_nothing_to_do_when_every_package_is_there(tmp_path):
    result = subprocess.run(
        [shutil.which("bash"), str(SCRIPT)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_make_test_and_ci_use_the_script():
    makefile = (ROOT / "Makefile").read_text()
    assert "test: system-packages" in makefile
    assert "bash bin/system-packages" in makefile
    assert "bash bin/system-packages" in (ROOT / ".ci" / "run").read_text()
