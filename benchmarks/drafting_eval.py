"""Drafted numeric targets against a drafting gold set (tests/data/drafting/gold/ by default), run on demand.

    .venv/bin/python benchmarks/drafting_eval.py [GOLD_FOLDER] [--root CHECKOUT] [--show]

A drafted target matches a gold one when it has the same value and unit (read by tracker's quantity parser) and
its figure stands inside the gold quote. That checks the value, the dimension and where the commitment is; the
title (what is counted) is listed with --show for a person to judge. In a task table (.xlsx) the figure must
stand in the gold target's cell (sheet, row, column). Milestones are not scored yet. `--root` measures another checkout's code
(a first run with the code as it was before anyone read the set).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load(root: Path):  # the modules of whichever checkout is measured
    sys.path.insert(0, str(root))
    from ruamel.yaml import YAML

    from tracker.draft import drafted_of
    from tracker.extract.readers import cleaned_offset
    from tracker.quantity import QuantityError, parse_quantity

    return YAML(typ="safe"), drafted_of, parse_quantity, QuantityError, cleaned_offset


def _value(parse, error, written: str | None):
    try:
        quantity = parse(str(written))
    except error:
        return None
    return quantity.value, quantity.unit


def evaluate(gold_folder: Path, root: Path, show: bool) -> tuple[int, int, int, int]:
    """(drafted, drafted right, gold, gold found) over every document of the gold folder."""
    yaml, drafted_of, parse, error, cleaned_offset = _load(root)
    totals = [0, 0, 0, 0]
    for gold_file in sorted(gold_folder.glob("*.yaml")):
        gold = yaml.load(gold_file.read_text(encoding="utf-8"))
        wanted = [t for t in gold.get("targets") or [] if t.get("kind", "quantity") != "milestone" and t.get("target")]
        document_path = next((folder / gold["document"] for folder in gold_folder.parents
                              if (folder / gold["document"]).exists()), gold_folder / gold["document"])
        drafted = [d for d in drafted_of(document_path)[2] if d.target is not None]
        if document_path.suffix == ".txt":
            raw = document_path.read_text(encoding="utf-8")  # gold offsets count the file's characters; the reader
            for t in wanted:                                 # drops pinyin glosses (區(qū)): map them onto its text
                if "start" in t:
                    t["end"] = cleaned_offset(raw, t["start"] + len(t["quote"]))
                    t["start"] = cleaned_offset(raw, t["start"])
        matched = [d for d in drafted if any(_same(d, t, parse, error) for t in wanted)]
        found = [t for t in wanted if any(_same(d, t, parse, error) for d in drafted)]
        totals = [a + b for a, b in zip(totals, (len(drafted), len(matched), len(wanted), len(found)), strict=True)]
        print(f"{gold['document']}: drafted {len(drafted)}, gold {len(wanted)}, right {len(matched)}, found {len(found)}")
        if show:
            for d in drafted:
                print(f"   {'+' if d in matched else '-'} {d.target} | {d.title} | {d.quote[:60]}")
            for t in wanted:
                if t not in found:
                    print(f"   missed {t['target']} | {t['title']} | {t['quote'][:60]}")
    return totals[0], totals[1], totals[2], totals[3]


def _same(drafted, gold: dict, parse, error) -> bool:
    if drafted.cell is not None:  # a table's target: the same cell
        inside = drafted.cell == (gold.get("sheet"), gold.get("row"), gold.get("column"))
        return inside and _value(parse, error, drafted.target) == _value(parse, error, gold["target"])
    if "start" not in gold:
        return False
    inside = gold["start"] <= drafted.start < gold.get("end", gold["start"] + len(gold["quote"]))
    return inside and _value(parse, error, drafted.target) == _value(parse, error, gold["target"])


if __name__ == "__main__":
    args = sys.argv[1:]
    root = Path(args[args.index("--root") + 1]) if "--root" in args else ROOT
    folder = next((Path(a) for a in args if not a.startswith("--") and Path(a).is_dir()),
                  ROOT / "tests" / "data" / "drafting" / "gold")
    drafted, right, gold, found = evaluate(folder, root, "--show" in args)
    precision = f"{right / drafted:.2f}" if drafted else "-"
    recall = f"{found / gold:.2f}" if gold else "-"
    print(f"drafted {drafted} (right {right}), gold {gold} (found {found}): precision {precision}, recall {recall}")
