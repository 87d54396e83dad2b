"""Light versions of video and audio for 2G, made with Debian's ffmpeg (ADR 0200 addendum).

Video: H.264 Constrained Baseline and mono AAC-LC in an MP4 with its index first (`+faststart`, so a player starts
before the end arrives), at most PORTFOLIO_VIDEO_LIGHT_HEIGHT (360) px high and 15 frames a second, the picture
capped at PORTFOLIO_VIDEO_LIGHT_KBITS (200) kbit/s and the sound at PORTFOLIO_AUDIO_LIGHT_KBITS (32); a still frame
of it is the player's poster. Audio: the same mono AAC-LC in an M4A. Every phone browser plays both, which is not
true of the originals (3GP and AMR play in none).

What a teacher uploads is hostile input to a large parser, so ffmpeg runs:

- as a subprocess with an argument list (no shell), with the demuxer fixed from the type read at upload (one parser,
  not ffmpeg's guess) and `-protocol_whitelist file`: a file that points at a URL (a playlist, an MP4 reference)
  opens nothing, and nothing is fetched over the network;
- with a time limit (PORTFOLIO_TRANSCODE_SECONDS, then it is killed), an output cap (`-fs`, and the kernel's
  RLIMIT_FSIZE above it), a lower CPU priority than the web server, and an environment holding only PATH (no
  secrets of the platform in a process that parses uploads);
- without the original's metadata (`-map_metadata -1`): no GPS position of a school, as for photos.
"""

import json
import os
import resource
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# The demuxer for each type the upload check accepts (portfolio.uploads): ffmpeg does not guess from the content.
DEMUXERS = {
    "video/mp4": "mov",
    "video/3gpp": "mov",
    "video/webm": "matroska",
    "audio/mpeg": "mp3",
    "audio/mp4": "mov",
    "audio/ogg": "ogg",
    "audio/x-wav": "wav",
    "audio/amr": "amr",
}
_FRAME_RATE_MAX = 15
_KEYFRAME_SECONDS = 4  # a player seeking over 2G fetches from a keyframe: not too far apart
_PROBE_SECONDS = 15
_STDERR_KEPT = 600


class TranscodeError(Exception):
    """No light version: ffmpeg is missing, the file does not decode, or it took too long or grew too large."""


class ToolMissing(TranscodeError):
    """ffmpeg or ffprobe is not installed: the operator's to fix (bin/system-packages), not the teacher's file."""


@dataclass(frozen=True)
class Light:
    path: Path
    width: int
    height: int
    duration: float
    poster: Path | None  # a PNG still (video only); None when no frame could be taken


def _setting(name: str, default):
    return getattr(settings, name, default)


def ffmpeg() -> str:
    return _setting("PORTFOLIO_FFMPEG", "ffmpeg")


def ffprobe() -> str:
    return _setting("PORTFOLIO_FFPROBE", "ffprobe")


def _limits(max_bytes: int):
    def apply() -> None:  # in the child, before ffmpeg starts
        os.nice(10)  # the web server answers first on a 2-core host
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))  # SIGXFSZ beyond: killed, not a full disk

    return apply


def run(args: list[str], *, seconds: float, max_bytes: int, cwd: Path) -> subprocess.CompletedProcess:
    """Run ffmpeg or ffprobe: an argument list, bounded in time and in what it writes; TranscodeError on failure."""
    try:
        done = subprocess.run(
            args,
            cwd=cwd,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=seconds,
            preexec_fn=_limits(max_bytes),  # the task worker runs no threads of ours while it forks
            check=False,
        )
    except FileNotFoundError as exc:
        raise ToolMissing(f"{args[0]} is not installed (bin/system-packages installs ffmpeg)") from exc
    except subprocess.TimeoutExpired as exc:  # subprocess.run has killed it
        raise TranscodeError(f"{Path(args[0]).name} took more than {seconds:g} s") from exc
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip()[-_STDERR_KEPT:]
        raise TranscodeError(f"{Path(args[0]).name} exited with {done.returncode}: {tail}")
    return done


def _input(path: Path, content_type: str) -> list[str]:
    demuxer = DEMUXERS.get(content_type)
    if demuxer is None:
        raise TranscodeError(f"no light version for {content_type}")
    # "file:" so a name can never read as another protocol; the whitelist holds for anything the file refers to.
    return ["-protocol_whitelist", "file", "-f", demuxer, "-i", f"file:{path}"]


def _ffmpeg(*args: str) -> list[str]:
    return [ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args]


