"""`tracker.child`: the report written in a process of its own, asked and answered in values."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from tracker.child import write_report_elsewhere
from tracker.config.settings import database_url


def test_the_report_is_written_and_named_in_values(project: Path) -> None:
    args = (Path("targets.yaml"), Path("seeds"), database_url(None), "2022Q2", "md", "zh")
    written = write_report_elsewhere(*args, plan="yk22", as_of=date(2022, 6, 30), force=False)
    assert written.refused is None and written.path == "reports/yk22-2022Q2.md"
    assert (project / written.path).read_text(encoding="utf-8").startswith("# 营口市科技工作2022年第二季度进展情况")
    again = write_report_elsewhere(*args, plan="yk22", as_of=date(2022, 6, 30), force=False)
    assert again.path is None and "已存在" in again.refused  # the core's words, in the language asked for


def test_a_problem_with_a_document_comes_back_as_a_diagnostic(project: Path) -> None:
    (project / "seeds" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    written = write_report_elsewhere(Path("targets.yaml"), Path("seeds"), database_url(None), "2022Q2", "md", "en",
                                     plan="yk22", as_of=date(2022, 6, 30), force=True)
    assert written.path is not None
    assert [d.path for d in written.problems if d.code.startswith("read.")] == ["seeds/broken.pdf"]


def test_a_missing_targets_file_is_refused_in_words() -> None:
    written = write_report_elsewhere(Path("no-such-targets.yaml"), Path("seeds"), "sqlite://", "2022Q2", "md", "en",
                                     plan=None, as_of=date(2022, 6, 30), force=False)
    assert written.path is None and "no-such-targets.yaml" in written.refused


def test_a_fresh_snapshot_comes_back_in_values_equal_to_one_computed_here(project: Path) -> None:
    from tracker.child import compute_elsewhere
    from tracker.workspace import compute_snapshot

    args = (Path("targets.yaml"), Path("seeds"), database_url(None), date(2022, 6, 30), "zh", None)
    started = []
    computed = compute_elsewhere(*args, started=started.append)
    assert len(started) == 1 and computed.failure is None and computed.diagnostics == []
    here, _, _ = compute_snapshot(*args)
    assert computed.snapshot == here.shown()


def test_targets_with_errors_come_back_as_their_diagnostics(project: Path) -> None:
    from tracker.child import compute_elsewhere

    (project / "targets.yaml").write_text("version: 1\nplans:\n  - id: Bad Id\n", encoding="utf-8")
    computed = compute_elsewhere(Path("targets.yaml"), Path("seeds"), database_url(None), None, "en", None)
    assert computed.snapshot is None and computed.failure is None
    assert computed.diagnostics and all(d.path == "targets.yaml" and d.line for d in computed.diagnostics)


def test_a_failure_comes_back_in_the_users_words(project: Path) -> None:
    from tracker.child import compute_elsewhere

    computed = compute_elsewhere(Path("targets.yaml"), Path("no-such-folder"), database_url(None), None, "zh", None)
    assert computed.snapshot is None and "no-such-folder" in computed.failure


def test_a_child_stopped_on_purpose_gives_nothing(project: Path) -> None:
    from tracker.child import compute_elsewhere

    computed = compute_elsewhere(Path("targets.yaml"), Path("seeds"), database_url(None), None, "zh", None,
                                 started=lambda child: child.terminate())
    assert computed is None


def test_no_module_of_the_working_folder_is_imported_by_the_child(project: Path) -> None:
    """A shared folder may hold anything: a decimal.py or json.py there must not run in place of the library's
    (both are imported by every child as it starts, so the quickest call shows it)."""
    planted = "import pathlib; pathlib.Path('planted-ran').write_text('x')\nfrom _pydecimal import *  # noqa\n"
    (project / "decimal.py").write_text(planted, encoding="utf-8")
    (project / "json.py").write_text(planted, encoding="utf-8")
    written = write_report_elsewhere(Path("no-such-targets.yaml"), Path("seeds"), database_url(None), "2022Q2", "md",
                                     "en", plan=None, as_of=date(2022, 6, 30), force=False)
    assert written.path is None and "no-such-targets.yaml" in written.refused  # the child answered
    assert not (project / "planted-ran").exists()


def test_a_child_killed_by_the_system_is_a_failure_not_a_stop(project: Path) -> None:
    from tracker.child import compute_elsewhere

    args = (Path("targets.yaml"), Path("seeds"), database_url(None))
    computed = compute_elsewhere(*args, None, "en", None, started=lambda child: child.kill())
    assert computed is not None and computed.snapshot is None and "SIGKILL" in computed.failure


def test_a_report_child_that_dies_is_refused_in_words(project: Path, monkeypatch) -> None:
    import tracker.child as child

    monkeypatch.setattr(child, "CHILD", (sys.executable, "-c", "import os, signal; os.kill(os.getpid(), 9)"))
    written = write_report_elsewhere(Path("targets.yaml"), Path("seeds"), database_url(None), "2022Q2", "md", "en",
                                     plan="yk22", as_of=date(2022, 6, 30), force=False)
    assert written.path is None and written.refused.startswith("SIGKILL")


def test_what_a_call_prints_on_the_way_does_not_spoil_the_answer() -> None:
    code = ("import sys, tracker.child as c\n"
            "c.CALLS['noisy'] = lambda request: (print('noise from a library'), {'path': '报告\\udcb9.md'})[1]\n"
            "raise SystemExit(c.main())\n")
    done = subprocess.run([sys.executable, "-c", code], input=b'{"call": "noisy"}', capture_output=True, check=True)
    assert json.loads(done.stdout) == {"path": "报告\udcb9.md"}  # a name that is no UTF-8 comes through too
    assert b"noise from a library" in done.stderr
