"""Tables and labelled fields: task columns are planned, completion columns achieved."""

from __future__ import annotations

from tracker.extract.tables import column_zones, header_role


def roles(text: str) -> list[tuple[str, str]]:
    return [(text[z.start:z.end].strip(), z.role) for z in column_zones(text)]


def test_header_words_give_the_column_role() -> None:
    assert header_role("工作任务") == "planned" and header_role("二季度完成情况") == "achieved"
    assert header_role("年度目标（万元）") == "planned" and header_role("序号") is None


def test_a_pipe_table() -> None:
    text = "| 序号 | 重点任务 | 年度目标 | 完成情况 |\n| 1 | 高企培育 | 新增60家 | 新增58家 |\n"
    assert roles(text) == [("高企培育", "planned"), ("新增60家", "planned"), ("新增58家", "achieved")]


def test_a_portal_table_with_one_cell_per_line() -> None:
    text = ("序号\n|\n工作任务\n|\n二季度完成情况\n|\n1\n|\n全区高新技术企业总量达到160家。\n|\n"
            "入库科技型中小企业235家。\n|\n")
    assert roles(text) == [("全区高新技术企业总量达到160家。", "planned"), ("入库科技型中小企业235家。", "achieved")]


def test_tab_rows_as_docx_tables_come() -> None:
    assert roles("指标\t年度目标\t完成值\n技术合同\t40亿元\t11亿元\n") == [("40亿元", "planned"), ("11亿元", "achieved")]


def test_labelled_fields_in_prose() -> None:
    text = "1.高企培育。目标任务：新增高企60家。完成情况：新增58家，完成率96.7%。\n"
    assert roles(text) == [("新增高企60家。", "planned"), ("新增58家，完成率96.7%。", "achieved")]
    task = "(2)专利受理量。任务为60件，截至10月底，我县受理量为60件。\n"
    assert roles(task) == [("60件，", "planned")]  # the result after 截至 is not the task
    heading = "1、研发投入。目标任务。研发投入224万元。2013年实际投入226万元。\n"
    assert roles(heading) == [("研发投入224万元。", "planned")]


def test_a_noun_label_needs_its_colon() -> None:
    assert column_zones("完成目标任务的101.5%。\n") == []


def test_text_without_table_words_costs_nothing() -> None:
    assert column_zones("全年新增高新技术企业56家。\n" * 100) == []


def test_hostile_shapes_are_read_in_linear_time() -> None:
    import time

    for text in ("序号\n|\n" * 8000, "目标任务：1个，" * 25000):
        started = time.process_time()  # CPU of this process: the machine is shared
        column_zones(text)
        assert time.process_time() - started < 2.0


def test_a_task_set_by_a_higher_office_is_planned_until_the_result() -> None:
    text = "根据州科技局任务指标，2024年内新认定高新技术企业6家，目前已申报第一批高新技术企业11家。\n"
    assert roles(text) == [("2024年内新认定高新技术企业6家，", "planned")]


def test_a_sentence_ending_in_a_target_word_labels_nothing() -> None:
    assert column_zones("全面超额完成年度“科技之光行动计划”年度目标任务。新建成示范乡镇8个。\n") == []


def test_a_task_table_stays_a_task_table_when_a_task_mentions_completion() -> None:
    from tracker.extract import rules

    assert rules.COMPLETION_WORDS.search("每月13日按时报送每半月完成情况及下半月工作计划") is None
    assert rules.COMPLETION_WORDS.search("序号\n|\n工作任务\n|\n二季度完成情况\n|\n") is not None
