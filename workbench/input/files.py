"""Files read and written safely: only regular files are read, and outputs appear whole or not at all."""

from __future__ import annotations

import errno
import os
import signal
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import ArticleError


def user_path(path: str | Path) -> Path:
    """A path as a user gives it, ``~`` and ``~user`` expanded (as a shell would) wherever the
    workbench takes a path from Python, so "~/articles" never becomes a folder named "~"."""
    return Path(path).expanduser()


_KINDS = (
    (stat.S_ISDIR, "is a directory, not a text file (read_many or `workbench extract` read folders)"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file: not read"),
    (stat.S_ISSOCK, "is a socket, not a regular file: not read"),
    (stat.S_ISCHR, "is a character device, not a regular file: not read"),
    (stat.S_ISBLK, "is a block device, not a regular file: not read"),
)


def read_regular_file(path: str | Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; else ArticleError
    saying what it is. Never blocks on a pipe or reads a device."""
    try:
        found = os.stat(path, follow_symlinks=follow_links)
    except OSError as error:
        raise ArticleError(path, _stat_problem(path, error)) from None
    _check_kind(path, found, limit)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise ArticleError(path, _stat_problem(path, error)) from None
    try:
        opened = os.fstat(handle)
        # Swapped for something else since the check: judge what was opened.
        _check_kind(path, opened, limit)
        chunks, size = [], 0
        while chunk := os.read(handle, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while being read
                raise ArticleError(path, _too_large(size, limit))
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(handle)
    return b"".join(chunks)


def _stat_problem(path: str | Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "is a symbolic link loop (a link that leads back to itself), not a file"
    if error.errno == errno.ENOENT:
        return "is a broken symbolic link (its target is missing)" if os.path.islink(path) else "no such file"
    if error.errno == errno.ENXIO:
        return "is a socket, not a regular file: not read"
    return f"cannot be read ({error.strerror or error})"


def _check_kind(path: str | Path, found: os.stat_result, limit: int) -> None:
    for test, problem in _KINDS:
        if test(found.st_mode):
            raise ArticleError(path, problem)
    if not stat.S_ISREG(found.st_mode):
        raise ArticleError(path, "is not a regular file: not read")
    if found.st_size > limit:
        raise ArticleError(path, _too_large(found.st_size, limit))


def _too_large(size: int, limit: int) -> str:
    return (
        f"is {size / 2**20:,.1f} MiB, more than the {limit / 2**20:,.0f} MiB an article may have "
        "(workbench.input.load.MAX_BYTES): not read; split it into articles"
    )


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file beside it, then a rename.
    The file gets the permissions a plain ``open`` would give it (``mkstemp`` makes them private).
    A Ctrl-C arriving meanwhile is held until the write is done or undone, so it never leaves the
    temporary file behind (it could land between ``mkstemp`` and the ``try``)."""
    with _interrupts_held():
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            os.fchmod(handle, 0o666 & ~_umask())
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


@contextmanager
def _interrupts_held():
    """SIGINT blocked for this thread while the block runs, then delivered (Unix; elsewhere as is)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask
