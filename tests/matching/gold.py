"""The matching gold files and the measure of auto-accepted matches against them."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ruamel.yaml import YAML

from tracker.config.targets import load_targets
from tracker.matching.match import Corpus, match, vocabulary
from tracker.model.evidence import Evidence, Review
from tracker.pipeline import document_files, extract_files

Key = tuple[str, str, str, int]
"""(target id, role, document file name, start)."""


class Measure(NamedTuple):
    precision: float
    recall: float
    false_positives: list[Key]
    misses: list[Key]
    auto: list[Evidence]
    regions: dict[str, str | None]
    """Each document's region, by its path."""
    plans: dict[str, str]
    """Each target's plan region, by target id."""


def gold_keys(path: Path) -> set[Key]:
    """Every (target, role, document, start) the gold file lists."""
    data = YAML(typ="safe").load(path)
    return {(t["id"], role, entry["document"], entry["start"])
            for t in data["targets"] for role in ("progress", "baseline") for entry in t[role] or []}


def run(targets: Path, folders: list[Path]) -> tuple[dict[str, list[Evidence]], dict[str, str | None], dict[str, str]]:
    """The matcher's evidence for a targets file over the documents of some folders, with the regions."""
    targets_file, diagnostics = load_targets(targets)
    assert targets_file is not None, diagnostics
    documents = []
    for folder in folders:
        found, _ = extract_files(document_files(folder))
        documents += found
    regions = {d.path: d.meta.region for d, _ in documents}
    plans = {t.id: p.region for p in targets_file.plans for t in p.targets}
    return match(targets_file, Corpus(documents, vocabulary(targets_file))), regions, plans


def measure(targets: Path, folders: list[Path], gold: Path) -> Measure:
    """Precision and recall of the auto-accepted matches against the gold."""
    expected = gold_keys(gold)
    evidence, regions, plans = run(targets, folders)
    auto = [e for items in evidence.values() for e in items if e.review is Review.AUTO]
    found = {(e.target, e.role.value, Path(e.document or "").name, e.start or 0) for e in auto}
    hits = len(found & expected)
    return Measure(precision=hits / len(found) if found else 1.0, recall=hits / len(expected) if expected else 1.0,
                   false_positives=sorted(found - expected), misses=sorted(expected - found), auto=auto,
                   regions=regions, plans=plans)
