"""Extraction measured against the hand-checked gold files.

The seed gold covers the four non-plan seed documents; the held-out gold
covers three documents written after the rules (one in traditional script).
Targets from the issue: value+unit F1 >= 0.98, modality and period accuracy
>= 0.95, and no crash.
"""

from __future__ import annotations

import pytest

from tests.extract.gold import SEEDS, UNSEEN, evaluate, load_gold


@pytest.mark.parametrize(("gold", "docs"), [(load_gold(), SEEDS), (load_gold(UNSEEN / "gold"), UNSEEN)],
                         ids=["seeds", "held-out"])
def test_gold_targets_are_met(gold: dict, docs) -> None:
    report = evaluate(gold, show=True, docs=docs)
    assert report.gold >= 150
    assert report.f1 >= 0.98, report.summary()
    assert report.modality_accuracy >= 0.95, report.summary()
    assert report.period_accuracy >= 0.95, report.summary()


def test_gold_offsets_point_at_their_text() -> None:
    for folder, docs in ((load_gold(), SEEDS), (load_gold(UNSEEN / "gold"), UNSEEN)):
        for name, figures in folder.items():
            text = (docs / name).read_text(encoding="utf-8")
            assert [f["text"] for f in figures] == [text[f["start"]:f["start"] + len(f["text"])] for f in figures]
            assert [f["start"] for f in figures] == sorted(f["start"] for f in figures)


def test_seed_gold_is_several_hundred_figures() -> None:
    assert sum(len(figures) for figures in load_gold().values()) >= 400
