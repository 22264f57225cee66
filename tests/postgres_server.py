"""A throw-away PostgreSQL server for the test session, when none is given.

``KHABAR_TEST_PG_URL`` names a running server; without it the session starts
one with the installed ``initdb``/``pg_ctl`` on a temp dir (as the ``postgres``
user when run as root, since PostgreSQL refuses to run as root), with fsync off
so each test's CREATE DATABASE is quick, and stops it at the end.
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL server binaries, if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version)
    if found:
        return Path(found[-1])
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).resolve().parent if pg_ctl else None


@contextmanager
def throwaway_server(bin_dir: Path) -> Iterator[str]:
    """Start a server on a free loopback port; yield its SQLAlchemy URL; stop it."""
    directory = Path(tempfile.mkdtemp(prefix="khabar-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data, port = directory / "data", _free_port()
    _as_postgres(f"{bin_dir / 'initdb'} -D {data} -U khabar --auth=trust -E UTF8 --locale=C.UTF-8")
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {directory} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    _as_postgres(
        f"{bin_dir / 'pg_ctl'} -D {data} -l {directory / 'pg.log'} -w "
        f"-o {shlex.quote(options)} start"
    )
    try:
        yield f"postgresql+psycopg://khabar@127.0.0.1:{port}/postgres"
    finally:
        _as_postgres(f"{bin_dir / 'pg_ctl'} -D {data} -m fast -w stop")
        shutil.rmtree(directory, ignore_errors=True)


def _as_postgres(command: str) -> None:
    argv = (
        ["su", "postgres", "-s", "/bin/bash", "-c", command]
        if os.geteuid() == 0
        else [
            "bash",
            "-c",
            command,
        ]
    )
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _version(path: str) -> tuple[int, ...]:
    parts = Path(path).parent.name.split(".")
    return tuple(int(p) for p in parts if p.isdigit())
