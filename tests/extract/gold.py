"""The gold files and the measures taken against them (used by tests and benchmarks).

Gold and extracted figures are paired by overlapping spans. A pair counts as
right when value, upper end and unit agree; modality and period are scored
on the right pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tracker.config.manifest import load_manifest
from tracker.extract.documents import load_document
from tracker.extract.engine import extract
from tracker.model.figure import Figure

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold"
SEEDS = ROOT / "seeds"
UNSEEN = ROOT / "tests" / "data" / "unseen"
UNSEEN2 = ROOT / "tests" / "data" / "unseen2"
"""Held-out prose written after the rules; each set was measured once before any rule saw it."""
SETS = {"seeds": (GOLD, SEEDS), "unseen": (UNSEEN / "gold", UNSEEN), "unseen2": (UNSEEN2 / "gold", UNSEEN2)}


def load_gold(folder: Path = GOLD) -> dict[str, list[dict[str, Any]]]:
    """Gold figures by document file name."""
    yaml = YAML(typ="safe")
    gold = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "figures" in data:  # not a plan's targets (*.targets.yaml)
            gold[data["document"]] = data["figures"]
    return gold


def _period(figure: Figure) -> str | None:
    return f"{figure.period.start}..{figure.period.end}" if figure.period else None


def _same_value(gold: dict[str, Any], figure: Figure) -> bool:
    q = figure.quantity
    upper = gold.get("upper")
    return (Decimal(str(gold["value"])) == q.value and str(gold["unit"]) == q.unit
            and (upper is None) == (q.upper is None)
            and (upper is None or Decimal(str(upper)) == q.upper))


@dataclass
class Report:
    """Counts over all documents, and the disagreements to read."""

    gold: int = 0
    found: int = 0
    right: int = 0
    modality_right: int = 0
    period_right: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.right if self.right else 0.0

    @property
    def period_accuracy(self) -> float:
        return self.period_right / self.right if self.right else 0.0

    def summary(self) -> str:
        return "\n".join([*self.lines,
            f"gold {self.gold}  found {self.found}  right {self.right}  "
            f"precision {self.precision:.4f}  recall {self.recall:.4f}  F1 {self.f1:.4f}  "
            f"modality {self.modality_accuracy:.4f}  period {self.period_accuracy:.4f}"])


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 18):end + 8].replace("\n", "⏎")


def evaluate(gold: dict[str, list[dict[str, Any]]], show: bool = False, docs: Path = SEEDS) -> Report:
    """Score extraction of every gold document found in `docs`."""
    manifest, _ = load_manifest(docs)
    report = Report()
    for name, expected in gold.items():
        document = load_document(docs / name, f"{docs.name}/{name}", manifest)
        figures = extract(document)
        report.gold += len(expected)
        report.found += len(figures)
        used: set[int] = set()
        for g in expected:
            g_end = g["start"] + len(g["text"])
            match = next((i for i, f in enumerate(figures)
                          if i not in used and f.start < g_end and g["start"] < f.end), None)
            where = f"{name}:{g['start']}"
            if match is None:
                report.lines.append(f"MISS  {where} {g['text']!r}  «{_context(document.text, g['start'], g_end)}»")
                continue
            used.add(match)
            figure = figures[match]
            if not _same_value(g, figure):
                report.lines.append(f"VALUE {where} gold {g['value']} {g['unit']} got {figure.quantity.value} "
                                    f"{figure.quantity.unit} «{_context(document.text, figure.start, figure.end)}»")
                continue
            report.right += 1
            if g["modality"] == figure.modality.value:
                report.modality_right += 1
            elif show:
                report.lines.append(f"MODAL {where} {g['text']!r} gold {g['modality']} got {figure.modality.value}"
                                    f" «{_context(document.text, figure.start, figure.end)}»")
            if g["period"] == _period(figure):
                report.period_right += 1
            elif show:
                report.lines.append(f"PERIOD {where} {g['text']!r} gold {g['period']} got {_period(figure)}"
                                    f" «{_context(document.text, figure.start, figure.end)}»")
        for i, figure in enumerate(figures):
            if i not in used:
                report.lines.append(f"EXTRA {name}:{figure.start} {figure.quantity.text!r} "
                                    f"«{_context(document.text, figure.start, figure.end)}»")
    return report
