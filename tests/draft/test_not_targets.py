"""`draft.not_targets`: figures a plan writes that commit to no quantity, rule by rule."""

from __future__ import annotations

import pytest

from tests.draft.test_commitments import _figure
from tracker.draft.not_targets import not_a_target

NOT_QUANTITIES = [
    ("a plan's own parts counted in words", "开展六项行动，推动创新。", "六项", 0),
    ("a slogan's count in quotes", "紧扣“一个中心、两个目标”的思路。", "两个", 0),
    ("an ordinal session", "贯彻十八届六中全会精神。", "十八届", 0),
    ("an ordinal batch", "列入第3次评选。", "3次", 0),
    ("a sharing site's pieces", "科技局2024年工作计划5篇", "5篇", 0),
    ("a count in words of things to build is a target", "力争建设两个重点实验室。", "两个", 1),
    ("a count in digits before 行动 is a target", "组织开展6项行动。", "6项", 1),
    ("a session of a party congress", "紧扣市委十三届八次全体会议部署。", "八次", 0),
    ("a session's meeting", "按照市委十三届三次会议的部署。", "三次", 0),
    ("a count of the plan's own indicators", "4个结构性指标均实现较快增长。", "4个", 0),
    ("a rate before 等指标 is a target, not a count of them", "确保城镇调查失业率5%以内等指标任务。", "5%以内", 1),
    ("who does the work", "由3个驻点招商工作组合力推进。", "3个", 0),
    ("a scoring rule's step", "增长18%记5分，每增加(减少)1个百分点加(减)0.2分。", "1个百分点", 0),
    ("a number of digits", "主要经济指标实现两位数增长。", "两位", 0),
    ("the plan's own aspects counted in digits", "《行动方案》部署了8个方面的重大行动。", "8个", 0),
    ("a count in words of the plan's own programmes", "深入实施五个倍增计划。", "五个", 0),
    ("where a rise starts", "高新技术企业从2家增加到5家。", "2家", 0),
    ("a figure inside a quoted project's name", "智利电子“年产10亿件元器件技术改造”等项目要抓紧推进。", "10亿件", 0),
    ("a figure in quotes naming no project is a target", "实现“新增企业10家”的目标。", "10家", 1),
    ("a count in words before a quoted name", "以三个“一号工程”为总牵引。", "三个", 0),
    ("零 read as a number (汽车及零部件)", "围绕汽车及零部件产业。", "零部", 0),
    ("a money figure naming a class of firms", "新增20亿元企业不少于1家。", "20亿元", 0),
    ("a money figure that is the target", "技术合同成交额达到20亿元。", "20亿元", 1),
    ("an amount naming the size of the projects counted", "实施500万元以上工业技改项目10个。", "500万元以上", 0),
    ("a size with its equivalent in brackets", "全年新签约5亿元(3000万美元)以上项目60个。", "5亿元", 0),
    ("a count in words of the plan's own lines", "守住粮食安全、耕地保护三条底线。", "三条", 0),
    ("the towns a list names", "其中王口、台头五个乡镇发展设施农业1万亩。", "五个", 0),
    ("the towns a list names, in traditional script", "其中王口、臺頭五個鄉鎮發展設施農業1萬畝。", "五個", 0),
    ("a size before 的 and its noun", "建成一个占地50亩的休闲农庄。", "50亩", 0),
    ("the villages an activity is held in", "在45个村选树青年典型。", "45个", 0),
    ("a slogan's pieces counted in words", "全力做好“招商、安商、富商”三篇文章。", "三篇", 0),
    ("the plan's own key tasks counted", "方案还列出八项重点任务。", "八项", 0),
    ("villages reaching a result are a target", "新增12个村集体收入达到标准。", "12个", 1),
    ("an area to reach before 的", "形成种植面积达到50公顷的种植基地。", "50公顷", 1),
    ("a share opening a list item before a name: a formulation", "推广包括80%灭蝇胺等药剂。", "80%", 0),
    ("a share before 以上 and a verb is a target", "研发投入增长10%以上。", "10%以上", 1),
    ("a share after what it measures, before the next item", "营业额占全市36.1%新增人才项目。", "36.1%", 1),
    ("a share opening a clause is a target", "其中，60%规上工业企业建立研发机构。", "60%", 1),
    ("papers to publish are counted in 篇", "全年计划发表高水平论文50篇。", "50篇", 1),
    ("reports to write are counted in 篇", "完成科技报告10篇。", "10篇", 1),
    ("the plan's own tasks counted", "任务分解列出133项具体任务。", "133项", 0),
    ("the units that carry the plan counted", "由34个牵头单位承担。", "34个", 0),
    ("a count in brackets closing a heading", "一、管委会牵头工作(8项)\n", "8项", 0),
    ("a count in brackets in prose is a target", "新建孵化器(3家)。", "3家", 1),
    ("the place's own divisions", "在全市4个区市推广揭榜挂帅机制。", "4个", 0),
    ("the place's own divisions of a kind named in quotes", '按全省58个"三区"县分配。', "58个", 0),
    ("what stands now is the starting point", "全市现有高新技术企业800家。", "800家", 0),
    ("a promise after what stands now is a target", "在现有基础上力争达到1000家。", "1000家", 1),
    ("where things are to stand by a year is a target", "目前到2027年全市拥有平台180个。", "180个", 1),
    ("divisions to cover are a target", "新建科技特派员工作站覆盖12个乡镇。", "12个", 1),
    ("an amount a policy grants per case", "对首次认定的高新技术企业给予20万元奖励。", "20万元", 0),
    ("a rate a policy grants", "按照研发投入增量的10%给予补助。", "10%", 0),
    ("a policy's cap", "单个企业最高不超过500万元。", "500万元", 0),
    ("an award per case", "一次性奖励10万元。", "10万元", 0),
    ("the firms a policy supports are a target", "对100家企业给予研发补助。", "100家", 1),
    ("a total of support to obtain is a target", "争取省级补助资金2000万元。", "2000万元", 1),
    ("an amount describing its noun", "支持年营业收入5亿元以上的企业建设研究院。", "5亿元以上", 0),
    ("a count before 的 is a target", "培育10家以上的科技领军企业。", "10家以上", 1),
    ("an amount before 的总体目标 is a target", "实现农民人均增收140元的总体目标。", "140元", 1),
    ("a rank among the first", "一举迈入全省前40位。", "前40位", 0),
    ("a span of years ahead", "未来十年供应新平整土地3300公顷。", "十年", 0),
    ("a span of years, traditional script", "五年內為政府項目收回約500公頃私人土地。", "五年", 0),
    ("a span of years past", "总量较过去五年超逾四倍。", "五年", 0),
    ("a time limit in working days is a target", "审批时限压缩至5个工作日。", "5个工作日", 1),
    ("a count in words naming a heading's part", "(一)一个优化提升\n", "一个", 0),
    ("a count in words opening a heading's task is a target", "(一)新建两个实验室\n", "两个", 1),
    ("things a plan guides that exist already", "指导5个现代农业科技创业示范基地开展建设。", "5个", 0),
    ("guidance given, counted, is a target", "开展技术培训与指导200人次以上。", "200人次以上", 1),
    ("funds a plan supervises that exist already", "对410万元到位科技资金实施综合监管。", "410万元", 0),
    ("funds to obtain are a target", "对接争取上级资金410万元。", "410万元", 1),
    ("a capacity naming a facility", "协助企业建设年产1000吨红豆腐加工生产线。", "1000吨", 0),
    ("a capacity to reach is a target", "全县红豆腐实现年产1000吨。", "1000吨", 1),
]


