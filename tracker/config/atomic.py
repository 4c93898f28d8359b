"""Atomic file writes: a reader, a crash or a kill sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tracker.errors import TrackerUserError

NEW_FILE_MODE = 0o666
"""A new file gets the mode `open()` would give it (the temporary file alone would be private, 0o600)."""


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


UMASK = _umask()
"""Read once, at import: setting it to read it is process-wide, so it is not done while threads write."""


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (str as UTF-8, or bytes) to `path` through a synced temporary file in the same folder and a rename.

    Raises:
        TrackerUserError: when the folder cannot be written.
    """
    folder = path.resolve().parent
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(text.encode("utf-8") if isinstance(text, str) else text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE & ~UMASK)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _sync_folder(folder)
    except OSError as error:
        raise TrackerUserError("file.write_failed", reason=f"{path}: {error.strerror or error}") from None


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
