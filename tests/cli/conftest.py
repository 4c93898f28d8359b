"""A copy of the bundled targets.yaml and seeds/, ingested once for the tests that only read status from it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.entry import main as entry_main

ROOT = Path(__file__).resolve().parent.parent.parent

Run = Callable[..., str]


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder with the bundled files and its database filled (`tracker ingest`), shared read-only."""
    folder = tmp_path_factory.mktemp("seeded")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
    assert main(["ingest", str(folder / "seeds"), "--db", str(folder / "tracker.sqlite3")]) == 0
    return folder


@pytest.fixture
def run(seeded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """A command on the seeded folder, run from inside it (`tracker status` keeps its snapshot there): what it
    printed."""
    monkeypatch.chdir(seeded)

    def ran(*args: str, targets: str = "targets.yaml") -> str:
        capsys.readouterr()
        assert main([*args, "--targets", str(seeded / targets), "--docs", str(seeded / "seeds"),
                     "--db", str(seeded / "tracker.sqlite3")]) == 0
        return capsys.readouterr().out

    return ran


def in_process(args: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m tracker ARGS` in `cwd` as this process can run it: the console script's entry
    (`tracker.entry.main`) called with the streams caught, in `cwd`, with no TRACKER_ variable but those of `env`
    (as a child started with them would see); the working folder and environment are put back after.
    What the interpreter would do with a SystemExit is done here: its code, or 1 and its text on stderr."""
    out, err = io.StringIO(), io.StringIO()
    here, environ = os.getcwd(), dict(os.environ)
    try:
        for name in [name for name in os.environ if name.startswith("TRACKER_")]:
            del os.environ[name]
        os.environ.update(env or {})
        os.chdir(cwd)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = entry_main(list(args))
            except SystemExit as exit_:
                code = _exit_code(exit_.code, err)
    finally:
        os.chdir(here)
        os.environ.clear()
        os.environ.update(environ)
    return subprocess.CompletedProcess(["tracker", *args], code, out.getvalue(), err.getvalue())


def _exit_code(code: object, err: io.StringIO) -> int:
    if code is None or isinstance(code, int):
        return code or 0
    print(code, file=err)
    return 1