@pytest.mark.parametrize(("rule", "text", "written", "count"), NOT_QUANTITIES, ids=[r[0] for r in NOT_QUANTITIES])
def test_figures_that_count_no_quantity_to_reach_are_not_targets(rule: str, text: str, written: str, count: int) -> None:
    figure = _figure(text, written)
    assert not_a_target(text, figure, [figure]) is (count == 0), rule



@pytest.mark.parametrize(("text", "written", "total", "count"), [
    ("选派889名特派员。每个特派团配置17名特派员。", "17名", "889名", 0),  # a share of the total stated before
    ("选派889名特派员。每个村至少有一名特派员。", "一名", "889名", 1),  # a floor per unit
    ("新增专利500件。每万人口发明专利拥有量达到10.95件。", "10.95件", "500件", 1),  # a rate per 10,000 people
    ("发明专利年申请量突破2万件，其中PCT国际专利申请每年达到150件。", "150件", "突破2万件", 1),  # a rate per year
    ("每个特派团配置17名特派员。", "17名", None, 1),  # no total stated
])
def test_a_per_unit_share_of_a_stated_total_is_not_a_target(text: str, written: str, total: str | None,
                                                             count: int) -> None:
    figures = [_figure(text, written)] + ([_figure(text, total)] if total else [])
    assert not_a_target(text, figures[0], figures) is (count == 0)


@pytest.mark.parametrize(("line", "targets"), [
    ("区级一般公共预算收入增长2%，力争3%。", ["2%"]),  # the stretch line after its base (R24)
    ("区级一般公共预算收入增长2%，力争新增企业3家。", ["2%", "3家"]),  # another quantity: a target
    ("推动人民医院综合楼、34万千瓦保障性风电等57个项目开工。", ["57个"]),  # a named example's size
    ("确保新增就业500人等3类重点任务完成。", ["500人"]),  # a target before 等, no example named
    ("为全市带来过百亿元的投资。", ["过百亿元"]),  # an amount before 的 and its own noun: the value
    ("共计100个项目，总投资为324亿元，年内计划投资120亿元。", ["100个", "120亿元"]),  # the total sizes the projects
    ("完成总投资50亿元。", ["50亿元"]),  # no year's investment beside it: the total is the commitment
    ("支持年营业收入5亿元以上的企业建设研究院。", []),  # an amount before 的 and a firm: a threshold
    ("高新技术企业新增50家，努力实现新增100家。", ["50家"]),  # the stretch line saying its base's verb again (R122)
    ("高新技术企业新增50家，努力实现技术合同100家。", ["50家", "100家"]),  # another thing after the promise
    ("高新技术企业增加一倍，总数升至2000家。", ["2000家"]),  # a multiple beside the level it reaches (R123)
    ("高新技术企业数量增长一倍。", ["一倍"]),  # a multiple alone is the target
    ("综合实力处于全市前3水平，新增企业5家。", ["5家"]),  # a rank without its unit
    ("优化一个提升，培育壮大两个龙头，强化三个队伍建设，构建四个产业链。", []),  # the plan's frame in words
    ("建设两个实验室，引进三个团队。", ["两个", "三个"]),  # two counts in words rising: no frame
])
def test_a_stretch_line_and_an_examples_size_are_no_targets(tmp_path, line: str, targets: list[str]) -> None:
    from tracker.draft.commitments import commitments
    from tracker.pipeline import extract_files

    (tmp_path / "plan.txt").write_text(f"某区2025年工作要点\n一、稳定增长\n{line}\n", encoding="utf-8")
    (document, figures), = extract_files([tmp_path / "plan.txt"])[0]
    assert [d.target for d in commitments(document, figures)] == targets
