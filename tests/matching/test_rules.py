"""The matcher's rules as data (tracker/matching/rules.py): each word of each list does what its note says.

The lists are read through the functions that use them (names, units, score), one row per word, so a word
added to a list is tested by the same row as the others.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

import pytest

from tracker.matching import rules
from tracker.matching.names import clean, level, subject_similarity
from tracker.matching.score import Context, TargetNames, score
from tracker.matching.units import compatible
from tracker.model.target import Target
from tracker.quantity import parse_quantity


def names(title: str, target: str = "60家", **fields: object) -> TargetNames:
    return TargetNames.of(Target.model_validate({"id": "t", "title": title, "target": target, **fields}))


def context(subject: str, before: str = "", after: str = "", paragraph: str = "") -> Context:
    return Context(subject=subject, before=before, after=after, sentence=before, paragraph=paragraph or before)


def reasons(target: TargetNames, figure: str, ctx: Context) -> list[str]:
    return [r.code for r in score(target, parse_quantity(figure), ctx)[1]]


# ── units ────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("family", rules.UNIT_FAMILIES, ids=lambda family: "".join(sorted(family)))
def test_a_unit_family_counts_alike_and_nothing_else(family: frozenset[str]) -> None:
    for a, b in combinations(sorted(family), 2):
        assert compatible(parse_quantity(f"3{a}"), parse_quantity(f"5{b}"))
    assert not any(compatible(parse_quantity(f"3{unit}"), parse_quantity("5人次")) for unit in family)


def test_a_classifier_of_no_family_only_matches_itself() -> None:
    assert compatible(parse_quantity("3人次"), parse_quantity("5人次"))
    assert not compatible(parse_quantity("3人"), parse_quantity("5人次"))  # heads are not visits


# ── scope words ──────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("word", "expected"), [(w, i) for i, words in enumerate(rules.LEVELS) for w in words])
def test_each_level_word_names_its_level(word: str, expected: int) -> None:
    assert level(f"新增{word}重点实验室") == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("省重点实验室", rules.PROVINCIAL, id="a name opening with 省 is provincial"),
    pytest.param("全省高新技术企业", None, id="全省 says where, not a level"),
    pytest.param("全市高新技术企业", None, id="全市 likewise"),
    pytest.param("国家级和省级平台", 0, id="the first level word read decides"),
])
def test_level_without_a_level_word(text: str, expected: int | None) -> None:
    assert level(text) == expected


def test_level_words_are_read_longest_first() -> None:
    lengths = [len(word) for word, _ in rules.LEVEL_WORDS]
    assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize("lead", rules.OWN_PLACE_LEADS)
def test_a_texts_own_place_before_a_subject_says_where(lead: str) -> None:
    assert subject_similarity("高新技术企业数量", f"{lead}高新技术企业") == Decimal("0.95")


def test_the_province_is_no_place_of_a_texts_own() -> None:
    assert "全省" not in rules.OWN_PLACE_LEADS
    assert subject_similarity("高新技术企业数量", "全省高新技术企业") < Decimal("0.95")


# ── what a target counts ─────────────────────────────────────────────────────
@pytest.mark.parametrize("word", rules.NEW_WORDS)
def test_each_new_word_makes_a_target_a_flow(word: str) -> None:
    assert names(f"{word}高新技术企业").flow and not names("高新技术企业").flow


@pytest.mark.parametrize("word", rules.STOCK_WORDS)
def test_each_stock_word_makes_a_target_a_level_to_reach(word: str) -> None:
    assert names("高新技术企业", quote=f"高新技术企业{word}500家").stock and not names("高新技术企业").stock


@pytest.mark.parametrize("word", rules.STOCK_WORDS)
def test_each_stock_word_before_a_figure_makes_it_a_stock_against_a_flow_target(word: str) -> None:
    flow = names("新增高新技术企业")
    assert "match.reason.sense" in reasons(flow, "500家", context("高新技术企业", f"高新技术企业{word}"))
    assert "match.reason.sense" not in reasons(flow, "50家", context("高新技术企业", "新增高新技术企业"))


def test_a_change_from_a_level_starts_at_a_stock() -> None:
    for lead in rules.STOCK_LEADS:
        flow = names("新增高新技术企业")
        assert "match.reason.sense" in reasons(flow, "1150家", context("高新技术企业", f"高新技术企业{lead}"))


@pytest.mark.parametrize("word", rules.GROWTH_WORDS)
def test_each_growth_word_makes_a_rate_target_a_rate_of_change(word: str) -> None:
    assert names(f"研发投入{word}", target="10%").growth
    assert not names(f"研发投入{word}", target="10亿元").growth  # only a rate can be one
    assert "match.reason.growth" in reasons(names("研发投入强度", target="3%"), "10%",
                                            context(f"研发投入{word}", f"研发投入{word}"))


@pytest.mark.parametrize("word", rules.PROPOSAL_WORDS)
def test_a_target_named_with_a_step_counts_the_steps(word: str) -> None:
    assert names(f"专利{word}", aliases=[f"新增专利{word}"]).applications == (word,)
    assert names(f"专利{word}", aliases=["新增专利"]).applications == ()  # every name must hold it


@pytest.mark.parametrize("word", rules.ABROAD_WORDS)
def test_a_target_about_resources_abroad_is_kept_from_a_domestic_paragraph(word: str) -> None:
    abroad = names(f"引进{word}人才", target="10人")
    assert abroad.abroad
    domestic = context("人才", "引进人才", paragraph=f"{rules.DOMESTIC_WORDS[0]}高校合作，引进人才")
    assert "match.reason.domestic" in reasons(abroad, "10人", domestic)
    mixed = context("人才", "引进人才", paragraph=f"{rules.DOMESTIC_WORDS[0]}外{word}合作，引进人才")
    assert "match.reason.domestic" not in reasons(abroad, "10人", mixed)


# ── the words around a figure ────────────────────────────────────────────────
@pytest.mark.parametrize("head", sorted(rules.LIGHT_HEADS - {""}))
def test_a_light_head_after_a_name_keeps_what_is_counted(head: str) -> None:
    assert subject_similarity("科技创新重点项目", f"科技创新重点项目{head}") == Decimal("0.95")


def test_any_other_head_counts_another_thing() -> None:
    assert subject_similarity("科技创新重点项目", "科技创新重点项目辅导") == Decimal("0.6")


@pytest.mark.parametrize("tail", rules.COUNT_TAILS)
def test_a_target_named_by_its_count_counts_the_thing_named(tail: str) -> None:
    assert subject_similarity(f"高新技术企业{tail}", "高新技术企业") == Decimal("0.95")


@pytest.mark.parametrize("verb", rules.CATEGORY_VERBS)
def test_a_category_verb_after_a_figure_names_what_it_was_counted_into(verb: str) -> None:
    assert context("项目", after=f"{verb}省级科技引领创新工程").category() == "省级科技引领创新工程"


def test_a_longer_category_verb_is_read_before_the_shorter_inside_it() -> None:
    assert context("项目", after="被列入省级工程").category() == "省级工程"


@pytest.mark.parametrize("name", rules.MULTI_YEAR_NAMES)
def test_a_figure_counted_over_a_five_year_plan_spans_years(name: str) -> None:
    target = names("新增高新技术企业")
    plain = score(target, parse_quantity("50家"), context("高新技术企业", "新增高新技术企业"))[0]
    spanned = score(target, parse_quantity("50家"), context("高新技术企业", f"{name}新增高新技术企业"))[0]
    assert spanned == (plain * rules.MULTI_YEAR_PENALTY).quantize(Decimal("0.01"))


@pytest.mark.parametrize("mark", rules.QUOTES)
def test_quotes_are_no_part_of_a_name(mark: str) -> None:
    assert clean(f"{mark}揭榜挂帅{mark}项目") == "揭榜挂帅项目"


# ── the numbers ──────────────────────────────────────────────────────────────
def test_bands_weights_and_penalties_are_in_order() -> None:
    assert Decimal(0) < rules.REVIEW < rules.AUTO_ACCEPT <= Decimal(1)
    for factor in (rules.SCOPE_PENALTY, rules.SENSE_PENALTY, rules.GROWTH_PENALTY, rules.MULTI_YEAR_PENALTY,
                   rules.SUBJECT_ASIDE):
        assert Decimal(0) < factor < Decimal(1)
    # the readings of a name, weakest first: the clause, the qualifier, the lead and elided head, the category
    assert rules.CLAUSE_WEIGHT < rules.QUALIFIED_WEIGHT < rules.LEAD_WEIGHT == rules.ELIDED_WEIGHT \
        < rules.CATEGORY_WEIGHT < Decimal(1)
    assert Decimal(0) < rules.RUNNER_UP_MARGIN < rules.AUTO_ACCEPT - rules.REVIEW
    assert rules.BASELINE_YEARS >= 1
