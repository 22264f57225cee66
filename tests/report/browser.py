"""Running a real headless Chromium on a page: find it, take a screenshot, dump the DOM.

A missing browser is a failure with the command that installs it, never a skip:
the page is only known to render once a browser has rendered it.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 30
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_chromium() -> str:
    """The path of an installed Chromium or Chrome; fails the test when there is none."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        f"no headless browser found (looked for {', '.join(NAMES)}): "
        "install one with `apt-get install chromium`"
    )


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Chromium with ``args``, its own profile in ``folder``, cut after TIMEOUT seconds."""
    profile = folder / "profile"
    command = [find_chromium(), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=True)


def screenshot(page: Path, folder: Path, width: int, height: int) -> Path:
    """A PNG screenshot of ``page`` at ``width`` x ``height`` CSS pixels."""
    shot = folder / "shot.png"
    _run(folder, f"--screenshot={shot}", f"--window-size={width},{height}", page.as_uri())
    return shot


def dump_dom(page: Path, folder: Path, width: int, height: int) -> str:
    """The DOM of ``page`` laid out at ``width`` x ``height``, after its scripts ran."""
    size = f"--window-size={width},{height}"
    return _run(folder, size, "--virtual-time-budget=2000", "--dump-dom", page.as_uri()).stdout


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_distinct_rows(data: bytes) -> int:
    """How many different pixel rows an 8-bit RGB(A) PNG has (1 for a blank page).

    Rows are compared after PNG filtering, which is enough to tell a blank image
    (every row identical) from one with content.
    """
    width, _ = png_size(data)
    channels = {2: 3, 6: 4}[data[25]]
    position, chunks = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = 1 + width * channels
    return len({raw[i + 1 : i + stride] for i in range(0, len(raw), stride)})
