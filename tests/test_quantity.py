"""The quantity parser on the seed documents' own wording.

Every phrase in PHRASES is copied from a file in seeds/ (a test checks that),
so the parser is measured on what users' documents actually say.
"""

from __future__ import annotations

import random
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.i18n import translate
from tracker.quantity import MAX_MAGNITUDE, Dimension, Qualifier, QuantityError, parse_quantity, scan

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
M, P, PT, X, C, ME, D, R = (Dimension.MONEY, Dimension.PERCENT, Dimension.POINTS, Dimension.MULTIPLE,
                            Dimension.COUNT, Dimension.MEASURE, Dimension.DURATION, Dimension.RANK)
EX, AP, GE, LE = Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST

# phrase as written in a seed, value, unit, dimension, qualifier
PHRASES: list[tuple[str, str, str, Dimension, Qualifier]] = [
    # Weihai 2025 plan
    ("15项以上", "15", "项", C, GE),
    ("148个", "148", "个", C, EX),
    ("97亿元", "9700000000", "元", M, EX),
    ("33亿元", "3300000000", "元", M, EX),
    ("11%以上", "11", "%", P, GE),
    ("300件", "300", "件", C, EX),
    ("20亿元以上", "2000000000", "元", M, GE),
    ("300名", "300", "名", C, EX),
    ("500家", "500", "家", C, EX),
    ("25亿元以上", "2500000000", "元", M, GE),
    ("100人次以上", "100", "人次", C, GE),
    ("10人以上", "10", "人", C, GE),
    ("不少于15场(次)", "15", "场次", C, GE),
    ("3个以上", "3", "个", C, GE),
    # Yingkou 2022 H1 summary and H2 plan
    ("11.3亿元", "1130000000", "元", M, EX),
    ("75户", "75", "户", C, EX),
    ("0.2个百分点", "0.2", "个百分点", PT, EX),
    ("500余人次", "500", "人次", C, AP),
    ("4.0亿元", "400000000", "元", M, EX),
    ("1300余家", "1300", "家", C, AP),
    ("66.5亿元", "6650000000", "元", M, EX),
    ("近200家", "200", "家", C, AP),
    ("150余人次", "150", "人次", C, AP),
    ("33件", "33", "件", C, EX),
    # Weihai 2021 summary
    ("4.34亿元", "434000000", "元", M, EX),
    ("10多项", "10", "项", C, AP),
    ("超过100亿元", "10000000000", "元", M, GE),
    ("400多场次", "400", "场次", C, AP),
    ("72.73%", "72.73", "%", P, EX),
    ("近亿元", "100000000", "元", M, AP),
    ("129.25亿元", "12925000000", "元", M, EX),
    ("245.31%", "245.31", "%", P, EX),
    ("2000多万元", "20000000", "元", M, AP),
    ("突破1000家", "1000", "家", C, GE),
    ("1420多万元", "14200000", "元", M, AP),
    ("3倍", "3", "倍", X, EX),
    ("58(台)套", "58", "台", C, EX),
    ("约3200多人", "3200", "人", C, AP),
    ("1390万元", "13900000", "元", M, EX),
    ("200笔", "200", "笔", C, EX),
    ("5227万元", "52270000", "元", M, EX),
    ("3亿篇(项)", "300000000", "篇", C, EX),
    ("1600多台(套)", "1600", "台", C, AP),
    ("超10亿元", "1000000000", "元", M, GE),
    # Weihai 2022 overview (full-width brackets, spaces inside figures)
    ("2.48%", "2.48", "%", P, EX),
    ("118.38 人年", "118.38", "人年", ME, EX),
    ("2325 家", "2325", "家", C, EX),
    ("46人（项）", "46", "人", C, EX),
    ("超过4亿元", "400000000", "元", M, GE),
    ("1.5-2倍", "1.5", "倍", X, EX),
    ("不超过2000万元", "20000000", "元", M, LE),
    ("不超过3年", "3", "年", D, LE),
    ("不超过0.6%", "0.6", "%", P, LE),
    ("10.4万人次", "104000", "人次", C, EX),
    ("500 余项", "500", "项", C, AP),
    ("超 3 亿篇", "300000000", "篇", C, GE),
    ("1700 余台（套）", "1700", "台", C, AP),
    ("169.7 亿元", "16970000000", "元", M, EX),
    ("第 33 位", "33", "位", R, EX),
    # Weihai November 2024 press conference
    ("约2900家", "2900", "家", C, AP),
    ("180多名", "180", "名", C, AP),
    ("350家以上", "350", "家", C, GE),
    ("270余项", "270", "项", C, AP),
    ("4亿元左右", "400000000", "元", M, AP),
    ("1.73亿元", "173000000", "元", M, EX),
    ("60多台", "60", "台", C, AP),
    ("13款", "13", "款", C, EX),
    ("57.93亿元", "5793000000", "元", M, EX),
    ("881.6万元", "8816000", "元", M, EX),
    ("96.7%", "96.7", "%", P, EX),
    ("近2亿元", "200000000", "元", M, AP),
    ("1387.36万元", "13873600", "元", M, EX),
    ("342笔", "342", "笔", C, EX),
    ("14.59亿元", "1459000000", "元", M, EX),
    ("近300家", "300", "家", C, AP),
    ("第5位", "5", "位", R, EX),
    # Chinese numerals
    ("十条", "10", "条", C, EX),
    ("两个", "2", "个", C, EX),
    ("四个", "4", "个", C, EX),
    ("近十年", "10", "年", D, AP),
    ("三年", "3", "年", D, EX),
]