def probe(path: Path, *, cwd: Path) -> dict:
    """Width, height (0 without a picture) and duration of a file we made."""
    done = run(
        [
            ffprobe(),
            "-v",
            "error",
            "-protocol_whitelist",
            "file",
            "-show_entries",
            "stream=codec_type,width,height:format=duration",
            "-of",
            "json",
            f"file:{path}",
        ],
        seconds=_PROBE_SECONDS,
        max_bytes=0,
        cwd=cwd,
    )
    try:
        found = json.loads(done.stdout)
        video = next((s for s in found.get("streams", []) if s.get("codec_type") == "video"), {})
        return {
            "width": int(video.get("width") or 0),
            "height": int(video.get("height") or 0),
            "duration": float(found.get("format", {}).get("duration") or 0),
        }
    except (ValueError, TypeError, AttributeError) as exc:
        raise TranscodeError("ffprobe's answer could not be read") from exc


def _made(out: Path, limit: int) -> None:
    if not out.exists() or out.stat().st_size == 0:
        raise TranscodeError("ffmpeg wrote nothing")
    if out.stat().st_size >= limit:  # -fs stopped it: a cut video is not offered
        raise TranscodeError(f"the light version would be over {limit} bytes")


def video_light(source: Path, *, content_type: str, workdir: Path) -> Light:
    """The light MP4 of a video, and a PNG still of it for the poster."""
    height = _setting("PORTFOLIO_VIDEO_LIGHT_HEIGHT", 360)
    width = height * 16 // 9
    video_kbits = _setting("PORTFOLIO_VIDEO_LIGHT_KBITS", 200)
    limit = settings.PORTFOLIO_VIDEO_MAX_BYTES
    out = workdir / "light.mp4"
    scale = (
        f"scale=w='min(iw,{width})':h='min(ih,{height})':force_original_aspect_ratio=decrease:force_divisible_by=2,"
        "format=yuv420p"
    )
    run(
        _ffmpeg(
            *_input(source, content_type),
            *("-map", "0:v:0", "-map", "0:a:0?", "-map_metadata", "-1", "-map_chapters", "-1", "-sn", "-dn"),
            *("-vf", scale, "-fpsmax", str(_FRAME_RATE_MAX)),
            *("-c:v", "libx264", "-profile:v", "baseline", "-level:v", "3.0", "-preset", "veryfast"),
            *("-crf", "28", "-maxrate", f"{video_kbits}k", "-bufsize", f"{video_kbits * 2}k"),
            *("-g", str(_FRAME_RATE_MAX * _KEYFRAME_SECONDS)),
            *_aac(),
            *("-movflags", "+faststart", "-fs", str(limit), "-f", "mp4", f"file:{out}"),
        ),
        seconds=_setting("PORTFOLIO_TRANSCODE_SECONDS", 90),
        max_bytes=limit * 2,  # room for +faststart moving the index to the front
        cwd=workdir,
    )
    _made(out, limit)
    found = probe(out, cwd=workdir)
    if not found["height"] or found["height"] > height:
        raise TranscodeError(f"the light version has no picture or is {found['height']} px high")
    return Light(
        path=out,
        width=found["width"],
        height=found["height"],
        duration=found["duration"],
        poster=_still(out, duration=found["duration"], workdir=workdir),
    )


def _still(light: Path, *, duration: float, workdir: Path) -> Path | None:
    """A frame a second in (the first is often black), from the light version: small and already decoded once."""
    out = workdir / "poster.png"
    at = min(1.0, duration / 2) if duration > 0 else 0
    try:
        run(
            _ffmpeg(
                *("-ss", f"{at:.2f}", "-protocol_whitelist", "file", "-f", "mov", "-i", f"file:{light}"),
                *("-map", "0:v:0", "-frames:v", "1", "-map_metadata", "-1", "-f", "image2", "-c:v", "png"),
                f"file:{out}",
            ),
            seconds=_PROBE_SECONDS,
            max_bytes=8 * 1024 * 1024,
            cwd=workdir,
        )
    except TranscodeError:
        return None
    return out if out.exists() and out.stat().st_size else None


def _aac() -> list[str]:
    kbits = _setting("PORTFOLIO_AUDIO_LIGHT_KBITS", 32)
    return ["-c:a", "aac", "-b:a", f"{kbits}k", "-ac", "1", "-ar", "22050"]


def audio_light(source: Path, *, content_type: str, workdir: Path) -> Light:
    """The light M4A (mono AAC-LC) of a recording."""
    limit = settings.PORTFOLIO_AUDIO_MAX_BYTES
    out = workdir / "light.m4a"
    run(
        _ffmpeg(
            *_input(source, content_type),
            *("-map", "0:a:0", "-map_metadata", "-1", "-map_chapters", "-1", "-vn", "-sn", "-dn"),
            *_aac(),
            *("-movflags", "+faststart", "-fs", str(limit), "-f", "mp4", f"file:{out}"),
        ),
        seconds=_setting("PORTFOLIO_TRANSCODE_SECONDS", 90),
        max_bytes=limit * 2,
        cwd=workdir,
    )
    _made(out, limit)
    found = probe(out, cwd=workdir)
    if found["duration"] <= 0:
        raise TranscodeError("the light version holds no sound")
    return Light(path=out, width=0, height=0, duration=found["duration"], poster=None)
