"""Run one command line of tracker in a forked child with a time and memory limit, as a user's shell would.

The child inherits the test process's imports (so a case costs milliseconds,
not an interpreter start), changes to the case's folder, limits its address
space and runs `tracker.cli.main`; the parent waits at most `timeout`
seconds, kills it after that, and reads its exit status, output and peak memory.
Several children run at once (`run_all`), one per core.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import logging
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Imported before forking, so no child pays for them.
import tracker.cli
import tracker.extract.documents  # the extractor's patterns, compiled once here
import tracker.extract.engine
import tracker.pipeline
import tracker.store.db
import tracker.workspace
from tests.conftest import PYTHON_GC
from tracker.extract.documents import load_document
from tracker.extract.engine import extract
from tracker.extract.readers import read_contents

_MAIN = tracker.cli.main
"""`tracker.cli.main` as tracker defines it, for the warm-up: a test may replace `tracker.cli.main` for its cases'
children (one drops root's rights, one limits the size of files written) and be the first of its worker to run
cases; the warm-up, run in the worker itself, called the replacement then, and the worker lost root's rights (every
later test of that worker failed on its own temporary folder) or hung."""


@functools.cache
def _warm() -> None:
    """Build before the first fork what the first document read in a process builds lazily (the Chinese-numeral
    reader, the gazetteer's names, the metadata patterns): about 0.35 s each child would pay again. Once, in the
    worker that runs cases (not at import: every worker imports this module to collect the tests)."""
    extract(load_document(Path("warm.txt"), "warm.txt",
                          data="威海市科学技术局2022年工作总结：全年完成技术合同成交额三百二十亿元，新增高新技术企业56家。".encode()))
    _each_reader_once()
    _a_status_here()


def _each_reader_once() -> None:
    """Read one small HTML, DOCX and PDF in this process before the first fork: their libraries (BeautifulSoup,
    python-docx and lxml, pdfminer) are imported where first used, so each child meeting such a file (the reader
    forked from the case's process) imported them again: 0.03-0.05 s of CPU each (measured in a process that has
    tracker's readers loaded), for about 30 cases of test_documents, more in the all-bad folders. (The reader's
    own CPU is not in the test process's count of its children: it is not waited for when the case ends.)"""
    from tests.hostile import makers  # here: makers imports nothing of this module, but only the cases need it

    for suffix, data in ((".html", b"<html><body><p>2025</p></body></html>"),
                         (".docx", makers.docx(makers.docx_body(["2025"]))), (".pdf", makers.text_pdf())):
        read_contents(suffix, data)


def _a_status_here() -> None:
    """One `tracker status --json` in this process before the first fork, on a folder as a case has it (the small
    bundled documents, nothing hostile), its output unread: what a process builds the first time it computes a
    status (SQLAlchemy's compiled statements and mapped classes, the YAML reader, the matcher's caches) is then
    built once, not again in each of the ~220 children. Measured, the cases of one module run one at a time,
    children's CPU without and with it: test_documents 13.1 -> 10.7 s, test_yaml 4.2 -> 3.1 s, test_terminal 2.7
    -> 2.0 s, test_values 1.8 -> 1.2 s. Every case still computes its own status from its own files, in its own
    database: what is shared is only what a process caches for any folder (built from the bundled lexicon and
    code, not from a case's files)."""
    from tests.hostile.cases import Case  # here: cases.py imports this module

    base = Path(tempfile.mkdtemp())
    run, here = Case("warm", lambda _folder: None).run(base), os.getcwd()
    handlers = list(logging.getLogger().handlers)
    try:
        os.chdir(run.cwd)
        with (warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()),
              contextlib.redirect_stderr(io.StringIO())):
            code = _MAIN(list(run.argv))
        assert code == 0, "the warm-up status failed"
    finally:
        os.chdir(here)
        logging.getLogger().handlers[:] = handlers
        gc.collect(1)  # its engine and connections (young objects) closed here, before any fork carries them
        shutil.rmtree(base, ignore_errors=True)

MEMORY_LIMIT = 1 << 30
"""The issue's bound: every case finishes within 1 GB of memory beyond what it was forked with."""
PAGE = os.sysconf("SC_PAGE_SIZE")


def _statm() -> tuple[int, int]:
    """This process's address space and resident memory, in bytes."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        size, resident, *_ = (int(field) * PAGE for field in handle.read().split())
    return size, resident
TIME_LIMIT = 20.0
"""The issue's bound: every case finishes within 20 s."""


@dataclass
class Run:
    """One command line to run in a folder, with its environment."""

    argv: Sequence[str]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = TIME_LIMIT


@dataclass
class Outcome:
    """What a run did: exit status (None when killed), stdout, stderr, seconds, and peak memory in MB beyond what
    the child was forked with (the test process's own is shared, not the case's)."""

    code: int | None
    out: str
    err: str
    seconds: float
    peak_mb: float

    @property
    def lines(self) -> list[str]:
        """The non-empty lines written to stderr."""
        return [line for line in self.err.splitlines() if line.strip()]


def _child(run: Run, out: int, err: int) -> None:
    os.dup2(out, 1)
    os.dup2(err, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    code = 70
    gc.set_threshold(*PYTHON_GC)  # the collector as in a user's process, not as tuned for the test workers
    try:
        os.chdir(run.cwd)
        os.environ.update(run.env)
        inherited, _ = _statm()
        resource.setrlimit(resource.RLIMIT_AS, (inherited + MEMORY_LIMIT, inherited + MEMORY_LIMIT))
        sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
        code = tracker.cli.main(list(run.argv))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 2
    except BaseException as error:  # reported to the parent as output
        import traceback

        traceback.print_exception(error)
        code = 99
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


class _Started:
    def __init__(self, run: Run) -> None:
        self.run = run
        self.out = tempfile.TemporaryFile()  # noqa: SIM115 - the child writes to them; closed when it is read
        self.err = tempfile.TemporaryFile()  # noqa: SIM115
        self.began = time.monotonic()
        self.resident = _statm()[1]
        gc.freeze()  # the parent's objects out of the collector's sight: a child's collections copy none of them
        pid = os.fork()
        if pid == 0:
            _child(run, self.out.fileno(), self.err.fileno())
        self.pid = pid

    def poll(self) -> Outcome | None:
        pid, status, usage = os.wait4(self.pid, os.WNOHANG)
        elapsed = time.monotonic() - self.began
        if pid == 0:
            if elapsed < self.run.timeout:
                return None
            os.kill(self.pid, signal.SIGKILL)
            _, status, usage = os.wait4(self.pid, 0)
        code = os.waitstatus_to_exitcode(status) if pid else None
        grown = max(0.0, usage.ru_maxrss * 1024 - self.resident) / (1 << 20)
        return Outcome(code, self._text(self.out), self._text(self.err), elapsed, grown)

    @staticmethod
    def _text(handle: tempfile._TemporaryFileWrapper) -> str:  # type: ignore[type-arg]
        handle.seek(0)
        data = handle.read()
        handle.close()
        return data.decode("utf-8", errors="replace")


def run_all(runs: dict[str, Run], parallel: int | None = None) -> dict[str, Outcome]:
    """Every run's outcome, by name, `parallel` at a time (default: one per core)."""
    _warm()
    waiting = list(runs.items())
    active: dict[str, _Started] = {}
    done: dict[str, Outcome] = {}
    width = parallel or max(1, min(4, os.cpu_count() or 1))
    while waiting or active:
        while waiting and len(active) < width:
            name, run = waiting.pop(0)
            active[name] = _Started(run)
        for name, started in list(active.items()):
            if (outcome := started.poll()) is not None:
                done[name] = outcome
                del active[name]
        time.sleep(0.005)
    return done


def run_one(run: Run) -> Outcome:
    """One run's outcome."""
    return run_all({"one": run}, parallel=1)["one"]