@pytest.mark.parametrize(("phrase", "value", "unit", "qualifier"), [
    ("不得超过8个", "8", "个", LE),  # a cap (原则上水稻主导品种不得超过8个), never 超过8个
    ("216亿斤以上", "21600000000", "斤", GE),  # grain in jin
])
def test_phrases_of_plans_beyond_the_seeds(phrase: str, value: str, unit: str, qualifier: Qualifier) -> None:
    quantity = parse_quantity(phrase)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (Decimal(value), unit, qualifier)
    assert [q.text for q in scan(f"原则上{phrase}，")] == [phrase]


def test_phrases_are_the_seeds_own_wording() -> None:
    corpus = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    assert len(PHRASES) >= 60
    assert [p for p, *_ in PHRASES if p not in corpus] == []


@pytest.mark.parametrize(("phrase", "value", "unit", "dimension", "qualifier"), PHRASES,
                         ids=[p[0] for p in PHRASES])
def test_parse_seed_phrase(phrase: str, value: str, unit: str, dimension: Dimension,
                           qualifier: Qualifier) -> None:
    quantity = parse_quantity(phrase)
    assert (quantity.value, quantity.unit, quantity.dimension, quantity.qualifier) == (
        Decimal(value), unit, dimension, qualifier)
    assert quantity.text == phrase


def test_money_keeps_the_unit_as_written() -> None:
    assert parse_quantity("2000多万元").written_unit == "万元"
    assert parse_quantity("25亿元以上").written_unit == "亿元"
    assert parse_quantity("15场(次)").written_unit == "场(次)"


def test_range_has_both_ends_and_shares_the_multiplier() -> None:
    assert (parse_quantity("1.5-2倍").value, parse_quantity("1.5-2倍").upper) == (Decimal("1.5"), Decimal(2))
    quantity = parse_quantity("1-2万元")
    assert (quantity.value, quantity.upper) == (Decimal(10000), Decimal(20000))


@pytest.mark.parametrize(("text", "value"), [("三百", 300), ("两", 2), ("十余", 10), ("一百二十项", 120),
                                             ("１２３项", 123), ("百分之十一", 11), ("一万五千人次", 15000)])
def test_chinese_and_full_width_numerals(text: str, value: int) -> None:
    assert parse_quantity(text).value == value


@pytest.mark.parametrize(("text", "found"), [
    ("规模工业应税销售占全市1/8", [("1/8", Decimal("12.5"), "exact")]),
    ("比重超1/4", [("超1/4", Decimal(25), "at_least")]),
    ("超过全省三分之二以上", [("超过全省三分之二以上"[4:], Decimal("66.67"), "at_least")]),
    ("接近四分之一", [("接近四分之一", Decimal(25), "approx")]),
    ("1/20 下载此文档", []),  # a page counter, not a share
    ("发布于2024/1/8", []),  # a date
    ("占比5/3", []),  # not a proper fraction: no share
    ("于3/15前完成申报", []), ("截至9/30", []), ("地铁3/5号线", []), ("覆盖率9/10日通过验收", []),  # dates, a line
    ("考核得分3/5分", []), ("提供7/24小时在线服务", []),  # a score, a schedule
])
def test_a_fraction_is_a_share_in_percent(text: str, found: list) -> None:
    shares = [q for q in scan(text) if q.unit == "%"]
    assert [(q.text, q.value, q.qualifier.value) for q in shares] == found
    assert all(q.dimension is Dimension.PERCENT for q in shares)
    for share in shares:  # what scan finds, a targets file can hold as written
        assert parse_quantity(share.text).value == share.value


