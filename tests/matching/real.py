"""Matching measured on the real-document set (tests/data/real): the plans' targets against every document.

Used by tests/matching/test_real.py and benchmarks/real_eval.py. Two runs: with
the set's manifest.yaml and without any (the documents copied to a folder of
their own), so what tracker infers by itself is measured too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

from ruamel.yaml import YAML

from tracker.config.targets import load_targets
from tracker.extract.documents import read_document
from tracker.extract.readers import cleaned_offset
from tracker.matching.match import Corpus, match, vocabulary
from tracker.model.evidence import Evidence, Role
from tracker.pipeline import document_files, extract_files
from tracker.progress.status import Status, progress_of

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


class RealMatching(NamedTuple):
    precision: float
    recall: float
    false_positives: list[tuple[str, str, int]]
    misses: list[tuple[str, str, int]]
    plan_figures_counted: list[tuple[str, str, int]]
    """(target, document, start) of counted progress whose figure the gold says is not a result."""
    own_plan_done: list[str]
    """Targets shown 完成 (done) from their own plan's text."""
    done: list[str]


def _start(folder: Path, document: str, start: int) -> int:
    """A gold offset (into the raw file) as an offset into the text tracker reads (pinyin glosses removed)."""
    return cleaned_offset((folder / document).read_text(encoding="utf-8"), start)


def _gold_modalities(folder: Path) -> dict[tuple[str, int], str]:
    yaml = YAML(typ="safe")
    found = {}
    for path in (folder / "gold").glob("*.yaml"):
        data = yaml.load(path.read_text(encoding="utf-8"))
        if data and "figures" in data:
            found.update({(data["document"], _start(folder, data["document"], f["start"])): f["modality"]
                          for f in data["figures"]})
    return found


def _expected(folder: Path) -> set[tuple[str, str, int]]:
    data = YAML(typ="safe").load((folder / "matching.yaml").read_text(encoding="utf-8"))
    return {(t["id"], e["document"], _start(folder, e["document"], e["start"]))
            for t in data["targets"] for e in t["progress"] or []}


def _evidence(with_manifest: bool, folder: Path = REAL) -> tuple[dict[str, list[Evidence]], object]:
    targets_file, problems = load_targets(folder / "targets.yaml")
    assert targets_file is not None, problems
    if with_manifest:
        documents, _ = extract_files(document_files(folder))
    else:  # the same files, read as if no manifest.yaml stood beside them
        documents = [(d, f) for d, f, _ in (read_document(path, None) for path in document_files(folder)) if d is not None]
    return match(targets_file, Corpus(documents, vocabulary(targets_file))), targets_file


def measure(with_manifest: bool, folder: Path = REAL) -> RealMatching:
    """Auto-accepted progress against the expected, plan figures counted, targets done from their own plan."""
    evidence, targets_file = _evidence(with_manifest, folder)
    modalities, expected = _gold_modalities(folder), _expected(folder)
    counted = [e for items in evidence.values() for e in items if e.review.counts and e.role is Role.PROGRESS]
    found = {(e.target, Path(e.document or "").name, e.start or 0) for e in counted}
    hits = len(found & expected)
    sources = {t.id: Path(p.source or "").name for p in targets_file.plans for t in p.targets}
    not_results = sorted(k for k in found if modalities.get((k[1], k[2]), "achieved") != "achieved")
    done, own = [], []
    for plan in targets_file.plans:
        for target in plan.targets:
            progress = progress_of(target, plan, evidence.get(target.id, []), date(2030, 1, 1),
                                   targets_file.bands_for(plan))
            if progress.status is Status.DONE:
                done.append(target.id)
                if any(Path(e.document or "").name == sources[target.id] for e in evidence.get(target.id, [])
                       if e.review.counts):
                    own.append(target.id)
    return RealMatching(precision=hits / len(found) if found else 1.0, recall=hits / len(expected) if expected else 1.0,
                        false_positives=sorted(found - expected), misses=sorted(expected - found),
                        plan_figures_counted=not_results, own_plan_done=own, done=done)
