"""`tracker.child`: the report written in a process of its own, asked and answered in values."""

from __future__ import annotations

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


def test_a_quarter_no_plan_covers_is_refused_in_words() -> None:
    written = write_report_elsewhere(Path("no-such-targets.yaml"), Path("seeds"), "sqlite://", "2022Q2", "md", "en",
                                     plan=None, as_of=date(2022, 6, 30), force=False)
    assert written.path is None and "no-such-targets.yaml" in written.refused
