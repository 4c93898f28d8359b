"""Metadata inferred from the text, and overridden by the manifest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.config.manifest import load_manifest
from tracker.extract.documents import load_document
from tracker.extract.meta import infer, infer_meta, missing_fields
from tracker.model.document import DocumentKind

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_summary_with_a_notice_header() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2021-summary.txt").read_text(encoding="utf-8"))
    assert (meta.title, meta.issuer, meta.region, meta.issued, meta.kind, meta.period.label) == (
        "2021年全市科技工作总结", "威海市科学技术局", "威海市", date(2022, 1, 29), DocumentKind.SUMMARY, "2021")


def test_half_year_summary_dated_by_its_signature() -> None:
    meta = infer_meta("x.txt", (SEEDS / "yingkou-2022-h1.txt").read_text(encoding="utf-8"))
    assert (meta.issuer, meta.region, meta.issued, meta.period.label) == (
        "营口市科学技术局", "营口市", date(2022, 7, 6), "2022-H1")


def test_plan_with_a_metadata_table() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2025-plan.txt").read_text(encoding="utf-8"))
    assert (meta.title, meta.issued, meta.kind, meta.period.label) == (
        "2025年全市科技工作要点", date(2025, 4, 14), DocumentKind.PLAN, "2025")


def test_what_cannot_be_inferred_is_named() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2024-11-press.txt").read_text(encoding="utf-8"))
    assert meta.kind is DocumentKind.PRESS
    assert set(missing_fields(meta)) == {"title", "issuer", "region", "issued", "period"}


def test_a_document_without_metadata_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("新增企业35家。", encoding="utf-8")
    document = load_document(path, "note.txt")
    assert document.text == "新增企业35家。" and "period" in document.missing


def test_the_manifest_overrides_what_is_inferred() -> None:
    manifest, _ = load_manifest(SEEDS)
    document = load_document(SEEDS / "weihai-2024-11-press.txt", "seeds/weihai-2024-11-press.txt", manifest)
    assert (document.meta.region, document.meta.issued, document.meta.period.label) == (
        "威海市", date(2024, 11, 11), "2024-01..2024-10")
    assert document.missing == ()


# ── untidy pages (issue 12): general patterns, in prose written for the test ──
def infer_text(text: str):
    from tracker.extract.meta import infer
    from tracker.quantity import normalize

    return infer("x.txt", normalize(text))


PORTAL = ("当前位置：首页 > 政务公开 > 工作思路\n索引号：11341/2024-00015  主题分类：科技、教育\n"
          "体裁分类：工作总结  发布机构：宣城市宣州区科学技术局\n发布时间：2025-01-20\n")


def test_portal_lines_are_never_the_title_and_a_menu_line_opens_no_plan() -> None:
    meta, found = infer_text(PORTAL + "宣州区科技局2024年工作总结\n一、主要成效\n全区新增高新技术企业56家，技术合同成交额12亿元。\n")
    assert meta.title == "宣州区科技局2024年工作总结"
    assert (meta.kind, meta.period.label) == (DocumentKind.SUMMARY, "2024")
    assert meta.region == "宣城市宣州区"  # a district with its city, never the city alone
    assert "宣州区科学技术局" in found["region"].evidence and not found["region"].weak


def test_the_signature_wins_over_the_portal_date_and_an_upload_date_is_never_used() -> None:
    signed = infer_text("发布时间：2024-07-09\n某县科技局上半年工作总结\n全县新增企业5家。\n\n霍山县科学技术局\n2024年7月6日\n")
    assert signed[0].issued == date(2024, 7, 6) and "落款" in signed[1]["issued"].evidence
    shared = infer_text("科技局2023年工作总结范文\n上传人：abc  上传时间：2024-05-20\n由会员分享，可在线阅读\n"
                        "2023年，全县新增企业5家，引进人才30人。\n")
    assert shared[0].issued is None
    assert shared[0].title == "科技局2023年工作总结"  # the site's 范文 cut


def test_a_mixed_title_is_dated_by_its_results_year() -> None:
    meta, found = infer_text("澄岭县科学技术局2024年工作总结及2025年工作计划\n一、2024年工作成效\n全县新增企业9家。\n"
                             "二、2025年工作计划\n力争新增企业12家。\n")
    assert (meta.kind, meta.period.label) == (DocumentKind.MIXED, "2024")
    only_plan_year = infer_text("澄岭县科学技术局工作总结和2025年工作计划\n全县新增企业9家。\n")[0]
    assert only_plan_year.period.label == "2024"


def test_a_half_year_in_the_title_is_kept() -> None:
    assert infer_text("荆州市科技局2024年上半年工作总结\n全市新增企业9家。\n")[0].period.label == "2024-H1"
    assert infer_text("荆州市科技局2024年1-10月工作进展情况\n全市新增企业9家。\n")[0].period.label == "2024-01..2024-10"


def test_a_news_page_is_press_and_dated_by_its_dateline() -> None:
    meta, _ = infer_text("上半年荆州市高新技术产业总值412.25亿元\n2018-07-31  湖北网  编辑：张三\n"
                         "上半年，荆州市高新技术产业总产值达到412.25亿元，同比增长34.34%。\n")
    assert (meta.kind, meta.issued, meta.period.label, meta.region) == (
        DocumentKind.PRESS, date(2018, 7, 31), "2018-H1", "荆州市")


def test_a_meeting_that_sets_this_years_work_is_a_plan_and_one_that_reviews_last_year_too_is_mixed() -> None:
    plan = infer_text("4月1日，全市科技工作会议召开。会议要求，今年要力争高新技术产业产值突破200亿元。\n")[0]
    assert plan.kind is DocumentKind.PLAN
    mixed = infer_text("记者近日在全省科技工作会议上了解到，去年我省技术合同成交额突破千亿；今年，我省将力争再增10%。\n")[0]
    assert mixed.kind is DocumentKind.MIXED
    issued = infer_text("日前，我区印发了《荣昌区双倍增行动计划(2023—2027年)》。到2025年，全区高新技术企业突破270家。\n")[0]
    assert issued.kind is DocumentKind.PLAN


def test_a_text_speaking_as_a_district_that_names_only_its_province_names_no_place() -> None:
    meta, _ = infer_text("湖南省乡镇科技工作总结\n我区高新产业增加值为9.7亿元，全区新增企业8家，我区排名第二。\n")
    assert meta.region is None
    assert infer_text("XX区科学技术局2023年工作总结\n全区新增企业8家。\n")[0].region is None  # a placeholder


def test_every_field_records_where_it_came_from(tmp_path: Path) -> None:
    from tracker.model.document import Source

    (tmp_path / "a.txt").write_text("荆州市科技局2024年上半年工作总结\n全市新增企业9家。\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: a.txt\n    issued: 2024-07-10\n", encoding="utf-8")
    manifest, _ = load_manifest(tmp_path)
    document = load_document(tmp_path / "a.txt", "a.txt", manifest)
    p = document.provenance
    assert p["issued"].source is Source.GIVEN
    assert p["region"].source is Source.INFERRED and "荆州市科技局" in p["region"].evidence
    assert p["issuer"].source is Source.INFERRED
    assert document.weak_fields() == ()


def test_a_development_zone_named_at_the_top_is_the_place_it_reports_on() -> None:
    meta, found = infer_text("创历史新高！荆州经开区高新技术企业总数达170家\n2023年荆州经开区新增高新技术企业53家。\n")
    assert meta.region == "荆州经开区" and found["region"].weak


def test_prose_before_a_zone_word_names_no_zone() -> None:
    meta, _ = infer_text("科技局领导班子工作总结\n经国务院批复，我市设立农业高新技术产业示范区，并纳入国家高新区序列。\n")
    assert meta.region is None


def test_a_news_pages_date_line_is_no_headline_and_its_lead_dates_the_results() -> None:
    meta, _ = infer_text("2024年01月17日\n去年我区新增科技型企业284家\n本报讯（记者 张雪）日前，区科技局传出消息，"
                         "2023年我区新增科技型企业284家。\n")
    assert (meta.kind, meta.issued, meta.period.label) == (DocumentKind.PRESS, date(2024, 1, 17), "2023")


def test_an_issued_plans_title_and_years_come_from_its_name() -> None:
    meta, _ = infer_text("日前，我区印发了《荣昌区高新技术企业“双倍增”行动计划(2023—2027年)》，明确到2025年全区高新技术企业突破270家。\n")
    assert (meta.kind, meta.period.label) == (DocumentKind.PLAN, "2023..2027")
    assert meta.title.startswith("荣昌区高新技术企业")
    assert infer_text("延安市上半年科技创新工作推进会召开\n发表时间: 2023-09-04\n8月30日，推进会举行，全市新增企业12家。\n")[0].period.label == "2023-H1"


def test_a_headline_with_its_date_under_it_is_news() -> None:
    meta, _ = infer_text("天水秦安：科技创新成经济发展新动力\n| 招商动态 |2011-12-26\n2011年，全县多项经济指标再创新高，全年新增企业12家。\n")
    assert (meta.kind, meta.period.label) == (DocumentKind.PRESS, "2011")


def test_a_chain_of_divisions_gives_its_last_never_its_first() -> None:
    assert infer_text("北京市朝阳区2024年科技工作总结\n全区新增企业9家。\n")[0].region == "北京市朝阳区"
    meta, found = infer_text("徐州市沛县科技局2024年工作总结\n全县新增企业9家。\n")
    assert meta.region == "徐州市沛县" and found["region"].weak  # 沛县 is not settled by the gazetteer: a guess
    signed = infer_text("科技局工作总结\n全区新增企业5家。\n\n南京市鼓楼区人民政府\n2024年1月5日\n")[0]
    assert signed.region == "南京市鼓楼区"


def test_a_lead_that_opens_on_the_past_and_reports_results_is_a_summary() -> None:
    meta, found = infer_text("一年来，我县科技工作紧扣发展大局，全年新增高新技术企业12家，同比增长20%。\n")
    assert meta.kind is DocumentKind.SUMMARY and found["kind"].weak
    plain = infer_text("一年来，我们认真学习，深入调研，思路更加清晰，方向更加明确，工作扎实推进。\n")[0]
    assert plain.kind is None  # no result reported: no guess


def test_a_plans_own_headings_make_it_a_plan_without_a_title() -> None:
    text = ("20xx年，全县科技工作将以荣誉为动力，扎实苦干，开创新局面。\n一、指导思想\n以科学发展观为指导，推动创新。\n"
            "二、主要目标\n新增高新技术企业5家以上。\n")
    assert infer_text(text)[0].kind is DocumentKind.PLAN
    lead = "2023年我县科技工作的总体要求是：深入实施创新驱动发展战略。\n一、发挥创新主体作用\n"
    assert infer_text(lead)[0].kind is DocumentKind.PLAN


def test_a_title_naming_both_plan_and_summary_lets_the_body_decide() -> None:
    text = "双拥工作计划和总结(2023年科技局计划范文)\n\n2023年我县科技工作的总体要求是：深入实施创新驱动发展战略。\n"
    assert infer_text(text)[0].kind is DocumentKind.PLAN


def test_a_portal_news_section_and_a_news_opening_on_results_are_press() -> None:
    crumb = ("当前页面: 首页 > 政务公开 > 科技和工业信息化局 > 工作动态\n"
             "2018年我局组织推荐了8家企业申报高新技术企业，两家顺利通过审核。\n")
    assert infer_text(crumb)[0].kind is DocumentKind.PRESS
    news = ("记者从市科技局获悉，在我市申请复审的93家高新技术企业中，有91家通过核查。\n"
            "我市高新技术企业在转型中的作用将更加突出。据悉，我市将全面落实扶持政策。\n")
    assert infer_text(news)[0].kind is DocumentKind.PRESS


def test_a_table_at_the_top_is_a_table_and_its_header_is_no_title() -> None:
    text = "序号\n|\n工作任务\n|\n二季度完成情况\n|\n1\n|\n全区高新技术企业总量达到160家。\n|\n全年组织申报61家。\n"
    meta = infer_text(text)[0]
    assert (meta.kind, meta.title) == (DocumentKind.TABLE, None)


def test_a_year_opening_a_clause_does_not_date_a_shared_document() -> None:
    text = ("《2024年上半年县科技局工作总结.docx》由会员分享,可在线阅读\n"
            "1、县科技局2024年上半年工作总结今年以来,县科技局全力推动创新,占比52%。用足扶持资金,2023年新认定7家高新技术企业。\n")
    assert infer_text(text)[0].period.label == "2024-H1"


def test_a_lead_of_programme_names_and_tasks_is_no_plan_and_a_masked_year_opens_a_summary() -> None:
    text = ("*年,我市“科技之光行动计划”坚持科技工作方针,整合了科技之光行动计划科技成果转化项目,为完成计划任务提供保障,"
            "全面超额完成年度目标任务。新建成示范乡镇8个。\n")
    assert infer_text(text)[0].kind is DocumentKind.SUMMARY


def test_without_a_title_the_headline_names_the_kind() -> None:
    text = ("【科技局】“双倍增”行动计划工作方案(2023-2027年)的工作目标是什么?\n"
            "【问】“双倍增”行动计划工作方案定下了哪些工作目标?\n到2027年，全区高新技术企业达到60家。\n")
    meta = infer_text(text)[0]
    assert (meta.kind, meta.period.label) == (DocumentKind.PLAN, "2023..2027")


def test_this_years_news_mentioning_last_year_in_passing_is_this_years() -> None:
    text = ("县经科局:上半年高新技术产业实现产值46亿元\n时间:2016-08-01 16:47:52 来源:\n"
            "本网讯 今年上半年,县经济科技局推动创新创业提速,1-6月实现高新技术产值46.34亿元。较2015年同期增长12%。\n")
    assert infer_text(text)[0].period.label == "2016-H1"


def test_a_city_named_without_its_suffix_in_a_city_text_is_its_place_but_never_a_masked_districts() -> None:
    text = ("郑州多项科技创新指标实现大幅跃升\n返回主页 | 郑州晚报 | 标题导航\n"
            "本报讯 近年来，郑州的科技创新能力显著增强，对全市经济的带动作用突出，我市研发投入强度2.45%。\n")
    assert infer_text(text)[0].region == "郑州市"
    masked = ("xx区科学技术局20xx年工作总结\n今年以来，XX区推动无锡太湖湾科创带建设，全区新增高企20家，"
              "无锡市考核中名列前茅，全市排名第二，无锡表彰。\n")
    assert infer_text(masked)[0].region is None


def test_a_county_bureau_naming_only_its_city_or_a_higher_office_names_no_place_of_its_own() -> None:
    county = "县科技局2022年工作总结\n2022年，温州市长批示肯定我县工作，全市排名第2，全市排名第4。\n"
    assert infer_text(county)[0].region is None
    task = "市科技局2021年度工作总结\n今年，我市组织申报镇江市级以上科技计划共98项，镇江市下达的年度指标任务超额完成。\n"
    assert infer_text(task)[0].region is None


def test_a_name_several_districts_share_is_settled_by_its_city_in_the_text() -> None:
    text = ("发布机构 区科经局\n青山区部门预算部门专项(绩效目标)申报表2021年度\n"
            "编报单位(印章):武汉市青山区科学技术和经济信息化局\n新增高新技术企业15家。\n")
    assert infer_text(text)[0].region == "武汉市青山区"


def test_a_meeting_dates_its_plan_and_a_mixed_meeting_reviews_last_year() -> None:
    plan = infer_text("汉寿县:科技工信局专题学习县委经济工作会议精神\n1月8日,局机关组织专题会议。"
                      "会议对科工局2018年工作作出部署，要力争新增高新技术企业5家。\n")[0]
    assert (plan.kind, plan.period.label) == (DocumentKind.PLAN, "2018")
    mixed = infer_text("记者近日在全省2018科技工作会议上了解到，去年我省技术合同成交额突破千亿；今年，我省将力争再增10%。\n")[0]
    assert (mixed.kind, mixed.period.label) == (DocumentKind.MIXED, "2017")


def test_a_title_read_out_of_a_news_lead_leaves_the_news_press() -> None:
    text = ("荆楚网讯(记者吕鉴蕾)鄂城区2022年的科技创新交出了一份怎样的成绩单?12月19日,鄂城区人民政府工作报告对此作了回答。\n"
            "2022年,滨江科技新区有7个总投资达115亿元的项目动工建设。\n")
    assert infer_text(text)[0].kind is DocumentKind.PRESS


def test_an_analysis_of_a_quarter_is_titled_and_dated_by_its_quarter() -> None:
    meta = infer_text("2003年一季度鄞州区高新技术产业运行情况分析\n今年以来，我区高新技术产业保持了快速发展的势头。\n")[0]
    assert (meta.title, meta.period.label) == ("2003年一季度鄞州区高新技术产业运行情况分析", "2003-Q1")


def test_news_of_a_plan_issued_a_plans_target_year_and_a_lead_of_results() -> None:
    issued = infer_text("近日,《磐安县科技发展“十四五”规划》由磐安县人民政府办公室印发。《规划》提出,到2025年,高新技术企业达到80家。\n")[0]
    assert issued.kind is DocumentKind.PLAN
    ahead = infer_text("发布时间:2018-09-08\n牢牢把握科技创新这条主线，想方设法把县域创新主体做大做强。"
                       "到2020年，全县高新技术企业数量达到30家。\n")[0]
    assert ahead.kind is DocumentKind.PLAN
    done = infer_text("1.强化创新主体。各类科技项目共争取到59项，无偿经费1357万元，完成省科技厅下达任务的124%。\n")[0]
    assert done.kind is DocumentKind.SUMMARY


def test_a_page_script_is_no_headline_and_a_source_line_marks_news() -> None:
    text = ("• html5 slider example\n• html5 slider template\n我市高新技术企业总数达到92户超额完成省政府考核指标\n"
            "来源:丹东新闻网 2018-01-11\n记者从市科技局获悉，我市高新技术企业总数达到92户。\n")
    meta = infer_text(text)[0]
    assert (meta.kind, meta.title) == (DocumentKind.PRESS, "我市高新技术企业总数达到92户超额完成省政府考核指标")


def test_a_plan_dated_before_its_target_year_is_for_that_year_and_an_autonomous_county_by_its_short_name() -> None:
    text = ("大厂县 民营经济发展政策措施摘编(2)\n发布时间:2018-09-08 来源:廊坊市民营经济领导小组办公室\n"
            "牢牢把握科技创新这条主线，想方设法把县域创新主体做大做强。到2020年，全县高新技术企业数量突破25家。\n")
    meta = infer_text(text)[0]
    assert (meta.kind, meta.period.label, meta.region) == (DocumentKind.PLAN, "2020", "廊坊市大厂回族自治县")


def test_news_in_january_on_last_years_results_past_a_pages_script() -> None:
    text = ("• slider html5\n  • html5 slider example template here\n今日丹东\n\n我市高新技术企业总数达到92户超额完成考核指标\n\n"
            "发布时间:2018/1/11 7:39:00 来源:丹东新闻网\n\n  2017年我市共有37户企业通过高新技术企业认定，截至2017年底全市达到92户。\n")
    meta = infer_text(text)[0]
    assert (meta.kind, meta.period.label) == (DocumentKind.PRESS, "2017")


def test_titles_cut_short_by_a_run_on_line_and_section_headings_and_news_openers() -> None:
    mixed = infer_text("科技局2021年上半年工作总结和下半年工作方案 上半年，在县委的领导下，县科技局着力推进重点工作，新增高企5家。\n")[0]
    assert (mixed.title, mixed.kind) == ("科技局2021年上半年工作总结和下半年工作方案", DocumentKind.MIXED)
    debris = infer_text("2019年上半年科技工作开展情况暨下半年工作计划 本文简介:\n一、2019年上半年主要工作完成情况\n新增高企5家。\n")[0]
    assert debris.title == "2019年上半年科技工作开展情况暨下半年工作计划"
    news = infer_text("日前，山西省科学技术厅对外发布入库公告，其中晋城市有22家企业入库，全市已达196家。\n")[0]
    assert news.kind is DocumentKind.PRESS


def test_a_briefing_on_what_is_to_be_done_is_a_plan() -> None:
    text = ("甘肃庆阳加快科技创新步伐\n记者24日在甘肃省政府新闻发布会上了解到，“十四五”期间，庆阳市将继续实施创新驱动战略，"
            "力争到2025年研发投入强度达到1.5%，将打造两个科技创新载体。\n")
    assert infer_text(text)[0].kind is DocumentKind.PLAN


def test_the_first_year_of_a_five_year_plan_dates_a_report() -> None:
    assert infer_text("区科技局工作汇报\n今年是“十二五”开局之年。本局推进科技创新工程，新增高企5家。\n")[0].period.label == "2011"


def test_words_that_look_like_places_are_none() -> None:
    assert infer_text("海南省创新型省份建设实施方案\n到2025年，全省高新技术企业达到2000家。\n")[0].region == "海南省"
    meeting = "2024年全盟科技工作会议召开\n2月28日，全盟科技工作会议在锡林浩特市举行，全盟新增高企10家。\n"
    assert infer_text(meeting)[0].region == "锡林郭勒盟"  # not "2024年全盟": 全盟, held in a city of the 盟
    assert infer_text("2022年1-5月，各区科技型中小企业评价入库数分别位居首位，依次为高新区859家、滨海区500家。\n")[0].region is None


def test_a_page_path_is_no_headline_and_an_empty_source_field_names_no_issuer() -> None:
    text = ("您当前所在位置:首页 > 首页>数据发布与解读\n前三季度我市科技创新活力持续增强\n来源:   发布日期:2021-11-16\n"
            "记者从市统计局获悉，前三季度全市高新技术产业产值增长12%。\n")
    meta = infer_text(text)[0]
    assert (meta.title, meta.issuer, meta.period.label) == ("前三季度我市科技创新活力持续增强", None, "2021-Q1..2021-Q3")


def test_places_named_with_hua_and_quan_and_a_reviewed_year_in_a_plan() -> None:
    text = "广东省茂名市化州市科技局2023年工作总结\n2023年，全市新增高新技术企业12家。\n"
    assert infer_text(text)[0].region == "茂名市化州市"
    quanzhou = "全州县科学技术局2023年工作总结\n2023年，全县新增高企5家，全州县科技工作稳步推进，全州县获评先进。\n"
    assert infer_text(quanzhou)[0].region == "桂林市全州县"
    plan = infer_text("XX县科学技术局工作要点\n发布日期：2019-02-10\n2018年全县科技工作取得了明显成效。"
                      "2019年要力争新增高企5家，确保研发投入增长10%。\n")[0]
    assert plan.period.label == "2019"


def test_a_title_line_running_into_the_text_does_not_give_its_period() -> None:
    text = "XX县科学技术局2019年工作总结 2019年，全县科技工作取得成效，新增高企5家。下半年，我局将继续推进。\n"
    assert infer_text(text)[0].period.label == "2019"


def test_a_zone_is_named_by_a_place_not_by_the_prose_before_it() -> None:
    assert infer_text("我市着力促进高新区高质量发展，新增高企12家。\n")[0].region is None
    assert infer_text("荆州经开区科技创新局工作总结\n全区新增高企12家。\n")[0].region == "荆州经开区"


def test_a_portals_labelled_title_names_the_document_and_its_kind() -> None:
    text = ("宁国市科技局\n索引号: 113417020032559141/202404-00030 组配分类: 决策部署落实情况\n"
            "名称: 2024年第一季度重点工作进展情况一览表 文号:\n发布日期: 2024-04-02\n"
            "序号\n工作任务\n1季度完成情况\n1\n力争新认定高新技术企业20家\n已完成申报12家\n")
    meta = infer_text(text)[0]
    assert (meta.title, meta.kind) == ("2024年第一季度重点工作进展情况一览表", DocumentKind.TABLE)
    assert infer_text("标题:(本地)全市高新技术产业彰显活力\n记者从市科技局了解到，全市高新技术产业增加值已达137.2亿元。\n")[
        0].region is None  # no place in "(本地)全市"


def test_the_longest_kind_word_ending_a_title_names_it_and_two_years_make_a_mixed_title() -> None:
    assert infer_text("2023年枞阳县科技局主要目标任务落实情况\n全县新增高企5家。\n")[0].kind is DocumentKind.TABLE
    assert infer_text("2023年县科技局科技工作情况\n全县新增高企5家。\n")[0].kind is DocumentKind.SUMMARY
    mixed = infer_text("2015年福州市科技工作及2016年工作思路\n2015年，全市新增高企50家。\n")[0]
    assert (mixed.kind, mixed.period.label) == (DocumentKind.MIXED, "2015")


def test_a_text_of_全市_naming_only_its_districts_is_their_citys() -> None:
    text = ("2022年1-5月,全市共有4222家企业通过科技型中小企业评价入库。位列前五位的区依次为滨海新区(1798家)、"
            "武清区(369家)、西青区(303家)。\n")
    assert infer_text(text)[0].region == "天津市"  # a municipality is its districts' city
    county = "全市新增高新技术企业23家，紫云县新增5家，关岭县新增3家。\n"
    assert infer_text(county)[0].region == "安顺市"


def test_a_citys_own_news_outlet_names_its_place_and_spam_lines_are_no_headline() -> None:
    assert infer_text("咸宁新闻网讯 今年以来，全市新增高新技术企业35家，同比增长20%。\n")[0].region == "咸宁市"
    assert infer_text("科技日报讯 今年以来，全市新增高新技术企业35家。\n")[0].region is None
    spam = ("国产一区二区精品久久_久久激情视频久久_日韩欧美一二区\n列表头部广告一条\n新闻> 连云港新闻\n"
            "海州区科技局荣获2017年度全省科技管理工作先进集体\n(连云港日报记者 庄婷婷)日前,海州区科技局获评先进集体。\n")
    meta = infer_text(spam)[0]
    assert (meta.title, meta.region) == ("海州区科技局荣获2017年度全省科技管理工作先进集体", "连云港市海州区")


def test_an_undated_texts_year_from_a_results_heading_a_caption_or_its_title_repeated_with_a_year() -> None:
    glued = "县政府部门工作总结推荐1县科技局把科技创新作为关键路径。一、2022年工作总结(一)超额完成年度任务。全县新增高企5家。"
    assert infer_text(glued)[0].period.label == "2022"
    caption = "项目支出绩效目标表 |\n(2023 年度) |\n项目名称 |\n年度目标 |\n新增高企5家 |\n"
    assert infer_text(caption)[0].period.label == "2023"
    repeated = "市科技局上半年工作总结\n\n1/8市科技局上半年工作总结市科技局2024年上半年工作总结一、主要工作开展情况\n新增高企5家。\n"
    assert infer_text(repeated)[0].period.label == "2024-H1"


def test_a_disclosure_page_is_no_news_and_a_may_summary_of_last_year_is_last_years() -> None:
    text = ("您现在所在的位置: 网站首页> 政府信息公开首页 > 县科学技术局> 推进及成效\n"
            "索引号: 1134072200312560X5/202405-00001 组配分类: 推进及成效\n发布机构: 枞阳县科学技术局\n"
            "发布日期: 2024-05-21\n发布时间:2024-05-21 15:15 来源:枞阳县科学技术局 浏览次数:\n"
            "枞阳县科技局以科技创新带动新质生产力发展，构建起全方位的科技创新体系。截至目前，全县高新技术企业47户，"
            "提前超额完成目标任务，2023年度全社会研发经费投入3.98亿元，同比增长32.25%。\n")
    meta = infer_text(text)[0]
    assert (meta.kind, meta.period.label) == (DocumentKind.SUMMARY, "2023")


def test_a_development_plan_titled_规划_is_a_plan() -> None:
    text = "包头市昆都仑区“十三五”科学技术发展规划\n“十三五”时期，昆区将全面落实创新驱动战略。\n一、“十二五”期间主要工作回顾\n"
    assert infer_text(text)[0].kind is DocumentKind.PLAN


def test_a_five_year_plans_title_names_its_years_and_a_prose_line_names_no_kind_mid_sentence() -> None:
    plan = infer_text("重庆市大渡口区“十四五”科技创新规划\n“十三五”期间，全区研发投入强度提高至3.98%。\n")[0]
    assert (plan.kind, plan.period.label) == (DocumentKind.PLAN, "2021..2025")
    line = ("全县调研科技工作汇报材料 WORD 版，近年来全县科技工作取得成效，新增高企12家，正在编制科技发展规划建设方案，"
            "同比增长12%。\n")
    assert infer_text(line)[0].kind is not DocumentKind.PLAN
    prose = infer_text("2024年1-6月全市主要经济指标情况\n上半年，全市规上工业增加值增长8.5%，高新技术企业新增35家。\n")[0]
    assert prose.kind is not DocumentKind.TABLE  # 指标情况 alone names no table


def test_a_text_no_word_types_is_a_weak_summary_under_section_headings_else_weak_news() -> None:
    news = infer("x.txt", "全县高新技术企业数量达到35家，技术合同成交额实现3亿元，科技创新能力稳步提升。\n")
    assert (news[0].kind, news[1]["kind"].weak) == (DocumentKind.PRESS, True)
    report = infer("x.txt", "一、自评工作开展情况\n全县高新技术企业数量达到35家，技术合同成交额实现3亿元。\n二、主要问题\n")
    assert (report[0].kind, report[1]["kind"].weak) == (DocumentKind.SUMMARY, True)


def test_a_bureau_opening_the_text_names_its_place_and_a_county_level_city_is_its_own_全市() -> None:
    county = "全市半年科技工作点评会开过之后，柞水县科技局针对技术市场交易额未完成目标的问题，完成交易额2000万元。\n"
    assert infer_text(county)[0].region == "商洛市柞水县"
    city = "“十三五”期间，临海市全市R&D活动人员数从5758名增至6006名，全市人才总量达到12.69万人。\n"
    assert infer_text(city)[0].region == "台州市临海市"


def test_the_reviews_regressions_stay_mended() -> None:
    assert infer_text("今年以来，咸宁市组织企业赴江夏区、洪山区、蔡甸区考察，全市新增高企12家。\n")[0].region == "咸宁市"
    quoted = infer_text("工作总结\n根据《2019年工作总结》部署，今年新增高企12家。\n")[0]
    assert quoted.period is None or quoted.period.label != "2019"
    assert infer_text("本报讯据咸宁日报 今年以来，全市新增高新技术企业35家，同比增长20%。\n")[0].region == "咸宁市"
    news = infer_text("首页 > 政务公开 > 工作动态\n索引号: 1134/2024-00001\n近日，我县召开科技工作推进会，全县新增高企12家。\n")[0]
    assert news.kind is DocumentKind.PRESS


def test_a_province_speaks_of_itself_as_我省_and_a_spaced_title_reads_as_written() -> None:
    text = "2014年上半年，我省高新技术产业产值为10205.2亿元。分地区看，舟山市、嘉兴市增幅较快，高于全省平均水平。\n"
    assert infer_text(text)[0].region == "浙江省"  # not 舟山市: the cities are where it compares, the province speaks
    spaced = "2017 年 科 技局 重 点 工 作 完 成 情 况 和 2018 年 重点工作计划\n一、2017年完成情况\n新增高企5家。\n"
    assert infer_text(spaced)[0].kind in (DocumentKind.MIXED, DocumentKind.PLAN)
    news = infer_text("甘肃省部署2018年科技工作重点\n原标题:全省科技工作会在兰召开\n1月25日，全省科技工作会召开。\n")[0]
    assert (news.title, news.kind) == ("甘肃省部署2018年科技工作重点", DocumentKind.PLAN)


def test_a_text_that_is_a_statistics_table_is_a_table_whatever_its_title() -> None:
    rows = "".join(f"| {name} | {i}.5 | {i} |\n" for i, name in enumerate(["甲区", "乙区", "丙区", "丁县", "戊县", "己县",
                                                                             "庚县", "辛县", "壬县", "癸县", "子县"], 1))
    text = "2018年各县市区高质量发展指标情况\n| 地区 | 研发投入比重% | 排名 |\n" + rows
    meta, found = infer("x.txt", text)
    assert (meta.kind, found["kind"].weak) == (DocumentKind.TABLE, True)
