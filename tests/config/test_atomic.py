"""Atomic writes: a crash, a kill or a failed write leaves the old file or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import random
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.config.atomic import NEW_FILE_MODE, UMASK, write_atomic
from tracker.errors import TrackerUserError

SIZE = 4_000_000
WRITER = """
import sys
from pathlib import Path
from tracker.config.atomic import write_atomic
path, size = Path(sys.argv[1]), int(sys.argv[2])
print("ready", flush=True)
while True:
    for letter in "ab":
        write_atomic(path, letter * size)
"""
LIMITED = """
import resource, signal, sys
from pathlib import Path
from tracker.config.atomic import write_atomic
from tracker.errors import TrackerUserError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
try:
    write_atomic(Path(sys.argv[1]), "b" * 100_000)
except TrackerUserError as error:
    print(error.message("en"))
"""


@pytest.fixture
def _no_hang() -> Iterator[None]:
    """A write that opened a FIFO would wait for a reader forever: fail after 5 seconds instead."""

    def late(*_args: object) -> None:
        raise TimeoutError("the write blocked")

    previous = signal.signal(signal.SIGALRM, late)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _listed(*folders: Path) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.iterdir())


def test_a_write_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "新的内容\n")
    assert path.read_text(encoding="utf-8") == "新的内容\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["targets.yaml"]


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path: Path) -> None:
    write_atomic(tmp_path / "report.md", "# 报告\n")
    (tmp_path / "plain.md").write_text("# 报告\n", encoding="utf-8")
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == (tmp_path / "plain.md").stat().st_mode & 0o777
    assert (tmp_path / "report.md").stat().st_mode & 0o044, "readable by others, not private as a temporary file"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("old\n", encoding="utf-8")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(TrackerUserError, match="No space left"):
        write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["targets.yaml"]


def _kill_writers(path: Path, runs: int) -> None:
    """Writers of `path` killed at random moments; each time the file is whole, one text or the other."""
    rng = random.Random(7)
    for _ in range(runs):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(SIZE)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = path.read_bytes()
        assert len(content) == SIZE and content in (b"a" * SIZE, b"b" * SIZE)


def test_a_writer_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    write_atomic(path, "a" * SIZE)
    _kill_writers(path, 8)


def test_a_writer_through_a_link_killed_at_any_moment_leaves_the_link_and_a_whole_file(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    write_atomic(tmp_path / "repo" / "targets.yaml", "a" * SIZE)
    (tmp_path / "targets.yaml").symlink_to("repo/targets.yaml")
    _kill_writers(tmp_path / "targets.yaml", 4)
    assert os.readlink(tmp_path / "targets.yaml") == "repo/targets.yaml"


def test_a_chain_of_links_stays_links_and_the_file_at_its_end_gets_the_text(tmp_path: Path) -> None:
    repo, work = tmp_path / "repo", tmp_path / "work"
    repo.mkdir()
    work.mkdir()
    (repo / "targets.yaml").write_text("old\n", encoding="utf-8")
    (repo / "targets.yaml").chmod(0o640)
    (repo / "current.yaml").symlink_to("targets.yaml")
    (work / "targets.yaml").symlink_to(repo / "current.yaml")
    write_atomic(work / "targets.yaml", "新的内容\n")
    assert (repo / "targets.yaml").read_text(encoding="utf-8") == "新的内容\n"
    assert os.readlink(work / "targets.yaml") == str(repo / "current.yaml")
    assert os.readlink(repo / "current.yaml") == "targets.yaml"
    assert stat.S_ISREG(os.lstat(repo / "targets.yaml").st_mode)
    assert (repo / "targets.yaml").stat().st_mode & 0o777 == 0o640
    assert _listed(repo, work) == ["current.yaml", "targets.yaml", "targets.yaml"], "no temporary left anywhere"


def test_a_dangling_link_creates_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "export.yaml").symlink_to("kept/decisions.yaml")
    (tmp_path / "kept").mkdir()
    write_atomic(tmp_path / "export.yaml", "decisions: []\n")
    assert os.readlink(tmp_path / "export.yaml") == "kept/decisions.yaml"
    assert (tmp_path / "kept" / "decisions.yaml").read_text(encoding="utf-8") == "decisions: []\n"
    assert (tmp_path / "kept" / "decisions.yaml").stat().st_mode & 0o777 == NEW_FILE_MODE & ~UMASK


def test_a_dangling_link_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "export.yaml").symlink_to("gone/decisions.yaml")
    with pytest.raises(TrackerUserError) as raised:
        write_atomic(tmp_path / "export.yaml", "decisions: []\n")
    assert raised.value.code == "file.link_dangling"
    assert str(tmp_path / "export.yaml") in str(raised.value) and "gone" in raised.value.message("zh")
    assert os.readlink(tmp_path / "export.yaml") == "gone/decisions.yaml" and _listed(tmp_path) == ["export.yaml"]


def test_a_loop_of_links_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to("b.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    with pytest.raises(TrackerUserError, match="loop") as raised:
        write_atomic(tmp_path / "a.yaml", "x\n")
    assert str(tmp_path / "a.yaml") in raised.value.message("zh") and "循环" in raised.value.message("zh")
    assert os.readlink(tmp_path / "a.yaml") == "b.yaml" and os.readlink(tmp_path / "b.yaml") == "a.yaml"
    assert _listed(tmp_path) == ["a.yaml", "b.yaml"]


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _socket(path: Path) -> Path:
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
    return path


def _null(path: Path) -> Path:
    path.symlink_to("/dev/null")
    return Path("/dev/null")


@pytest.mark.usefixtures("_no_hang")
@pytest.mark.parametrize(("make", "is_kind", "said"), [
    (_fifo, stat.S_ISFIFO, "named pipe (FIFO)"),
    (_folder, stat.S_ISDIR, "folder"),
    (_socket, stat.S_ISSOCK, "socket"),
    (_null, stat.S_ISCHR, "device"),
])
def test_a_destination_that_is_not_a_regular_file_is_never_replaced(
        tmp_path: Path, make: Callable[[Path], Path], is_kind: Callable[[int], bool], said: str) -> None:
    path = tmp_path / "out.yaml"
    node = make(path)
    with pytest.raises(TrackerUserError) as raised:
        write_atomic(path, "x\n")
    assert raised.value.code.startswith("file.not_regular.")
    assert str(raised.value).startswith(str(path)) and f"is a {said}, not a regular file" in str(raised.value)
    assert str(path) in raised.value.message("zh") and "不是普通文件" in raised.value.message("zh")
    assert is_kind(os.stat(node).st_mode), "the node is what it was"
    assert path.is_symlink() == (node != path) and _listed(tmp_path) == ["out.yaml"]


@pytest.mark.parametrize(("call", "code", "reason"), [
    ("write", errno.ENOSPC, "No space left on device"),
    ("fsync", errno.EIO, "Input/output error"),
])
def test_a_failing_disk_is_one_line_and_the_old_file_stays_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, reason: str) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("old\n", encoding="utf-8")
    real = os.write

    def failing(*args: object) -> int:
        if call == "write" and args[1:] and len(args[1]) > 4:  # type: ignore[arg-type]
            return real(args[0], args[1][:4])  # type: ignore[arg-type, call-overload, index]
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, call, failing)
    with pytest.raises(TrackerUserError) as raised:
        write_atomic(path, "new and longer\n")
    assert str(raised.value) == f"cannot write the file: {path}: {reason}"
    assert path.read_text(encoding="utf-8") == "old\n" and _listed(tmp_path) == ["targets.yaml"]


def test_a_file_size_limit_fails_with_efbig_and_the_old_file_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("a" * 500, encoding="utf-8")
    child = subprocess.run([sys.executable, "-c", LIMITED, str(path)], capture_output=True, text=True, timeout=10,
                           env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, check=True)
    assert child.stdout == f"cannot write the file: {path}: File too large\n" and child.stderr == ""
    assert path.read_text(encoding="utf-8") == "a" * 500 and _listed(tmp_path) == ["report.md"]


@pytest.mark.usefixtures("_no_hang")
@pytest.mark.parametrize(("make", "is_kind"), [(_fifo, stat.S_ISFIFO), (_folder, stat.S_ISDIR)])
def test_review_export_to_a_fifo_or_a_folder_is_one_line_and_exit_2(
        project: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], Path],
        is_kind: Callable[[int], bool]) -> None:
    node = make(project / "decisions.yaml")
    capsys.readouterr()
    assert main(["review", "export", "decisions.yaml"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("tracker: decisions.yaml ")
    assert "不是普通文件" in err and "Traceback" not in err
    assert is_kind(os.stat(node).st_mode)
