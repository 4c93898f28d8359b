"""Plain JSON shapes for the command line's --json output."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tracker.model.document import Document
from tracker.model.figure import Figure
from tracker.model.period import Period
from tracker.model.plan import Plan
from tracker.model.target import Target
from tracker.quantity import Quantity


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: an int when whole, else a float."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def period_json(period: Period | None) -> dict[str, str] | None:
    """``{"start": ..., "end": ..., "label": ...}`` or None."""
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "label": period.label}


def quantity_json(quantity: Quantity) -> dict[str, Any]:
    """A quantity with its normalized value and the words it was written in."""
    return {
        "value": number(quantity.value),
        "upper": number(quantity.upper),
        "unit": quantity.unit,
        "written_unit": quantity.written_unit,
        "dimension": quantity.dimension.value,
        "qualifier": quantity.qualifier.value,
        "text": quantity.text,
    }


def target_json(target: Target, plan: Plan) -> dict[str, Any]:
    """One target as `tracker targets --json` lists it."""
    goal = quantity_json(target.target) | {"comparator": target.direction.value} if target.target else None
    source = target.source
    return {
        "id": target.id,
        "plan": plan.id,
        "title": target.title,
        "kind": target.kind.value,
        "metric": target.metric_name,
        "aliases": list(target.aliases),
        "target": goal,
        "status": target.status.value if target.status else None,
        "section": target.section,
        "owner": target.owner,
        "period": period_json(target.effective_period(plan.period)),
        "due": target.effective_due(plan.period).isoformat(),
        "quote": target.quote,
        "source": {"path": source.path, "line": source.line, "col": source.col} if source else None,
    }


def figure_json(figure: Figure, document: Document) -> dict[str, Any]:
    """One figure as `tracker extract --json` prints it."""
    q = figure.quantity
    return {
        "document": figure.document,
        "value": number(q.value), "upper": number(q.upper),
        "unit": q.unit, "written_unit": q.written_unit,
        "dimension": q.dimension.value, "qualifier": q.qualifier.value,
        "text": q.text, "start": q.start, "end": q.end,
        "subject": figure.subject, "modality": figure.modality.value,
        "period": {"start": figure.period.start.isoformat(), "end": figure.period.end.isoformat()}
        if figure.period else None,
        "cumulative": figure.cumulative, "subset": figure.subset,
        "clause": document.text[figure.clause[0]:figure.clause[1]],
    }
