"""`draft.commitments`: which figures of a plan are its targets, on the seeds' two plans and rule by rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.draft.commitments import commitments, section_at, title_around, who_and_when
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import Figure, Modality
from tracker.model.period import parse_period
from tracker.pipeline import extract_files
from tracker.quantity import parse_quantity

ROOT = Path(__file__).resolve().parent.parent.parent


def drafted_of(name: str) -> list:
    (document, figures), = extract_files([ROOT / "seeds" / name])[0]
    return commitments(document, figures)


@pytest.mark.parametrize(("plan", "name"), [("wh25", "weihai-2025-plan.txt"), ("yk22", "yingkou-2022-h1.txt")])
def test_every_numeric_target_of_the_hand_made_file_is_drafted_with_its_value_and_quote(plan: str, name: str) -> None:
    targets, _ = load_targets(ROOT / "targets.yaml")
    hand = [t for t in targets.plan(plan).targets if t.target is not None]
    drafted = drafted_of(name)
    missing = []
    for target in hand:
        same = [d for d in drafted if parse_quantity(d.target)[:2] == target.target[:2]
                and (target.quote in d.quote or d.quote in target.quote)]
        if not same:
            missing.append(f"{target.id} {target.target.text}")
    assert missing == []
    assert len(drafted) <= len(hand) + 1, [d.target for d in drafted]  # at most one figure too many on each


def _document(text: str, kind: DocumentKind = DocumentKind.PLAN, period: str = "2025") -> Document:
    return Document(path="plan.txt", text=text, format="txt", sha256="", meta=DocumentMeta(
        file="plan.txt", kind=kind, period=parse_period(period), region="威海市"))


def _figure(text: str, written: str, modality: Modality = Modality.PLANNED, period: str | None = "2025",
            in_plan: bool = False, subset: bool = False) -> Figure:
    start = text.index(written)
    quantity = parse_quantity(written)._replace(start=start, end=start + len(written))
    line = (text.rfind("\n", 0, start) + 1, text.find("\n", start))  # the clause: the figure's line
    return Figure("plan.txt", quantity, "高新技术企业", modality, parse_period(period) if period else None,
                  line, line, subset=subset, in_plan=in_plan)


TEXT = "二、培育创新主体\n力争新增高新技术企业60家以上。\n"
RULES = [
    ("a promise in a plan is a target", DocumentKind.PLAN, {}, 1),
    ("a result a plan looks back on is not", DocumentKind.PLAN, {"modality": Modality.ACHIEVED}, 0),
    ("a figure of a year before the plan's is not", DocumentKind.PLAN, {"period": "2024"}, 0),
    ("a figure with no period of its own takes the plan's", DocumentKind.PLAN, {"period": None}, 1),
    ("a part of the figure before it (其中) is a target of its own too", DocumentKind.PLAN, {"subset": True}, 1),
    ("a summary's figure outside its plan part is not", DocumentKind.SUMMARY, {}, 0),
    ("a summary's plan part is a plan", DocumentKind.SUMMARY, {"in_plan": True}, 1),
]


@pytest.mark.parametrize(("rule", "kind", "changes", "count"), RULES, ids=[r[0] for r in RULES])
def test_each_rule(rule: str, kind: DocumentKind, changes: dict, count: int) -> None:
    drafted = commitments(_document(TEXT, kind), [_figure(TEXT, "60家以上", **changes)])
    assert len(drafted) == count, rule
    if drafted:
        assert (drafted[0].target, drafted[0].section, drafted[0].quote) == (
            "60家以上", "二、培育创新主体", "力争新增高新技术企业60家以上")


@pytest.mark.parametrize(("text", "section"), [
    ("一、总体要求\n（一）培育主体\n1.强化梯次培育。新增60家。", "（一）培育主体"),  # a numbered item is no section
    ("第一章 总则\n新增60家。", "第一章 总则"),
    ("新增60家。", None),
    ("三、下半年工作打算\n\n确保新增60家。", "三、下半年工作打算"),
])
def test_the_section_is_the_nearest_heading_of_a_part(text: str, section: str | None) -> None:
    assert section_at(text, text.index("60家")) == section


@pytest.mark.parametrize(("clause", "written", "title"), [
    ("力争全县技术合同成交额达到20亿元以上", "20亿元以上", "全县技术合同成交额"),  # promise and comparison words out
    ("2024年力争新增高新技术企业60家", "60家", "新增高新技术企业"),  # the period phrase out
    ("培养新型职业农民70人", "70人", "培养新型职业农民"),
    ("全社会R&D(研究与试验发展经费/国民生产总值)投入占比达到2.31%以上", "2.31%以上",
     "全社会R&D(研究与试验发展经费/国民生产总值)投入占比"),  # a bracket inside the name is kept
    ("全市科技进步贡献率提高2个百分点，达到56.51%以上", "56.51%以上", None),  # a verb alone: no title here
    ("3、力争推动2家企业列入成长路线图计划", "2家", "企业列入成长路线图计划"),
    ("②科技型中小企业入库400家以上", "400家以上", "科技型中小企业入库"),  # a circled item number out
])
def test_a_title_is_the_clause_part_around_the_figure(clause: str, written: str, title: str | None) -> None:
    assert title_around(clause, clause.index(written), len(written)) == title


def test_a_bare_comparison_is_titled_by_the_thing_the_clause_before_names() -> None:
    text = "科技型中小企业评价入库数量同比增长20%以上，达到2000家。"
    (drafted,) = commitments(_document(text), [_figure(text, "2000家")])
    assert drafted.title == "科技型中小企业评价入库数量"


def test_a_figure_left_without_words_is_titled_by_the_task_before_it() -> None:
    text = "2.支持龙头企业牵头组建创新联合体，每年组建5个以上。"
    (drafted,) = commitments(_document(text), [_figure(text, "5个以上")._replace(subject="5个以上")])
    assert drafted.title == "支持龙头企业牵头组建创新联合体"


@pytest.mark.parametrize(("line", "owner", "due"), [
    ("新增高新技术企业60家（牵头单位：高新技术科；完成时限：2024年6月底前）", "高新技术科", date(2024, 6, 30)),
    ("新增高新技术企业60家。责任科室:成果转化科,时限:年底前", "成果转化科", date(2024, 12, 31)),
    ("新增高新技术企业60家。（牵头：成果转化科，完成时限：2024年10月底）", "成果转化科", date(2024, 10, 31)),
    ("新增高新技术企业60家。", None, None),
    ("新增高新技术企业60家。\n（牵头单位：办公室）", None, None),  # another line's label belongs to another task
])
def test_the_owner_and_due_date_written_after_a_task(line: str, owner: str | None, due: date | None) -> None:
    assert who_and_when(line, line.index("60家"), parse_period("2024")) == (owner, due)


def _figures_of(text: str, *written: str) -> list[Figure]:
    """Figures of one clause, each at the first place its words stand."""
    return [_figure(text, item)._replace(clause=(0, len(text))) for item in written]


@pytest.mark.parametrize(("text", "written", "targets"), [
    ("年销售收入超100亿元的高新技术企业达到10家", ("超100亿元", "10家"), ["10家"]),  # a threshold of the thing counted
    ("能吸纳300人以上创业就业的孵化器超200个", ("300人以上", "200个"), ["200个"]),
    ("新增高新技术企业60家，技术合同成交额20亿元", ("60家", "20亿元"), ["60家", "20亿元"]),  # two targets
    ("建设孵化器3家的同时引进人才50名", ("3家", "50名"), ["3家", "50名"]),  # 的同时: a conjunction
])
def test_a_figure_describing_what_another_counts_is_no_target(text: str, written: tuple, targets: list[str]) -> None:
    assert [d.target for d in commitments(_document(text), _figures_of(text, *written))] == targets


def _moved(figure: Figure, start: int, clause: tuple[int, int]) -> Figure:
    """The same figure where the text says it again."""
    length = figure.quantity.end - figure.quantity.start
    return figure._replace(quantity=figure.quantity._replace(start=start, end=start + length), clause=clause)


def test_a_headline_the_body_states_again_is_drafted_once_from_the_body() -> None:
    text = "今年目标——科技进步贡献率提高2个百分点\n全市科技进步贡献率提高2个百分点，达到56%。"
    headline = _figure(text, "2个百分点")._replace(clause=(0, text.index("\n")))
    second = text.rindex("2个百分点")
    body = _moved(headline, second, (text.index("全市"), text.index("，达到")))
    (drafted,) = commitments(_document(text), [headline, body])
    assert (drafted.start, drafted.title) == (second, "全市科技进步贡献率提高")


def test_numbers_listed_before_a_figure_share_its_unit_and_its_quote() -> None:
    text = "未来三年分别新增孵化空间300万、400万、500万平方米。"
    figure = _figure(text, "500万平方米")._replace(clause=(0, text.index("。")))
    drafted = commitments(_document(text), [figure])
    assert [(d.target, d.title, d.start) for d in drafted] == [
        ("300万平方米", "新增孵化空间", text.index("300")),
        ("400万平方米", "新增孵化空间", text.index("400")),
        ("500万平方米", "新增孵化空间", text.index("500")),
    ]
    assert {d.quote for d in drafted} == {"未来三年分别新增孵化空间300万、400万、500万平方米"}


def test_two_figures_of_one_commitment_give_two_targets_each_titled_without_the_other() -> None:
    text = "为500家企业发放科技成果转化贷款25亿元以上。"
    figures = [f._replace(clause=(0, text.index("。"))) for f in (_figure(text, "500家"), _figure(text, "25亿元以上"))]
    drafted = commitments(_document(text), figures)
    assert [(d.target, d.title) for d in drafted] == [("500家", "为企业发放科技成果转化贷款"),
                                                      ("25亿元以上", "为企业发放科技成果转化贷款")]  # told apart by unit
    assert {d.quote for d in drafted} == {"为500家企业发放科技成果转化贷款25亿元以上"}


def test_a_target_restated_in_a_later_part_is_drafted_once_where_the_targets_are_set() -> None:
    text = "二、目标任务\n全区推广农作物新品种38个。\n三、实施内容\n在本区示范推广农作物新品种38个。\n"
    first, second = text.index("38个"), text.rindex("38个")
    early = _figure(text, "38个")._replace(clause=(text.index("全区"), text.index("。")))
    late = _moved(early, second, (text.index("在本区"), text.rindex("。")))
    (drafted,) = commitments(_document(text), [early, late])
    assert (drafted.start, drafted.section) == (first, "二、目标任务")


def test_a_clause_written_twice_is_drafted_once_and_one_clauses_two_figures_stay_two() -> None:
    text = "新增中小学学位1.62万个。\n（正文）新增中小学学位1.62万个。\n"
    early = _figure(text, "1.62万个")._replace(clause=(0, text.index("。")))
    late = _moved(early, text.rindex("1.62万个"), (text.index("新增", 5), text.rindex("。")))
    assert len(commitments(_document(text), [early, late])) == 1  # the lead, then the body
    twins = "新增企业10家、平台10家。"
    one = _figure(twins, "10家")._replace(clause=(0, twins.index("。")))
    two = _moved(one, twins.rindex("10家"), one.clause)
    assert len(commitments(_document(twins), [one, two])) == 2  # one clause, two things of one value


def test_one_quantity_for_two_periods_is_two_targets() -> None:
    from tracker.model.period import parse_period

    text = "上半年建设省级众创空间1家。\n下半年建设省级众创空间1家。\n"  # in a plan for the year (2025)
    one = _figure(text, "1家")._replace(clause=(0, text.index("。")), period=parse_period("2025-H1"))
    two = _moved(one, text.rindex("1家"), (text.index("下半年"), text.rindex("。")))._replace(period=parse_period("2025-H2"))
    assert len(commitments(_document(text), [one, two])) == 2


def test_one_quantity_at_two_levels_is_two_targets() -> None:
    text = "培育国家级专精特新企业10家。\n培育省级专精特新企业10家。\n"
    one = _figure(text, "10家")._replace(clause=(0, text.index("。")))
    two = _moved(one, text.rindex("10家"), (text.index("培育省级"), text.rindex("。")))
    assert len(commitments(_document(text), [one, two])) == 2


def test_two_targets_of_one_value_and_unlike_names_are_both_drafted() -> None:
    text = "柔性引进20个博士团队。\n引进域内人才团队20个。\n"
    one = _figure(text, "20个")._replace(clause=(0, text.index("。")))
    second = text.rindex("20个")
    two = _moved(one, second, (text.index("引进域内"), text.rindex("。")))
    assert len(commitments(_document(text), [one, two])) == 2  # 引进 and 团队 in common name no one thing


def test_the_quote_and_title_stop_before_a_bracket_of_who_and_when() -> None:
    text = "1.新增高新技术企业60家（牵头单位：高新科；完成时限：6月底前）\n"
    figure = _figure(text, "60家")._replace(clause=(0, text.index("\n")))
    (drafted,) = commitments(_document(text), [figure])
    assert (drafted.quote, drafted.title, drafted.owner) == ("1.新增高新技术企业60家", "新增高新技术企业", "高新科")


def test_two_rates_of_the_same_value_are_two_targets() -> None:
    text = "秸秆综合利用率达到80%以上，农膜回收利用率达到80%以上。"
    first = _figure(text, "80%以上")._replace(clause=(0, text.index("，")))
    second = _moved(first, text.rindex("80%以上"), (text.index("农膜"), text.rindex("。")))
    assert len(commitments(_document(text), [first, second])) == 2


def test_two_items_of_one_list_sharing_a_value_and_a_word_are_both_drafted() -> None:
    text = "科技工作方面：高端研发团队、机构引进2-3个；专业服务机构引进2-3个。\n"
    one = _figure(text, "2-3个")._replace(clause=(text.index("高端"), text.index("；")))
    two = _moved(one, text.rindex("2-3个"), (text.index("专业"), text.rindex("。")))
    drafted = commitments(_document(text), [one, two])
    assert [d.quote for d in drafted] == ["高端研发团队、机构引进2-3个", "专业服务机构引进2-3个"]
