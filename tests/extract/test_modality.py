"""The modality reader (tracker/extract/modality.py): achieved, planned, proposed or forecast, cue by cue and
rule by rule.

Whole sentences go through `extract`, the reader's only caller. The first tables are driven by the lexicon
(tracker/lexicon/zh.yaml), so a cue word added there is tested here too; the later ones take the reader's
decisions one at a time. Unless a row says otherwise the document is a summary of 2024-01..2024-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.engine import extract
from tracker.lexicon import lexicon
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import Modality
from tracker.model.period import parse_period

ACHIEVED, PLANNED, PROPOSED, FORECAST = Modality.ACHIEVED, Modality.PLANNED, Modality.PROPOSED, Modality.FORECAST
CUES = lexicon().cues


def modalities(text: str, kind: DocumentKind = DocumentKind.SUMMARY, period: str = "2024-01..2024-10") -> list[Modality]:
    meta = DocumentMeta(file="t.txt", kind=kind, issued=date(2024, 11, 11), period=parse_period(period), region="威海市")
    return [f.modality for f in extract(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))]


# ── every cue word of the lexicon ─────────────────────────────────────────────
@pytest.mark.parametrize(("word", "modality"), [*((w, PROPOSED) for w in CUES.before.proposed),
                                                *((w, PLANNED) for w in CUES.before.planned)],
                         ids=lambda value: value.value if isinstance(value, Modality) else None)
def test_a_cue_before_a_figure_gives_its_modality(word: str, modality: Modality) -> None:
    assert modalities(f"全市{word}科技项目12个。") == [modality]


@pytest.mark.parametrize("word", CUES.before.achieved)
def test_a_result_cue_of_its_own_keeps_a_list_item_from_sharing_the_step_before_it(word: str) -> None:
    assert modalities("推荐申报高新技术企业5家、科技项目12个。") == [PROPOSED, PROPOSED]  # the item shares the step
    assert modalities(f"推荐申报高新技术企业5家、{word}科技项目12个。") == [PROPOSED, ACHIEVED]


@pytest.mark.parametrize("word", CUES.after.proposed)
def test_a_step_named_after_a_figure_makes_it_proposed(word: str) -> None:
    assert modalities(f"全市12个科技项目{word}省级计划。") == [PROPOSED]


@pytest.mark.parametrize("word", CUES.after.achieved)
def test_a_result_named_after_a_figure_outweighs_the_step_before_it(word: str) -> None:
    assert modalities(f"全市推荐12个科技项目{word}省级计划。") == [ACHIEVED]


# ── promise words and the contexts that cancel them (the lexicon's promises) ──
@pytest.mark.parametrize(("text", "modality"), [
    pytest.param("下一步，将举办对接活动4场。", PLANNED, id="将"),
    pytest.param("将近100家企业参加活动。", ACHIEVED, id="将近 is nearly"),
    pytest.param("预计将获批项目5项。", FORECAST, id="预计将 is the forecast's own 将"),
    pytest.param("计划引进人才30名。", PLANNED, id="计划 before a verb"),
    pytest.param("按计划新增企业30家。", ACHIEVED, id="按计划 is done as planned"),
    pytest.param("科技计划新立项目139项。", ACHIEVED, id="科技计划 is the programmes"),
    pytest.param("跃升计划实施以来新增企业30家。", ACHIEVED, id="计划实施以来 is a programme"),
    pytest.param("争取全年新增企业5家。", PLANNED, id="争取 before a time or a verb"),
    pytest.param("争取上级资金300万元。", ACHIEVED, id="争取资金 is money obtained"),
    pytest.param("拟新增企业5家。", PLANNED, id="拟"),
    pytest.param("开展模拟演练3次。", ACHIEVED, id="模拟 is no 拟"),
    pytest.param("建成虚拟实验室3个。", ACHIEVED, id="虚拟 is no 拟"),
    pytest.param("拟申报高新技术企业10家。", PROPOSED, id="拟申报 is a step"),
    pytest.param("预计全年新增企业60家。", FORECAST, id="预计 before what is still ahead"),
    pytest.param("有望突破100家。", FORECAST, id="有望"),
    pytest.param("今年要新增企业30家。", PLANNED, id="要 before a verb of doing"),
    pytest.param("全市主要新建研发平台5个。", ACHIEVED, id="主要 is no 要"),
    pytest.param("项目投产后可实现产值4800万元。", FORECAST, id="可 before a verb of outcome"),
])
def test_promise_words_with_their_filters(text: str, modality: Modality) -> None:
    assert modalities(text) == [modality]


# ── a step word that is part of a noun or a statistic (the lexicon's cue_as_noun) ──
@pytest.mark.parametrize(("text", "modality"), [
    pytest.param("举办申报辅导活动3场。", ACHIEVED, id="申报辅导 is a noun"),
    pytest.param("申报成功项目5项。", ACHIEVED, id="申报成功 is done"),
    pytest.param("成功申报省级项目5项。", ACHIEVED, id="成功申报 is done"),
    pytest.param("专利申请量531件。", ACHIEVED, id="申请量 is the indicator"),
    pytest.param("全县专利申请677件。", ACHIEVED, id="专利申请 is a statistic"),
    pytest.param("全县申请专利200件。", ACHIEVED, id="申请专利 is a statistic"),
    pytest.param("组织申报专利20件。", PROPOSED, id="申报专利 stays a step"),
])
def test_a_step_word_inside_a_noun_is_no_step(text: str, modality: Modality) -> None:
    assert modalities(text) == [modality]


# ── the reader's decisions, one by one ────────────────────────────────────────
@pytest.mark.parametrize(("text", "expected"), [
    # the strongest cue of the figure's own stretch
    pytest.param("全市新增企业30家。", [ACHIEVED], id="no cue: a result"),
    pytest.param("已推荐申报高新技术企业10家。", [PROPOSED], id="a step outranks a result word before it"),
    pytest.param("力争推荐申报高新技术企业10家。", [PLANNED], id="a promise to take a step is a promise"),
    pytest.param("申报高新技术企业20家获批。", [ACHIEVED], id="a step and what became of it: a result"),
    # a list item with no cue of its own
    pytest.param("推荐申报高新技术企业20家、科技型中小企业30家。", [PROPOSED, PROPOSED],
                 id="a list item shares the cue before it"),
    pytest.param("推荐申报高新技术企业20家、研发投入增长10%。", [PROPOSED, ACHIEVED],
                 id="a percentage shares no cue"),
    pytest.param("推荐申报高新技术企业20家、入库科技型中小企业30家。", [PROPOSED, ACHIEVED],
                 id="an item with a verb of its own (入库) shares no cue"),
    pytest.param("推荐申报高新技术企业20家、人才引进计划3名。", [PROPOSED, PROPOSED],
                 id="a programme's name (引进计划) is no verb of its own"),
    pytest.param("组织8个特派团、4个特派组进行网上申报。", [PROPOSED, PROPOSED],
                 id="a cue after the last item governs the list"),
    pytest.param("3家公司申报省级项目，争取资金20万元。", [PROPOSED, PROPOSED],
                 id="money sought by the application just named is part of the step"),
    pytest.param("3家公司申报省级项目，争取到资金20万元。", [PROPOSED, ACHIEVED], id="money obtained (争取到) is a result"),
    # a promise earlier in the sentence
    pytest.param("力争全年新增企业50家，新增研发平台30个。", [PLANNED, PLANNED],
                 id="a promise reaches the later clauses of its sentence"),
    pytest.param("力争全年新增企业50家，目前新增研发平台30个。", [PLANNED, ACHIEVED], id="until a result marker (目前)"),
    pytest.param("预计增长11%，新增企业30家。", [FORECAST, FORECAST], id="a forecast reaches past a comma"),
    pytest.param("预计增长11%；新增企业30家。", [FORECAST, ACHIEVED], id="but not past a semicolon"),
    pytest.param("将全市企业分为三档，支持企业30家。", [ACHIEVED], id="将 in its 把-sense (将…分为) is no promise"),
    pytest.param("现将2024年工作总结如下：全市新增企业30家。", [ACHIEVED], id="现将…总结如下 is no promise"),
    # a target named as one
    pytest.param("全年目标（新增企业）85家。", [PLANNED], id="a figure after a target label is a target"),
    pytest.param("完成全年目标（新增企业）的85%。", [ACHIEVED], id="a figure after the label's 的 is a ratio to it"),
    pytest.param("完成全年170家任务的71.8%。", [PLANNED, ACHIEVED], id="a figure named as the year's task is a target"),
    pytest.param("下一步，全市新增企业50家。\n", [PLANNED], id="a 下一步 paragraph is a plan"),
])
def test_each_decision_of_the_reader(text: str, expected: list[Modality]) -> None:
    assert modalities(text) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    pytest.param("实施科技项目12个。", DocumentKind.PLAN, [PLANNED], id="a plan's figure is a target"),
    pytest.param("推动130家企业申报高新技术企业。", DocumentKind.PLAN, [PLANNED], id="a plan's step is a target too"),
    pytest.param("一季度已提前完成500万美元外资到账任务。", DocumentKind.PLAN, [ACHIEVED],
                 id="what a plan says is done already is a result"),
    pytest.param("实际利用外资达到8亿美元。", DocumentKind.PLAN, [PLANNED], id="实际 naming a measure is no result in a plan"),
    pytest.param("全县已开工建设农村公路220多公里，建成45公里，完成投资3000多万元。今年计划投资2.5亿元。", DocumentKind.PLAN,
                 [ACHIEVED, ACHIEVED, ACHIEVED, PLANNED], id="已 governs its sentence's results, not the next promise"),
    pytest.param("推动已签约的12个重大科技项目全部落地。", DocumentKind.PLAN, [PLANNED],
                 id="已 in a phrase before 的 describes what the target counts"),
    pytest.param("| 序号 | 年度目标 | 完成情况 |\n| 1 | 新增60家 | 新增58家 |\n", DocumentKind.SUMMARY,
                 [PLANNED, ACHIEVED], id="a target column and a completion column"),
    pytest.param("| 序号 | 年度目标 | 完成情况 |\n| 1 | 推荐申报60家 | 新增58家 |\n", DocumentKind.SUMMARY,
                 [PROPOSED, ACHIEVED], id="a step in a target column stays a step"),
    pytest.param("| 序号 | 年度目标 | 完成情况 |\n| 1 | 新增60家 | 力争年底完成60家 |\n", DocumentKind.SUMMARY,
                 [PLANNED, PLANNED], id="a promise in a completion column stays a promise"),
    pytest.param("| 序号 | 事项 | 牵头单位 |\n| 1 | 新增高企60家 | 科技局 |\n", DocumentKind.TABLE, [PLANNED],
                 id="a task table with no completion column holds targets"),
    pytest.param("| 序号 | 事项 | 牵头单位 |\n| 1 | 新增高企60家，已认定50家 | 科技局 |\n", DocumentKind.TABLE,
                 [PLANNED, ACHIEVED], id="unless its sentence reports a result (已)"),
])
def test_the_document_and_its_columns_decide(text: str, kind: DocumentKind, expected: list[Modality]) -> None:
    assert modalities(text, kind=kind, period="2025" if kind is DocumentKind.PLAN else "2024") == expected
