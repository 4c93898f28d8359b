"""Shared fixtures: paths to the bundled data, and isolation from the user's machine."""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` (pyproject.toml) is one worker more than the cores: the app's tests spend about a fifth of their
    time waiting on the clock (Textual settles screens in 20 ms sleeps), which a third worker fills. Measured on
    the 2-core CI machine: 174 s with 2 workers, 150 s with 3, 154 s with 4 (docs/benchmarks.md)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores + 1


RAM_FOLDER = Path("/dev/shm")
"""Where the tests' folders and databases go when TMPDIR names no other place: a folder in memory (tmpfs). Every
test that stores something commits to SQLite, and each commit waits for the disk (fsync: 5-17 ms a call on the
CI machine, 0.01 ms in memory). Measured, tests/report and tests/cli serially, alternated in one loop: 96.7 and
59.6 s of wall time on disk, 75.3 and 48.4 s in memory, for the same CPU. Nothing a test checks depends on the disk
(a killed process leaves what it wrote in the page cache either way)."""
RAM_NEEDED = 4 << 30
"""Free room the memory folder must have (a whole run writes a few hundred MB; pytest keeps the last three)."""


def _in_memory(folder: Path) -> bool:
    """True when `folder` is a writable tmpfs mount with room to spare."""
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            kinds = {fields[1]: fields[2] for fields in (line.split() for line in mounts) if len(fields) > 2}
        room = os.statvfs(folder)
    except OSError:
        return False
    return kinds.get(str(folder)) == "tmpfs" and os.access(folder, os.W_OK) and room.f_bavail * room.f_frsize > RAM_NEEDED


def pytest_configure(config: pytest.Config) -> None:
    """Bytecode compiled once (`_compiled_once`), and temporary folders in memory (RAM_FOLDER) unless TMPDIR says
    where: set before pytest makes its base folder and before xdist starts the workers, which inherit it (their
    folders, and the tempfiles of the commands they run, go there too)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    _compiled_once(config)
    if os.environ.get("TMPDIR") or not _in_memory(RAM_FOLDER):
        return
    os.environ["TMPDIR"] = str(RAM_FOLDER)
    tempfile.tempdir = None  # gettempdir() asks again


def _compiled_once(config: pytest.Config) -> None:
    """tracker's and the tests' bytecode written once, by the main process, before any worker starts.

    Every worker imports every test module to collect it, and pytest rewrites each one's asserts (parse, rewrite,
    compile) unless it finds the rewritten bytecode it caches in __pycache__; with PYTHONDONTWRITEBYTECODE set (as
    in this shell) nothing is ever cached, and in a fresh clone the workers, starting together, each rewrote all
    of them anyway. Measured, one process collecting the suite: 4.5-4.9 s of CPU without that cache, 2.2 s with
    it. The same holds for the tracker commands the tests start as new interpreters (tests/test_child.py,
    tests/test_import_hygiene.py ...): each compiled the tracker modules it imports. Written here whatever
    PYTHONDONTWRITEBYTECODE says (py_compile and pytest's writer do not ask), atomically (a file written beside
    and renamed), and only where the source is newer than its bytecode; a file that cannot be written is
    skipped (it is compiled in memory as before)."""
    sources = [path for folder in (ROOT / "tracker", ROOT / "tests") for path in sorted(folder.rglob("*.py"))
               if DATA not in path.parents]
    child = os.fork() if hasattr(os, "fork") else -1  # two processes, each half of the files: 2.3 -> 1.2 s
    try:
        for source in sources[child == 0::2] if child >= 0 else sources:
            _compile(source, config)
    finally:
        if child == 0:
            os._exit(0)
    if child > 0:
        os.waitpid(child, 0)


def _compile(source: Path, config: pytest.Config) -> None:
    """One file's bytecode: as pytest rewrites it for a test module or a conftest, as Python compiles it else."""
    import compileall

    if not (source.name == "conftest.py" or source.name.startswith("test_")) or not _rewritten(source, config):
        compileall.compile_file(source, quiet=2)


def _rewritten(source: Path, config: pytest.Config) -> bool:
    """A test module's bytecode as pytest's assertion rewriting writes it (its own private functions: should a
    release of pytest change them, the module is left to each worker as before, never the run failed); False
    when asserts are not rewritten (--assert=plain) or pytest's functions are not the ones this knows."""
    try:
        from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc, assertstate_key

        state = config.stash.get(assertstate_key, None)
        if state is None:
            return False
        cached = source.parent / "__pycache__" / (source.name[:-3] + PYC_TAIL)
        if _read_pyc(source, cached) is None:
            with contextlib.suppress(OSError):
                cached.parent.mkdir(exist_ok=True)
                stat, code = _rewrite_test(source, config)
                _write_pyc(state, code, stat, cached)
    except (ImportError, AttributeError, TypeError, ValueError):
        return False
    return True


SLOW_FIRST = ("tests/tui/", "tests/hostile/")
"""The folders whose files take seconds each, handed to the workers first (in this order, with
`--no-loadscope-reorder` in pyproject.toml, xdist gives out whole files as collected) and interleaved: the app's
tests wait on the clock about half their time (Textual settles screens in 20 ms sleeps), the hostile cases keep
both cores busy (two forked commands at once), so a worker waiting on one is covered by the others."""


def _slow_rank(nodeid: str) -> tuple[int, int]:
    for kind, folder in enumerate(SLOW_FIRST):
        if nodeid.startswith(folder):
            return 0, kind
    return 1, 0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)
    kinds: dict[tuple[int, int], list[str]] = {}
    for name in files:
        kinds.setdefault(_slow_rank(name), []).append(name)
    slow = [kinds.get((0, kind), []) for kind in range(len(SLOW_FIRST))]
    order = [name for group in itertools.zip_longest(*slow) for name in group if name] + kinds.get((1, 0), [])
    items[:] = [item for name in order for item in files[name]]


PYTHON_GC = gc.get_threshold()
"""The collector's thresholds a user's process runs with (the hostile cases' children are given them back)."""
TESTS_GC = (20_000, 20, 100)
"""The workers' thresholds: a young generation of 20,000 objects, and a full collection after 100 of the middle one.
The suite's objects are many and long-lived (each app's widgets, session fixtures); at Python's default,
collections took 37 s of the suite's ~205 s of CPU, 19 s at (7000, 10, 10), 13 s with these (docs/benchmarks.md)."""


def pytest_collection_finish(session: pytest.Session) -> None:
    """What the collection built (modules, parametrized cases) lives to the end: out of the collector's sight."""
    gc.freeze()
    gc.set_threshold(*TESTS_GC)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Everything still alive, and the garbage the tests left, out of the collector's sight as the process ends.

    pytest's check for exceptions raised by finalizers (run after this hook) collects five times over: the first
    collection freed the million or so objects of garbage a worker piles up (each app's widgets; the workers'
    thresholds, TESTS_GC, leave it to the oldest generation), the others walked the 0.3-0.5 million left. That
    took 3.5 s of CPU a worker, 5-17 s of the clock with three workers ending together on two cores, and the main
    process waits for every worker to stop. The process is ending: the system takes its memory back whole. What
    is given up: a warning (never a failure) for a finalizer that fails in garbage still uncollected at the very
    end; finalizers of garbage collected while the tests run are reported as before."""
    gc.freeze()


ISOLATED = ("TRACKER_DATABASE_URL", "TRACKER_LANG", "TRACKER_DEBUG", "TRACKER_DB_TIMEOUT",
            "TRACKER_DB_STATEMENT_TIMEOUT")
"""The user's settings no test sees: database URL, waits, language."""


def isolate(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ISOLATED:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the user's database URL, waits or language."""
    isolate(monkeypatch)


@pytest.fixture
def root() -> Path:
    """The repository's top folder (targets.yaml, seeds/)."""
    return ROOT


def make_project(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with targets.yaml and seeds/, as a bureau would have it, made the current folder, and a
    person at the keyboard."""
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("TRACKER_USER", "张科长")
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with targets.yaml and seeds/, as a bureau would have it, and a person at the keyboard."""
    return make_project(tmp_path, monkeypatch)
