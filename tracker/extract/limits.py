"""How much one document may cost: bytes on disk, bytes unpacked, characters of text, seconds.

A documents folder is the users' own, but it fills from the web and from
mail: a 2 GB scan, a zip bomb named .docx, a PDF whose streams inflate to
gigabytes, a text that never ends. Each limit has its own message and its
own environment variable, so a bureau with a genuinely larger document can
raise it; a document over a limit is left out with one line, like any
unreadable file, and the rest of the folder is still read.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tracker.errors import TrackerUserError

MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """The limits of one run, read from the environment once."""

    file_bytes: int = 100 * MB
    """A document file on disk (TRACKER_MAX_FILE_MB)."""
    unpacked_bytes: int = 256 * MB
    """What a .docx's parts or a PDF's deflated streams inflate to (TRACKER_MAX_UNPACKED_MB)."""
    text_chars: int = 4_000_000
    """Characters of text read out of one document, about 12 MB of UTF-8 Chinese (TRACKER_MAX_TEXT_CHARS)."""
    seconds: float = 60.0
    """Reading and extracting one document (TRACKER_MAX_SECONDS)."""
    sandbox: bool = True
    """PDF, DOCX and HTML are read in a child process with a memory and time limit (`readers.PACKED`;
    TRACKER_SANDBOX=0 reads them in process, for debugging)."""

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, each replaced by its environment variable when that holds a positive number."""
        env = os.environ if environ is None else environ
        default = cls()

        def number(name: str, fallback: float, scale: int = 1) -> float:
            """The variable's value when it is a sane positive number (at most a million units), else the default."""
            try:
                value = float(env.get(name, ""))
            except ValueError:
                return fallback
            return value * scale if 0 < value <= 1e6 else fallback

        return cls(file_bytes=int(number("TRACKER_MAX_FILE_MB", default.file_bytes, MB)),
                   unpacked_bytes=int(number("TRACKER_MAX_UNPACKED_MB", default.unpacked_bytes, MB)),
                   text_chars=int(number("TRACKER_MAX_TEXT_CHARS", default.text_chars)),
                   seconds=number("TRACKER_MAX_SECONDS", default.seconds),
                   sandbox=env.get("TRACKER_SANDBOX", "1") != "0")


def megabytes(size: float) -> str:
    return f"{size / MB:.0f}" if size >= MB else f"{size / MB:.2f}"


def check_file_size(size: int, limits: Limits) -> None:
    """Raises TrackerUserError when a file is larger than the limit."""
    if size > limits.file_bytes:
        raise TrackerUserError("read.too_large", size=megabytes(size), limit=megabytes(limits.file_bytes))


def check_text_length(text: str, limits: Limits) -> None:
    """Raises TrackerUserError when a document's text is longer than the limit."""
    if len(text) > limits.text_chars:
        raise TrackerUserError("read.too_long", chars=str(len(text)), limit=str(limits.text_chars))


def _over_unpacked(limits: Limits) -> TrackerUserError:
    return TrackerUserError("read.unpacks_too_large", limit=megabytes(limits.unpacked_bytes))


def check_zip(infos: list[tuple[str, int]], limits: Limits) -> None:
    """Raises TrackerUserError when the parts of a package (name, declared size) unpack past the limit.

    zipfile never inflates a member past its declared size (it reports a bad
    CRC instead), so the declared sizes bound what reading can cost: every
    part counts, media too (the .docx reader loads each part it finds).
    """
    if sum(size for _, size in infos) > limits.unpacked_bytes:
        raise _over_unpacked(limits)


_PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 16


def check_pdf_streams(data: bytes, limits: Limits) -> None:
    """Raises TrackerUserError when a PDF's deflated streams inflate past the limit.

    The PDF reader inflates each stream whole and in one piece; here each is
    inflated a chunk at a time, counting and discarding, so a bomb is found
    before it costs memory.
    """
    budget = limits.unpacked_bytes
    for match in _PDF_STREAM.finditer(data):
        inflater, at = zlib.decompressobj(), match.end()
        pending = data[at:at + _CHUNK]
        at += _CHUNK
        try:
            while pending and not inflater.eof:
                budget -= len(inflater.decompress(pending, _CHUNK))
                if budget < 0:
                    raise _over_unpacked(limits)
                pending = inflater.unconsumed_tail
                if not pending:
                    pending, at = data[at:at + _CHUNK], at + _CHUNK
        except zlib.error:
            continue  # not deflated, or damaged: the PDF reader says so if it matters


class TooSlow(BaseException):
    """Raised inside a document's reading when its time is up.

    A BaseException, so that no library's `except Exception` swallows it.
    """


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the block after `seconds` (only on the main thread, where signals arrive)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