@pytest.mark.parametrize(("text", "code"), [
    ("", "quantity.empty"),
    ("很多", "quantity.no_number"),
    ("25亿美刀", "quantity.unknown_unit"),
    ("25 widgets", "quantity.unknown_unit"),
    ("300名科技人才", "quantity.trailing"),
    ("增长11%", "quantity.leading"),
    ("10场、500人次", "quantity.several"),
    # beyond a sane magnitude (MAX_MAGNITUDE, MAX_NUMERAL_LENGTH), or no finite number
    ("1001万亿元", "quantity.too_large"),
    ("1000000000001项", "quantity.too_large"),
    ("2000万亿千瓦时", "quantity.too_large"),
    ("1000001%", "quantity.too_large"),
    ("百分之二百万", "quantity.too_large"),
    ("9" * 300 + "元", "quantity.too_long"),
    ("一" * 50, "quantity.too_long"),
    ("1e400", "quantity.exponent"),
    ("2.5E+8元", "quantity.exponent"),
    ("NaN元", "quantity.not_finite"),
    ("Infinity", "quantity.not_finite"),
    ("inf", "quantity.not_finite"),
], ids=lambda item: item[:12])
def test_unreadable_target_says_why(text: str, code: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    assert caught.value.code == code
    assert len(translate(code, "en", **caught.value.params)) < 200  # a long number is quoted cut short


def test_scan_finds_every_figure_of_a_sentence_in_order() -> None:
    sentence = ("实施148个科技创新重点项目,实现总投资97亿元,年度新增投资33亿元,"
                "增长11%以上,新增专利申请300件,新增销售收入20亿元以上。")
    assert [q.text for q in scan(sentence)] == ["148个", "97亿元", "33亿元", "11%以上", "300件", "20亿元以上"]


def test_scan_offsets_point_into_the_original_text() -> None:
    text = "前三季度,我市已累计发放科技成果转化贷款342笔,贷款总金额14.59亿元,惠及企业近300家"
    found = {q.text: q for q in scan(text)}
    for surface in ("342笔", "14.59亿元", "近300家"):
        quantity = found[surface]
        assert text[quantity.start:quantity.end] == surface


def test_scan_offsets_survive_full_width_characters() -> None:
    text = "新增省级平台１２项（含２家国家级），入网仪器 1700 余台（套）"
    found = scan(text)
    assert [text[q.start:q.end] for q in found] == [q.text for q in found]
    assert "1700 余台（套）" in [q.text for q in found]


def test_scan_reads_a_rank_in_brackets() -> None:
    text = "全社会研发投入占 GDP 比重达到 2.48%（全省第 8）"
    ranks = [q for q in scan(text) if q.dimension is Dimension.RANK]
    assert [(q.text, q.value) for q in ranks] == [("第 8", Decimal(8))]


@pytest.mark.parametrize(("text", "value"), [("突破千亿", 10**11), ("突破千億", 10**11), ("近亿", 10**8), ("2个亿以上", 2 * 10**8),
                                             ("突破百亿元", 10**10), ("一四八九億元", 1489 * 10**8), ("十一．九％", None)])
def test_money_as_people_write_it(text: str, value: int | None) -> None:
    (found,) = scan(text, with_units_only=True)
    if value is None:
        assert (found.value, found.unit) == (Decimal("11.9"), "%")
    else:
        assert (found.value, found.unit) == (value, "元")


def test_a_forms_bracketed_unit_serves_the_value_before_it_and_the_pair_it_closes() -> None:
    found = scan("年财政收入: 22144 / 20708 (万元) 总人口: 41.27 43.93 (万人) 专利: 37 /100 (件)", with_units_only=True)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("22144", Decimal(221440000), "元"), ("20708 (万元)", Decimal(207080000), "元"),
        ("41.27", Decimal(412700), "人"), ("43.93 (万人)", Decimal(439300), "人"),
        ("37", Decimal(37), "件"), ("100 (件)", Decimal(100), "件")]
    assert scan("共(1)项，序号 1 2 3", with_units_only=True) == []


def test_a_bare_cell_before_a_tab_takes_no_unit_from_the_next_cell() -> None:
    assert [q.text for q in scan("企业数\t12\t20708 (万元)", with_units_only=True)] == ["20708 (万元)"]


# ── hostile input: the parser raises only QuantityError, scan never raises ──────────
_NUMERALS = "零一二三四五六七八九十百千万亿两〇壹贰叁肆伍陆柒捌玖拾佰仟点億萬兩"
_SEPARATORS = [".", ",", "，", "-", "~", "～", "至", "到", "－", "—", "．", "、", " ", "\t", "(", ")", "（", "）"]
_QUALIFIERS = ["以上", "左右", "近", "超", "约", "不超过", "不少于", "以内", "多", "余", "第", "前", "百分之", "全省前"]
_ODD = ["e", "E+", "nan", "inf", "Infinity", "\x00", "\ud800", "\ufffe", "\u3000", "１", "٣", "9" * 60, "一" * 45]


