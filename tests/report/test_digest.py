"""The digest (督办简报) built from a status report of the bundled targets.yaml, with figures given by hand."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.model.evidence import Evidence, Review, Role
from tracker.model.plan import TargetsFile
from tracker.progress.report import report_of
from tracker.progress.supervision import Supervised, supervise
from tracker.report.digest import LIMIT, digest, fitted

ROOT = Path(__file__).resolve().parent.parent.parent
BOX = re.compile("[\u2500-\u257f|]")
"""Box-drawing characters and the pipe tables are drawn with."""
MARKDOWN = re.compile(r"^(#|[-*+] |>)|\*\*|`|\[.*\]\(", re.MULTILINE)


@pytest.fixture(scope="module")
def targets_file() -> TargetsFile:
    loaded, _ = load_targets(ROOT / "targets.yaml", "targets.yaml")
    assert loaded is not None
    return loaded


def _figure(target: str, value: str, unit: str, as_of: date) -> Evidence:
    return Evidence(target=target, ref=f"hand:{target}", role=Role.PROGRESS, review=Review.MANUAL,
                    confidence=Decimal(1), value=Decimal(value), unit=unit, as_of=as_of, period=None, document=None,
                    quote="", start=None, end=None, who="张科长")


FIGURES = {"yk22-contracts": ("400000000", "元"), "yk22-farmer-training-people": ("150", "人次"),
           "yk22-new-tech-smes": ("156", "家")}


def _digest(targets_file: TargetsFile, as_of: date, lang: str = "zh", plan: str | None = None,
            figures: dict | None = None) -> tuple[str, Supervised]:
    evidence = {t: [_figure(t, v, u, date(2022, 6, 30))] for t, (v, u) in (figures or FIGURES).items()}
    report = report_of(targets_file, evidence, as_of, plan)
    supervised = supervise(report, targets_file.supervision)
    return digest(report, supervised, lang), supervised


def test_a_plan_reads_its_counts_score_and_lagging_targets_with_gap_and_unit(targets_file: TargetsFile) -> None:
    text, supervised = _digest(targets_file, date(2022, 6, 30), plan="yk22")
    lines = text.splitlines()
    assert lines[0] == "全市科技创新下半年工作打算（2022年）（yk22，营口市，2022）截至 2022-06-30"
    assert lines[1] == "共34项：正常推进 1，滞后 2，暂无数据 31"
    score = next(s for s in supervised.scores if s.key == "yk22")
    assert lines[2] == f"得分 {score.score.quantize(Decimal('0.1'))}（不合格）"
    assert lines[3:6] == ["滞后、未完成或逾期2项：", "1、技术合同成交额：滞后，完成35.4%，差7.3亿元（成果转化科）",
                          "2、农民科技培训人次：滞后，完成30%，差350人次（农村科技科）"]
    assert lines[6] == "暂无临近到期的任务"


def test_due_soon_and_overdue_as_of_a_later_date(targets_file: TargetsFile) -> None:
    text, supervised = _digest(targets_file, date(2025, 6, 15))
    wh25, yk22 = text.split("\n\n")
    assert "临近到期1项：\n1、研究谋划科技创新三年行动计划：截止2025-06-30，还有15天（发展规划科）" in wh25
    assert supervised.deadlines["wh25-three-year-plan"].days_left == 15
    assert "无滞后、未完成或逾期的指标" in yk22  # a plan closed two years before is history, no longer pressed for
    _, early = _digest(targets_file, date(2023, 1, 15))[0].split("\n\n")
    lagging = [line for line in early.splitlines() if re.match(r"\d+、", line)]
    assert lagging[0] == "1、技术合同成交额：未完成，完成35.4%，差7.3亿元，已逾期15天（成果转化科）"
    pressed = [p for p in supervised_of(targets_file, date(2023, 1, 15)) if p.plan.id == "yk22"]
    assert pressed and all(p.status.value == "missed" for p in pressed)  # none pressed for want of news
    assert len(lagging) == len(pressed) or f"…等{len(pressed)}项" in early.splitlines()


def test_every_plan_stays_within_the_bound_with_no_table_or_markdown(targets_file: TargetsFile) -> None:
    for as_of in (date(2022, 6, 30), date(2025, 6, 15), date(2026, 1, 1)):
        for lang in ("zh", "en"):
            text, _ = _digest(targets_file, as_of, lang)
            for paragraph in text.split("\n\n"):
                assert len(paragraph) <= LIMIT
            assert not BOX.search(text) and not MARKDOWN.search(text)


def test_as_many_items_as_fit_then_how_many_in_all() -> None:
    head = ["标题", "共300项"]
    lagging = [f"指标{n:03d}：滞后，完成10%，差5亿元（高新技术科）" for n in range(300)]
    text = fitted(head, lagging, ["甲：截止2025-06-30，还有3天"], "zh")
    assert len(text) <= LIMIT and text.endswith("…等300项\n临近到期1项：\n1、甲：截止2025-06-30，还有3天")
    shown = [line for line in text.splitlines() if "、指标" in line]
    assert shown[-1] == f"{len(shown)}、{lagging[len(shown) - 1]}"
    one_more = text.replace("…等300项", f"{len(shown) + 1}、{lagging[len(shown)]}\n…等300项")
    assert len(one_more) > LIMIT, "one more item would not fit"
    assert fitted(head, lagging[:2], [], "zh").count("、指标") == 2


def test_english(targets_file: TargetsFile) -> None:
    text, _ = _digest(targets_file, date(2022, 6, 30), "en", plan="yk22")
    assert text.splitlines()[:2] == ["全市科技创新下半年工作打算（2022年） (yk22, 营口市, 2022) as of 2022-06-30",
                                     "34 targets: on track 1, behind 2, no data 31"]
    assert "1) 技术合同成交额: behind, 35.4% done, 7.3亿元 short (成果转化科)" in text
    assert "nothing due soon" in text


def supervised_of(targets_file: TargetsFile, as_of: date) -> list:
    """The targets the supervision loop presses for as of a day, in file order."""
    text, supervised = _digest(targets_file, as_of)
    return [p for unit in supervised.lagging.values() for p in unit]
