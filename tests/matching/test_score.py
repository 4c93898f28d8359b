"""Scoring one figure against one target's names."""

from __future__ import annotations

from decimal import Decimal

from tracker.matching.score import Context, TargetNames, score
from tracker.model.target import Target
from tracker.quantity import parse_quantity


def names(title: str, metric: str | None = None, aliases: tuple[str, ...] = (), target: str = "500家") -> TargetNames:
    return TargetNames.of(Target.model_validate(
        {"id": "t", "title": title, "metric": metric, "aliases": list(aliases), "target": target}))


def context(text: str, figure: str, subject: str) -> tuple[Context, object]:
    start = text.index(figure)
    end = start + len(figure)
    clause_start = max(text.rfind(",", 0, start), text.rfind("，", 0, start)) + 1
    quantity = parse_quantity(figure)
    return Context.of(text, subject, start, end, (clause_start, end), (0, end)), quantity


def test_a_qualified_title_takes_its_head_when_the_qualifier_came_first() -> None:
    target = names("获得科技成果转化贷款的企业", "科技成果转化贷款", ("成果转化贷款",))
    assert ("科技成果转化贷款", "企业") in target.qualified
    ctx, quantity = context("累计发放科技成果转化贷款342笔,惠及科技型中小企业近300家", "近300家", "科技型中小企业")
    confidence, reasons = score(target, quantity, ctx)
    assert confidence >= Decimal("0.80") and reasons[0].code == "match.reason.qualified"


def test_a_compound_name_is_not_a_qualified_title() -> None:
    assert names("产学研合作", "产学研合作", ("产学研合作协议",)).qualified == ()


def test_traditional_names_are_read_as_simplified() -> None:
    assert "新认定高新技术企业" in names("新認定高新技術企業").names


def test_the_start_of_a_change_is_a_stock_not_a_flow() -> None:
    target = names("新增高新技术企业", target="1000家")
    ctx, quantity = context("高新技术企业由1150家", "1150家", "高新技术企业")
    confidence, reasons = score(target, quantity, ctx)
    assert confidence < Decimal("0.80") and "match.reason.sense" in [r.code for r in reasons]
