"""Packed documents (PDF, DOCX) are unpacked in a child process with a memory limit and a time limit.

Their libraries inflate streams and parts whole, in C, through any chain of
filters a file declares: no check made beforehand sees every bomb, and no
signal interrupts C code. So one long-lived child, forked when the first such
file is met (it inherits what is imported, so it starts in milliseconds),
reads them: its address space may grow by at most `MEMORY`, a file that takes
longer than its time has the child killed, and a child that dies takes only
that file with it. The parent sends the bytes and gets back the text or the
user error, as `readers` would have raised it in process. When the process ends,
its child is let end and reaped (`Sandbox.close`): its time counts with the
process's, and no reader outlives it.
"""

from __future__ import annotations

import atexit
import gc
import json
import os
import resource
import select
import signal
import struct
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from typing import IO, NamedTuple

from tracker.errors import TrackerUserError

MEMORY = 1 << 30
"""The reader's address space: 1 GB, however the file inflates."""
_HEAD = struct.Struct(">IQ")  # header length, payload length


def _send(stream: IO[bytes], header: dict, payload: bytes) -> None:
    head = json.dumps(header).encode()
    stream.write(_HEAD.pack(len(head), len(payload)) + head + payload)
    stream.flush()


def _exactly(read, size: int) -> bytes:  # a function returning up to n bytes
    parts, left = [], size
    while left:
        part = read(left)
        if not part:
            raise EOFError
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _receive(read) -> tuple[dict, bytes]:
    head_size, payload_size = _HEAD.unpack(_exactly(read, _HEAD.size))
    header = json.loads(_exactly(read, head_size))
    return header, _exactly(read, payload_size)


class _Child(NamedTuple):
    pid: int
    requests: IO[bytes]
    answers: int
    parent: int
    """The process that forked it: a process forked later (a worker of its own) starts its own child."""

    def serves(self) -> bool:
        """True when this child is this process's own and still alive."""
        return self.parent == os.getpid() and os.waitpid(self.pid, os.WNOHANG) == (0, 0)


Reader = Callable[[str, bytes], tuple[str, str | None]]
"""What the child does with a request: a file's suffix and bytes to its text and encoding (`readers.read_contents`,
given by the readers, so this module knows no reader)."""


class Sandbox:
    """The child that reads packed documents; one per process, used under a lock, started again after a death."""

    def __init__(self, reader: Reader) -> None:
        self._reader = reader
        self._child: _Child | None = None
        self._lock = threading.Lock()
        self._closes_in = 0  # the process whose exit closes this sandbox (`close`), once registered

    def _start(self) -> _Child:
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: read requests until the parent closes the pipe
            # its own cycle collector on whatever the parent had paused (a status pauses it): every parse leaves
            # cycles, which would otherwise pile up to the child's memory limit over an archive's files
            gc.enable()
            code = 0
            try:
                _die_with_parent()
                os.close(down_write)
                os.close(up_read)
                with open("/proc/self/statm", encoding="ascii") as statm:
                    size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
                _, hard = resource.getrlimit(resource.RLIMIT_AS)
                limit = size + MEMORY if hard == resource.RLIM_INFINITY else min(size + MEMORY, hard)
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
                _serve(os.fdopen(down_read, "rb"), os.fdopen(up_write, "wb"), self._reader)
            except BaseException:  # the parent sees the pipe close and says so
                code = 1
            finally:
                os._exit(code)
        os.close(down_read)
        os.close(up_write)
        if self._closes_in != os.getpid():
            atexit.register(self.close)
            self._closes_in = os.getpid()
        return _Child(pid, os.fdopen(down_write, "wb"), up_read, os.getpid())

    def close(self, wait: float = 1.0) -> None:
        """End this process's child as it ends when the pipe closes, and reap it (at the process's exit, so that
        its time is counted with the process's and no reader outlives it); one that has not ended within `wait`
        seconds (a read still under way in another thread) is killed. A child of another process is left to it."""
        child = self._child
        if child is None or child.parent != os.getpid():
            return
        with suppress(OSError):
            child.requests.close()  # the child reads the end of its requests and exits
        if _ended(child.pid, wait):
            os.close(child.answers)
            self._child = None
        else:
            self._stop()

    def _stop(self) -> None:
        """Kill the child (if it still lives), reap it (if not reaped yet) and close its pipes."""
        if self._child is not None:
            with suppress(ProcessLookupError):
                os.kill(self._child.pid, signal.SIGKILL)
            with suppress(ChildProcessError):
                os.waitpid(self._child.pid, 0)
            with suppress(OSError):
                self._child.requests.close()
            os.close(self._child.answers)
            self._child = None

    def read(self, suffix: str, data: bytes, seconds: float) -> tuple[str, str | None]:
        """The text (and encoding) of a packed file, read in the child.

        Raises:
            TrackerUserError: what the reader says of the file, or that it took longer than `seconds`, or that
                reading it needed more memory than the limit.
        """
        with self._lock:
            if self._child is None or not self._child.serves():
                if self._child is not None and self._child.parent == os.getpid():
                    self._stop()  # it died: reap it and close its pipes
                self._child = self._start()
            child = self._child
            try:
                _send(child.requests, {"suffix": suffix}, data)
                header, payload = _receive(_timed(child.answers, time.monotonic() + seconds))
            except TimeoutError:
                self._stop()
                raise TrackerUserError("read.too_slow", seconds=f"{seconds:g}") from None
            except (EOFError, BrokenPipeError, OSError, ValueError):
                self._stop()  # killed by its memory limit, or worse: this file only
                raise TrackerUserError("read.over_memory", limit=str(MEMORY >> 20)) from None
        if "code" in header:
            raise TrackerUserError(header["code"], **header.get("params", {}))
        return payload.decode("utf-8", "surrogatepass"), header.get("encoding")


def _ended(pid: int, wait: float) -> bool:
    """Whether the child has ended (and is reaped) within `wait` seconds."""
    deadline = time.monotonic() + wait
    with suppress(ChildProcessError):  # reaped already
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
    return True


def _timed(fd: int, deadline: float):  # a read function with a deadline
    def read(size: int) -> bytes:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise TimeoutError
        return os.read(fd, min(size, 1 << 20))

    return read


def _die_with_parent() -> None:
    """Ask Linux to kill this child when its parent dies (a killed run must not leave a reader inflating a bomb)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere the child ends when it next reads from the closed pipe


def _serve(incoming: IO[bytes], outgoing: IO[bytes], read_contents: Reader) -> None:
    """The child: read a request, answer with the text or the error, until the parent closes the pipe."""
    signal.signal(signal.SIGALRM, signal.SIG_IGN)  # the parent's deadline is the parent's
    while True:
        try:
            header, data = _receive(incoming.read)
        except EOFError:
            return
        try:
            text, encoding = read_contents(header["suffix"], data)
            _send(outgoing, {"encoding": encoding}, text.encode("utf-8", "surrogatepass"))
        except TrackerUserError as error:
            if error.code == "read.out_of_memory":  # here memory is the limit's, not the machine's
                error = TrackerUserError("read.over_memory", limit=str(MEMORY >> 20))
            _send(outgoing, {"code": error.code, "params": error.params}, b"")
