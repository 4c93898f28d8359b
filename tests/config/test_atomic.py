"""Atomic writes: a crash, a kill or a failed write leaves the old file or the new one, never half of one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.config.atomic import write_atomic
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


def test_a_writer_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    write_atomic(path, "a" * SIZE)
    rng = random.Random(7)
    for _ in range(8):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(SIZE)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = path.read_bytes()
        assert len(content) == SIZE and content in (b"a" * SIZE, b"b" * SIZE)