def _hostile_strings(count: int, seed: int) -> list[str]:
    from tracker.quantity import UNITS

    pools = [list(_NUMERALS), list("0123456789"), [u.written for u in UNITS] + ["万元", "亿元", "%"], _SEPARATORS,
             _QUALIFIERS, _ODD]
    weights = [5, 5, 3, 3, 2, 1]
    rng = random.Random(seed)
    return ["".join(rng.choice(rng.choices(pools, weights)[0]) for _ in range(rng.randint(1, 14)))
            for _ in range(count)]


def test_no_generated_string_makes_the_parser_raise_anything_but_its_own_error() -> None:
    strings = _hostile_strings(20_000, seed=13)
    read, codes = 0, set()
    for text in strings:
        for quantity in scan(text) + scan(text, with_units_only=True):
            assert quantity.upper is None or quantity.upper >= quantity.value, text
            assert quantity.value <= MAX_MAGNITUDE[quantity.dimension], text
        try:
            parse_quantity(text)
            read += 1
        except QuantityError as error:
            codes.add(error.code)
            assert translate(error.code, "en", **error.params)  # a catalogue message, every parameter given
    # The strings reach every way of refusing, and some read as one quantity.
    assert {"quantity.bad_number", "quantity.reversed", "quantity.too_long", "quantity.no_number",
            "quantity.several", "quantity.trailing", "quantity.leading"} <= codes
    assert read > 100


@pytest.mark.parametrize("text", ["三亿零元", "一亿零项", "五十五亿零", "十十", "一千千", "一万亿亿万"])
def test_a_malformed_chinese_numeral_is_refused_and_skipped_in_prose(text: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    assert caught.value.code == "quantity.bad_number"
    assert [q.text for q in scan(f"全年完成{text}，新增5项")] == ["5项"]


def test_chinese_decimals_are_read_digit_by_digit_exactly() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # cn2an warns of its float precision past 16 decimals
        assert parse_quantity("三点一四一五九二六五三五八九七九三二三八四六").value == Decimal("3.14159265358979323846")
    assert parse_quantity("十一点九%").value == Decimal("11.9")
    assert parse_quantity("两点五亿元").value == 250_000_000


@pytest.mark.parametrize("text", ["5-3项", "30%-20%", "1.5-1.2倍", "十至五家", "3万-2万元"])
def test_a_range_written_high_to_low_is_refused_as_a_target(text: str) -> None:
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    assert caught.value.code == "quantity.reversed"
    assert "3-5项" in translate(caught.value.code, "en", **caught.value.params)


def test_a_reversed_pair_in_prose_is_two_figures_or_nothing_never_a_range() -> None:
    assert scan("条款5-3项规定") == []  # a label, not an amount
    assert [(q.text, q.upper) for q in scan("占比由30%-20%不等")] == [("30%", None), ("20%", None)]
    assert [(q.value, q.upper) for q in scan("新增3-5项")] == [(3, 5)]  # low to high stays a range
    assert parse_quantity("3-3项").upper == 3


@pytest.mark.parametrize("text", ["1000万亿元", "1000000000000项", "1000000%", "0.000001%"])
def test_the_largest_sane_amounts_are_read(text: str) -> None:
    assert parse_quantity(text).text == text


def test_every_dimension_has_a_named_limit_and_prose_beyond_it_is_skipped() -> None:
    assert set(MAX_MAGNITUDE) == set(Dimension)
    assert MAX_MAGNITUDE[Dimension.MONEY] == Decimal(10) ** 15
    assert [q.text for q in scan("身份证号370102199001011234，罚没1001万亿元，新增5项")] == ["5项"]


def test_a_lone_surrogate_in_a_traditional_text_does_not_stop_the_scan() -> None:
    assert [q.text for q in scan("億元\ud800 合計3億元")] == ["3億元"]  # OpenCC refused it: UnicodeEncodeError


@pytest.mark.parametrize("text", ["一万" * 80 + "一点五项", "9" * 1_000_000 + "万亿元"],
                         ids=["cn2an-float-overflow", "decimal-overflow"])
def test_a_number_too_long_to_be_an_amount_is_never_converted(text: str) -> None:
    # These raised OverflowError (a 10^320 integer plus a float inside cn2an) and decimal.Overflow.
    assert [q.text for q in scan(f"新增5项，{text}")] == ["5项"]
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    assert caught.value.code == "quantity.too_long"
