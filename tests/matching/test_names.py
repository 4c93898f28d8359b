"""Name comparison: subjects, elided list heads, coverage."""

from __future__ import annotations

from decimal import Decimal

from tracker.matching.names import elided, subject_similarity


def test_a_subject_equal_to_a_name_is_certain() -> None:
    assert subject_similarity("产学研合作", "产学研合作") == 1


def test_a_programme_plan_or_its_approvals_count_its_projects() -> None:
    name = "乡村振兴科技创新提振行动"
    assert subject_similarity(name, name + "计划立项") == Decimal("0.95")
    assert subject_similarity(name, name + "计划") == Decimal("0.95")


def test_a_subject_with_another_head_is_another_thing() -> None:
    assert subject_similarity("高企认定", "高企认定政策辅导") == Decimal("0.6")


def test_a_list_that_drops_the_shared_head() -> None:
    assert elided("技术合同成交额", "成交额", "技术合同登记120项，成交额") == 1


def test_an_earlier_mention_that_names_another_compound_is_not_an_elided_head() -> None:
    sentence = "成功举办产学研合作大会等专项创新活动,签订合作协议"
    assert elided("产学研合作协议", "合作协议", sentence) == 0


def test_a_short_subject_is_never_read_as_elided() -> None:
    assert elided("技术合同成交额", "额", "技术合同登记120项，额") == 0


def test_a_texts_own_place_and_a_count_word_do_not_change_what_is_counted() -> None:
    assert subject_similarity("高新技术企业数量", "我省高新技术企业") == Decimal("0.95")
    assert subject_similarity("高新技术企业数量", "我省科技型中小企业") < Decimal("0.8")
