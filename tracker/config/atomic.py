"""Atomic file writes: a reader, a crash or a kill sees the old file or the new one, never half of one.

A link is written through (it stays a link, the file at the end of its chain
gets the text); a folder, a device, a FIFO or a socket is never replaced, nor
opened (opening a FIFO to write would wait for a reader).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from tracker.errors import TrackerUserError

NEW_FILE_MODE = 0o666
"""A new file gets the mode `open()` would give it (the temporary file alone would be private, 0o600)."""

MAX_LINKS = 40
"""Links followed before a chain counts as a loop (the kernel's own limit)."""

KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"), (stat.S_ISFIFO, "fifo"),
         (stat.S_ISSOCK, "socket"))
"""What a path that is not a regular file is: one table for what is read (documents, YAML) and what is written."""


def file_kind(mode: int) -> str | None:
    """`folder`, `device`, `fifo` or `socket` for a path that is no regular file (by its stat mode), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in KINDS if test(mode)), "device")


def read_kept(path: Path, limit: int) -> bytes | None:
    """A file tracker keeps for itself (a kept snapshot, a manifest's entries), read only when it is a regular
    file of at most `limit` bytes, never through a link, never blocking on a FIFO; None otherwise.

    Raises:
        OSError: it cannot be opened (absent, among others).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        facts = os.fstat(handle.fileno())
        if not stat.S_ISREG(facts.st_mode) or facts.st_size > limit:
            return None
        data = handle.read(limit + 1)
    return data if len(data) <= limit else None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


UMASK = _umask()
"""Read once, at import: setting it to read it is process-wide, so it is not done while threads write."""


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (str as UTF-8, or bytes) to `path` through a synced temporary file in the same folder and a rename.

    When `path` is a link (or a chain of them), the file at its end is written
    and the link is kept; a dangling link creates the file it points to.

    Raises:
        TrackerUserError: when the destination is not a regular file (`file.not_regular.*`), a loop of links
            (`file.link_loop`), a link into a missing folder (`file.link_dangling`), or cannot be written
            (`file.write_failed`, naming `path` and the system's reason); the old file is then left whole.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    shown = str(path)
    try:
        target, info = _end_of_links(path)
        shown = shown if target == path else f"{path} → {target}"
        if info is not None and not stat.S_ISREG(info.st_mode):
            kind = file_kind(info.st_mode) or "other"
            raise TrackerUserError(f"file.not_regular.{kind}", path=shown)
        folder = target.parent
        if info is None and target != path and not folder.is_dir():
            raise TrackerUserError("file.link_dangling", path=str(path), target=str(target), folder=str(folder))
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        try:
            _write_synced(descriptor, data)
            os.chmod(temporary, info.st_mode & 0o777 if info is not None else NEW_FILE_MODE & ~UMASK)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _sync_folder(folder)
    except OSError as error:
        raise TrackerUserError("file.write_failed", reason=f"{shown}: {error.strerror or error}") from None


def _end_of_links(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file a write to `path` lands on, following its links, and its own status (None when it does not exist).

    A relative link is read from the folder that holds it, as the system reads it.
    """
    target = path
    for _ in range(MAX_LINKS):
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            return target, None
        if not stat.S_ISLNK(info.st_mode):
            return target, info
        target = target.parent / os.readlink(target)
    raise TrackerUserError("file.link_loop", path=str(path))


def _write_synced(descriptor: int, data: bytes) -> None:
    """Write all of `data` to the open file and sync it to the disk; close it in any case."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
