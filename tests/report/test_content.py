"""The report's content: the same numbers as `tracker status`, the sentences a person would write."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from tracker.model.note import LagNote
from tracker.model.reported import Reported
from tracker.progress.status import Status
from tracker.report import content
from tracker.report.content import QuarterReport
from tracker.workspace import manual_decision

from .conftest import QUARTER


def rows(report: QuarterReport) -> dict[str, content.Row]:
    return {row.target: row for part in report.plans for section in part.sections for row in section.rows}


def test_every_target_is_in_a_section_table_with_the_numbers_status_computes(report, status_json) -> None:
    found = rows(report)
    assert len(found) == len(status_json) == 34
    for row in found.values():
        expected = status_json[row.title]
        assert row.status.value == expected["status"]
        assert (None if row.completion is None else round(float(row.completion), 3)) == expected["completion"]
    contracts = found["yk22-contracts"]
    assert (contracts.goal, contracts.actual, contracts.gap, contracts.unit) == ("11.3亿元", "4亿元", "7.3亿元", "亿元")
    assert (contracts.goal_value, contracts.actual_value, contracts.gap_value) == (Decimal("11.3"), 4, Decimal("7.3"))
    assert contracts.source == "《全市科技创新上半年工作总结及下半年工作打算》：“完成技术合同登记额4.0亿元”"
    assert contracts.document == "《全市科技创新上半年工作总结及下半年工作打算》", "by its title, not its path"
    assert [s.title for s in report.plans[0].sections][:2] == ["下半年工作打算", "抓国家创新型城市建设,提升综合创新水平"]
    assert [s.number for s in report.plans[0].sections] == list(range(1, len(report.plans[0].sections) + 1))
    assert report.plans[0].sources[0].path == "seeds/yingkou-2022-h1.txt", "the path only for the appendix"


def test_title_overview_and_the_honest_no_data_list(report, status_json) -> None:
    part = report.plans[0]
    assert report.title == "营口市科技工作2022年第二季度进展情况" and report.date_line == "截至2022年6月30日"
    assert part.overview[0].startswith("截至2022年6月30日，全市科技创新下半年工作打算（2022年）共34项目标任务：滞后 2")
    assert "序时进度 49.6%" in part.overview[0]
    assert set(part.no_data) == {title for title, t in status_json.items() if t["status"] == "no_data"}
    assert {word: n for _, word, n in part.counts} == {"滞后": 2, "正常推进": 4, "暂无数据": 27, "已完成": 1}


def test_targets_behind_carry_their_gap_pace_and_the_recorded_lag_note(workspace, report) -> None:
    lagging = {item.title: item for item in report.plans[0].lagging}
    assert set(lagging) == {"技术合同成交额", "农民科技培训人次"}
    assert lagging["技术合同成交额"].said == ("完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点；"
                                         "还差 7.3亿元，剩余 6 个月，月均需 1.22亿元")
    assert lagging["技术合同成交额"].cause == "尚未填报"
    workspace.record_note(LagNote(target="yk22-contracts", as_of=QUARTER.end, cause="重点企业合同集中在下半年登记",
                                  measures="组织技术经纪人上门服务", who="张科长", at=datetime.now(UTC)))
    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    again = content.build(status, [targets_file.plan("yk22")], workspace.notes()[0], QUARTER, {}, "zh")
    noted = next(item for item in again.plans[0].lagging if item.title == "技术合同成交额")
    assert (noted.cause, noted.measures) == ("重点企业合同集中在下半年登记", "组织技术经纪人上门服务")


def test_next_quarter_needs_three_months_of_the_pace(report) -> None:
    steps = report.plans[0].next_steps
    assert "技术合同成交额：下季度需完成3.65亿元（月均1.22亿元），全年尚差7.3亿元。" in steps
    assert "补报27项暂无数据指标的进展情况（名单见“存在问题”部分）。" in steps, "one line, not 27"
    assert not any(step.startswith("推进省级科技引领创新工程项目建设") for step in steps), "done: nothing to add"
    assert len(steps) == 7


def test_the_issuing_body_and_the_date_written(report, build) -> None:
    assert (report.signature, report.written) == (("营口市科学技术局",), "2022年7月6日")
    assert build(QUARTER, "yk22", "wh25").signature == ("营口市科学技术局", "威海市科学技术局")


def test_change_since_the_previous_quarters_report(workspace, report) -> None:
    now = datetime.now(UTC)

    def said(target: str, status: str, completion: str | None) -> Reported:
        return Reported(plan="yk22", quarter="2022Q1", target=target, as_of=QUARTER.previous.end, status=status,
                        completion=None if completion is None else Decimal(completion), at=now)

    previous = {"yk22": [said("yk22-contracts", "on_track", "0.2"), said("yk22-transferred-results", "no_data", None),
                         said("yk22-new-tech-smes", "on_track", "0.78")]}
    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    changed = rows(content.build(status, [targets_file.plan("yk22")], {}, QUARTER, previous, "zh"))
    assert changed["yk22-contracts"].change == "+15.4个百分点，正常推进→滞后"
    assert changed["yk22-transferred-results"].change == "新增数据，暂无数据→正常推进"
    assert changed["yk22-new-tech-smes"].change == "无变化"
    assert changed["yk22-high-tech-firms"].change == "", "no line in the earlier report: nothing to compare"
    kept = content.reported(report, status.progress)
    assert len(kept) == 34 and {r.quarter for r in kept} == {"2022Q2"}
    assert next(r for r in kept if r.target == "yk22-contracts").status == Status.BEHIND.value


def test_english(workspace) -> None:
    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    english = content.build(status, [targets_file.plan("yk22")], {}, QUARTER, {}, "en")
    assert english.title == "营口市: science and technology work, progress in Q2 2022"
    assert english.label("col.expected") == "time elapsed" and english.date_line == "as of 2022-06-30"
    assert english.plans[0].lagging[0].said == ("4亿元 done, 35.4% of the target, 14.2 points below the time-elapsed "
                                                "pace; 7.3亿元 to go, 6 months left, 1.22亿元 a month needed")


def test_control_characters_from_a_document_never_reach_a_file(workspace) -> None:
    from dataclasses import replace

    from tracker.report import ledger, word

    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    noisy = [p._replace(actual=p.actual._replace(quote="完成\x0b技术合同\x00登记额")) if p.actual else p
             for p in status.progress]
    report = content.build(replace(status, progress=noisy), [targets_file.plan("yk22")], {}, QUARTER, {}, "zh")
    assert rows(report)["yk22-contracts"].quote == "完成 技术合同 登记额"
    assert all("\x0b" not in s.quote for s in report.plans[0].sources)
    assert word.render(report)[:2] == ledger.render(report)[:2] == b"PK", "both files written, no XML error"


def test_a_value_by_hand_with_no_note_is_sourced_without_an_empty_quote(workspace) -> None:
    targets_file, _ = workspace.load_targets()
    target = targets_file.plan("yk22").targets[0]
    workspace.record(manual_decision(target, "5亿元" if target.target and "元" in target.target.text else "50",
                                     QUARTER.end, "张科长", source="高新技术企业认定公示（第一批）"))
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    built = content.build(status, [targets_file.plan("yk22")], workspace.notes()[0], QUARTER, {}, "zh")
    rows = [row for section in built.plans[0].sections for row in section.rows if row.target == target.id]
    assert rows and rows[0].source == "高新技术企业认定公示（第一批）" and "“”" not in rows[0].source
