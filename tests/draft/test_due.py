"""`draft.due`: a deadline as a plan or a table writes it, read as a day of the plan's period."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.draft.due import due_date, step_due
from tracker.model.period import parse_period

YEAR = parse_period("2024")


@pytest.mark.parametrize(("cell", "due"), [
    ("2024年6月底前", date(2024, 6, 30)),
    ("9月底", date(2024, 9, 30)),
    ("年底前", date(2024, 12, 31)),
    ("全年", date(2024, 12, 31)),  # the whole year: due at its end
    ("2024年3月15日", date(2024, 3, 15)),
    ("上半年", date(2024, 6, 30)),
    ("三季度", date(2024, 9, 30)),
    ("第4季度", date(2024, 12, 31)),
    ("2025年6月", None),  # outside the plan's period: left for a person
    ("持续推进", None),
    ("长期坚持", None),
    ("13月", None),
    ("2月30日", None),  # no such day
])
def test_a_deadline_is_a_day_of_the_plan(cell: str, due: date | None) -> None:
    assert due_date(cell, YEAR) == due


THREE_YEARS = parse_period("2024..2026")


@pytest.mark.parametrize(("cell", "due"), [
    ("2025年底前", date(2025, 12, 31)),  # a written year is kept, not the period's last
    ("2024年上半年", date(2024, 6, 30)),
    ("2025年三季度", date(2025, 9, 30)),
    ("2023年底前", None),  # before the plan: left for a person
    ("年底前", date(2026, 12, 31)),  # no year: the period's end
    ("坚持到底", None),  # 底 without a year is no deadline
])
def test_a_written_year_holds_in_a_plan_of_several_years(cell: str, due: date | None) -> None:
    assert due_date(cell, THREE_YEARS) == due


def test_a_dotted_year_and_month_before_a_unit_is_no_deadline() -> None:
    assert due_date("修建2025.6公里农村公路", YEAR) is None and due_date("2024.6", YEAR) == date(2024, 6, 30)


def test_without_a_period_no_deadline_is_guessed() -> None:
    assert due_date("6月底前", None) is None
    assert due_date("2022年10月底前编制并公布清单", None) == date(2022, 10, 31)  # its year is written


def test_a_tasks_own_text_sets_a_deadline_only_with_a_month() -> None:
    assert due_date("2024年10月底前编制并公布清单", YEAR, last=True, dated=True) == date(2024, 10, 31)
    assert due_date("力争全年盘活僵尸企业10家", YEAR, last=True, dated=True) is None
    assert due_date("招标5月底前完成并开工,2024年年底开展主体工程施工", YEAR, last=True, dated=True) == date(2024, 12, 31)


def test_a_schedule_of_steps_is_due_at_its_last_date() -> None:
    steps = "①2月上旬前，完成设计招标。②3月底前，完成图纸。③5月底前，开工。"
    assert (due_date(steps, YEAR), due_date(steps, YEAR, last=True)) == (date(2024, 2, 29), date(2024, 5, 31))


STEPS = ("1.照护驿站:3月底前新建成2家;9月底前完成7家建设任务。 2.照护服务托位:3月底前新增100个;6月底前完成500个。"
         " 3.联合筛查:5月底前启动;11月底前完成筛查工作。")


@pytest.mark.parametrize(("about", "due"), [
    ("新增照护服务托位", date(2024, 6, 30)),
    ("新建成照护驿站", date(2024, 9, 30)),
    ("开展联合筛查", date(2024, 11, 30)),
    ("新建幼儿园", None),  # no step names it: the row's deadline holds
])
def test_a_labelled_step_of_a_schedule_gives_its_own_targets_deadline(about: str, due: date | None) -> None:
    assert step_due(STEPS, YEAR, about=about) == due


def test_steps_without_labels_name_no_target() -> None:
    assert step_due("1.4月底前主体完工;2.8月底前竣工交付。 3.11月底前交付。", YEAR, about="新建成幼儿园") is None


def test_dates_numbered_as_the_task_cells_parts_give_each_part_its_date() -> None:
    task = "计划投资1067万元,完成22所学校空调安装;继续推进幼儿园建设,2所幼儿园投入使用。"
    dates = "1.2021年8月 2.2021年12月"
    period = parse_period("2021")
    assert [step_due(dates, period, about="", task=task, at=task.rindex(figure)) for figure in ("22所", "2所")] == [
        date(2021, 8, 31), date(2021, 12, 31)]
    assert step_due(dates, period, about="", task="完成22所学校空调安装", at=2) is None  # one part, two dates


def test_a_spaced_year_or_before_and_mid_year_are_deadlines() -> None:
    assert due_date("於 2023 年底前至少消除 75%", None, last=True, dated=True) == date(2023, 12, 31)
    assert due_date("目标在2024年或之前改劃首批用地", None, last=True, dated=True) == date(2024, 12, 31)
    assert due_date("並在 2023 年中完成檢視其他法例", parse_period("2023"), last=True) == date(2023, 6, 30)
    assert due_date("2022年中国科技周", None) is None  # 中国 is no middle of a year
