"""Plain JSON shapes for the command line's --json output."""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import IO, TYPE_CHECKING, Any, TextIO

from pydantic_core import PydanticSerializationError, to_json

from tracker.errors import RowProblem
from tracker.i18n import Lang, translate
from tracker.model.document import Document
from tracker.model.evidence import Evidence, Reason
from tracker.model.figure import Figure
from tracker.model.period import Period
from tracker.model.plan import Plan
from tracker.model.target import Target
from tracker.progress.deadline import Deadline
from tracker.progress.forecast import Forecast
from tracker.progress.rollup import Rollup
from tracker.progress.score import Ranking, Score
from tracker.progress.status import Progress
from tracker.progress.supervision import Supervised
from tracker.quantity import Quantity
from tracker.safe_text import BIDI

if TYPE_CHECKING:
    from tracker.pipeline import StatusReport


UNESCAPED = re.compile(f"[\x7f-\x9f{BIDI}]")
"""What json.dumps leaves as it is (it escapes only C0 controls) though a terminal may act on it: DEL, C1 controls
(U+009B is CSI), bidi controls."""


def json_text(value: object, indent: int | None = 2) -> str:
    """JSON as the command line prints it: Chinese as written, every control and bidi character escaped (\\u009b),
    so the data is kept exactly and none of it acts on the terminal; with no `indent`, on one line, compact."""
    text = _COMPACT.encode(value) if indent is None else _indented(value, indent)
    return UNESCAPED.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _indented(value: object, indent: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=indent)` byte for byte, written by pydantic's serializer (json's
    own encoder writes indented text in Python: 3.2 s against 0.5 for a status of 5,000 documents). Where the two
    could differ, json writes it: a float below 1e-4 (0.00001 and 2.5e-7 against json's 1e-05 and 2.5e-07), text
    that is no UTF-8 (a lone surrogate), a value pydantic cannot write. Keys are text, as in every shape here."""
    data = _utf8_json(value, indent)
    return json.dumps(value, ensure_ascii=False, indent=indent) if data is None else data.decode()


def _utf8_json(value: object, indent: int) -> bytes | None:
    """`_indented`'s JSON as pydantic's serializer writes it; None where json would write it otherwise."""
    try:
        data = to_json(value, indent=indent)
    except PydanticSerializationError:
        return None
    return None if _small_float(data) else data


def _small_float(data: bytes) -> bool:
    """True when the JSON may hold a float below 1e-4, which pydantic writes otherwise than json: 0.0000… or a
    digit before e- (a string holding these too, which costs only json's time). Searched for the letters first: a
    class before them would make the search 10 times slower."""
    return b"0.0000" in data or any(data[at.start() - 1:at.start()].isdigit() for at in _EXPONENT.finditer(data))


_EXPONENT = re.compile(rb"e-[0-9]")


def print_json(value: object, out: TextIO | None = None) -> None:
    """`print(json_text(value), file=out)`, byte for byte: where `out` (standard output) writes UTF-8 and its line
    breaks as they are, the serializer's bytes are escaped and written as they are, no text made of them (for a
    status of 5,000 documents, 110 MB decoded, searched as text and encoded again: 0.8 s of CPU against 0.4)."""
    out = sys.stdout if out is None else out
    data = _utf8_json(value, 2) if _writes_utf8(out) else None
    if data is None:
        print(json_text(value), file=out)
        return
    out.flush()
    out.buffer.write(UNESCAPED_UTF8.sub(_escaped_utf8, data) + b"\n")
    out.buffer.flush()


def _writes_utf8(out: TextIO) -> bool:
    """True for a text stream over bytes that writes UTF-8 and leaves line breaks as they are (not Windows')."""
    encoding = getattr(out, "encoding", None)
    return (hasattr(out, "buffer") and os.linesep == "\n" and isinstance(encoding, str)
            and codecs.lookup(encoding).name == "utf-8")


UNESCAPED_UTF8 = re.compile(b"|".join(re.escape(chr(c).encode()) for c in range(0x7F, 0xA0))
                            + b"|" + b"|".join(re.escape(c.encode()) for c in BIDI))
"""UNESCAPED in UTF-8 (each character's bytes begin with a byte no other character's bytes hold but at its start)."""


def _escaped_utf8(found: re.Match[bytes]) -> bytes:
    return f"\\u{ord(found.group().decode()):04x}".encode()


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""One encoder for every compact line (json.dumps with options builds a new one per call)."""


def write_json_array(items: Iterable[object], out: IO[str], indent: int | None = None) -> None:
    """One JSON array written item by item as `items` yields them, none held: with `indent`, the text `json_text`
    gives for the whole list; without, compact, each item on a line of its own."""
    margin = "\n" + " " * (indent or 0)
    separator = "[" + margin
    for item in items:
        text = json_text(item, indent)
        out.write(separator + (text if indent is None else text.replace("\n", margin)))  # compact: no line breaks
        separator = "," + margin
    out.write("[]\n" if separator.startswith("[") else "\n]\n")


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
        "owner": target.lead,
        "support": list(target.support),
        "weight": number(target.weight),
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
        "cumulative": figure.cumulative, "subset": figure.subset, "in_plan": figure.in_plan,
        "clause": document.text[figure.clause[0]:figure.clause[1]],
    }


def ratio(value: Decimal | None) -> float | None:
    """A share rounded to three places (0.354), as reports print it."""
    return None if value is None else float(value.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def amount(value: Decimal | None, unit: str) -> dict[str, Any] | None:
    """``{"value": ..., "unit": ...}`` or None."""
    return None if value is None else {"value": number(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                                                       if value != value.to_integral_value() else value),
                                       "unit": unit}


def evidence_json(item: Evidence, shared: dict[int, tuple[object, Any]] | None = None) -> dict[str, Any]:
    """One piece of evidence: where it is, what it says, and how it was decided. `shared`: the JSON of periods and
    reasons already written, by the identity of what they were written from (pieces of evidence share them: a
    status of thousands of documents writes 120,000 pieces and a few thousand of each)."""
    figure = item.figure
    return {
        "ref": item.ref, "document": item.document, "value": number(item.value), "unit": item.unit,
        "quote": item.quote, "start": item.start, "end": item.end,
        "text": figure.quantity.text if figure else None,
        "as_of": item.as_of.isoformat(), "period": _once(period_json, item.period, shared),
        "role": item.role._value_, "confidence": float(item.confidence), "review": item.review._value_,
        "reasons": _once(_reasons_json, item.reasons, shared),
        "who": item.who, "note": item.note,
    }


def _reasons_json(reasons: tuple[Reason, ...]) -> list[dict[str, Any]]:
    return [{"code": r.code, **r.params} for r in reasons]


def _once(write: Callable[[Any], Any], value: Any, shared: dict[int, tuple[object, Any]] | None) -> Any:
    """`write(value)`, written once per object in `shared` (which keeps the object, so its identity stays its own;
    the JSON written from it is only read)."""
    if shared is None or value is None:
        return write(value)
    found = shared.get(id(value))
    if found is None:
        found = shared[id(value)] = (value, write(value))
    return found[1]


def actual_json(item: Evidence | None) -> dict[str, Any] | None:
    """The value a target's progress is read from."""
    if item is None:
        return None
    clause = item.figure.clause if item.figure else (None, None)
    return {"value": number(item.value), "unit": item.unit, "as_of": item.as_of.isoformat(),
            "document": item.document, "quote": item.quote, "start": item.start, "end": item.end,
            "quote_start": clause[0], "quote_end": clause[1], "review": item.review.value}


def deadline_json(deadline: Deadline) -> dict[str, Any]:
    """``{"date", "days_left", "state"}``: the target's deadline, the days to it (negative once past) and its
    state (ok, due_soon, overdue, met)."""
    return {"date": deadline.date.isoformat(), "days_left": deadline.days_left, "state": deadline.state.value}


def forecast_json(forecast: Forecast, unit: str, lang: Lang) -> dict[str, Any]:
    """``{"forecast": {value, unit, completion, method, due}}`` (the value in the target's unit, rounded as the gap
    is; the completion a ratio as the target's own), or ``{"forecast": null, "forecast_reason": code,
    "forecast_message": sentence}``."""
    if forecast.value is None or forecast.method is None:
        reason = forecast.reason or "forecast.no_data"
        return {"forecast": None, "forecast_reason": reason, "forecast_message": translate(reason, lang)}
    value = amount(forecast.value, unit) or {}
    return {"forecast": {**value, "completion": ratio(forecast.completion), "method": forecast.method.value,
                         "due": forecast.due.isoformat() if forecast.due else None}}


def score_json(score: Score) -> dict[str, Any]:
    """One plan's, lead unit's or region's weighted score (0–100, one decimal) and grade; null when nothing
    was scored."""
    value = None if score.score is None else number(score.score.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return {"level": score.level.value, "key": score.key, "score": value,
            "grade": score.grade.value if score.grade else None, "scored": score.scored,
            "unscored": score.unscored, "weight": number(score.weight)}


def ranking_json(ranking: Ranking) -> dict[str, Any]:
    """The regions ranked on one measure several regions' plans share."""
    return {"metric": ranking.metric, "unit": ranking.unit, "period": ranking.period,
            "entries": [{"rank": e.rank, "region": e.region, "plan": e.plan, "target": e.target,
                         "completion": ratio(e.completion)} for e in ranking.entries]}


def progress_json(progress: Progress, supervised: Supervised | None = None, lang: Lang = "en",
                  shared: dict[int, tuple[object, Any]] | None = None) -> dict[str, Any]:
    """One target as `tracker status --json` lists it (with `supervised`, its deadline and forecast too; `shared`:
    see `evidence_json`)."""
    target, goal = progress.target, progress.target.target
    unit = goal.unit if goal else ""
    return {
        "id": target.id, "plan": progress.plan.id, "title": target.title, "kind": target.kind.value,
        "section": target.section, "owner": target.lead, "support": list(target.support),
        "weight": number(target.weight),
        "target": {"value": number(goal.value), "unit": goal.unit, "comparator": target.direction.value,
                   "text": goal.text} if goal else None,
        "period": period_json(progress.period),
        "due": target.effective_due(progress.plan.period).isoformat(),
        "actual": actual_json(progress.actual),
        "completion": ratio(progress.completion), "expected": ratio(progress.expected),
        "status": progress.status.value,
        "gap": amount(progress.gap, unit),
        "months_left": float(progress.months_left.quantize(Decimal("0.1"))),
        "run_rate": amount(progress.run_rate, unit),
        "stale": progress.stale,
        "conflicts": [evidence_json(e, shared) for e in progress.conflicts],
        "evidence": [evidence_json(e, shared) for e in progress.evidence],
    } | (_supervision_json(progress, supervised, unit, lang) if supervised else {})


def _supervision_json(progress: Progress, supervised: Supervised, unit: str, lang: Lang) -> dict[str, Any]:
    target = progress.target.id
    return {"deadline": deadline_json(supervised.deadlines[target]), "needs_supervision": target in supervised.pressed,
            **forecast_json(supervised.forecasts[target], unit, lang)}


def rollup_json(rollup: Rollup) -> dict[str, Any]:
    """A plan's, a section's or a lead unit's counts by status and overall completion; `level` tells the plan
    ("plan") from its sections ("section", with "section": null for the targets without one) and from a unit's
    targets across plans ("owner", with "plan": null)."""
    return {
        "plan": rollup.plan, "level": rollup.level.value, "section": rollup.section, "owner": rollup.owner,
        "counts": {status.value: n for status, n in rollup.counts.items()},
        "quantities": rollup.quantities, "milestones": rollup.milestones, "with_data": rollup.with_data,
        "completion": ratio(rollup.completion), "expected": ratio(rollup.expected),
    }


def skipped_json(problem: RowProblem, lang: Lang) -> dict[str, Any]:
    """A stored row left out: where, whose, what is wrong (code, parameters and the sentence)."""
    return {"table": problem.table, "row": problem.row, "target": problem.target, "code": problem.code,
            "params": problem.params, "message": problem.message(lang)}


def status_json(report: StatusReport, lang: Lang = "en", supervised: Supervised | None = None) -> dict[str, Any]:
    """The whole of `tracker status --json`; with `supervised` (`progress.supervision.supervise`), each target's
    deadline and forecast, the scores and the rankings."""
    shared: dict[int, tuple[object, Any]] = {}
    return {
        "as_of": report.as_of.isoformat(),
        "targets": [progress_json(p, supervised, lang, shared) for p in report.progress],
        "rollups": [rollup_json(r) for r in report.rollups],
        **({"scores": [score_json(s) for s in supervised.scores],
            "rankings": [ranking_json(r) for r in supervised.rankings]} if supervised else {}),
        "unapplied_decisions": [d.model_dump(mode="json") for d in report.unapplied],
        "skipped_rows": [skipped_json(p, lang) for p in report.skipped],
        "documents": [document_use_json(u) for u in report.documents],
    }


def _meta_value(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if hasattr(value, "label"):  # a Period
        return value.label
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def document_use_json(use: Any) -> dict[str, Any]:
    """One document as `tracker documents --json` lists it: each metadata field with where it came from."""
    document = use.document
    fields = {}
    for name in ("title", "issuer", "region", "issued", "kind", "period"):
        source = document.provenance.get(name)
        fields[name] = {
            "value": _meta_value(getattr(document.meta, name)),
            "source": source.source.value if source else ("unknown" if getattr(document.meta, name) is None
                                                          else "inferred"),
            "evidence": source.evidence if source else None,
            "weak": source.weak if source else False,
        }
    return {"document": document.path, **fields, "figures": use.figures, "used": use.used, "reason": use.reason}
