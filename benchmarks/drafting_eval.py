"""Drafted numeric targets against a drafting gold set (tests/data/drafting/gold/ by default), run on demand.

    .venv/bin/python benchmarks/drafting_eval.py [GOLD_FOLDER] [--root CHECKOUT] [--show] [--only p13,p14,t04]

A drafted target matches a gold one when it has the same value and unit (read by tracker's quantity parser) and
its figure stands inside the gold quote. That checks the value, the dimension and where the commitment is; the
title (what is counted) is scored too: right when one title holds the other or they share most characters
(difflib ratio >= 0.5), and listed with --show for a person to judge. In a task table (.xlsx) the figure must
stand in the gold target's cell (sheet, row, column). A drafted milestone matches a gold one when it stands in its
quote or cell. Owner and due are scored on the task-table rows whose gold states them. `--root` measures another checkout's code
(a first run with the code as it was before anyone read the set); `--only` measures the documents whose names start
with one of the given prefixes (a batch).
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


def _same_text(drafted: object, gold: object) -> bool:
    """An owner or a date as the gold writes it: a cell's line breaks are its spacing, not its words (the reader
    joins a cell's lines with spaces; a gold owner keeps them), and a mirror's pinyin glosses (城鄉(xiāng)) are no
    part of a name (the reader drops them; a gold owner may keep them as the page writes them)."""
    from tracker.extract.readers import strip_ruby

    return "".join(strip_ruby(str(drafted)).split()) == "".join(strip_ruby(str(gold)).split())


def _value(parse, error, written: str | None):
    try:
        quantity = parse(str(written))
    except error:
        return None
    return quantity.value, quantity.unit


def evaluate(gold_folder: Path, root: Path, show: bool, only: tuple[str, ...] = ()) -> tuple[int, int, int, int]:
    """(drafted, drafted right, gold, gold found) over every document of the gold folder; the titles, milestones,
    owners and due dates are printed."""
    yaml, drafted_of, parse, error, cleaned_offset = _load(root)
    totals = [0, 0, 0, 0]
    extra = {"titled": 0, "miles drafted": 0, "miles right": 0, "miles gold": 0, "miles found": 0,
             "rows stating owner": 0, "owner right": 0, "rows stating due": 0, "due right": 0,
             "rows stating support": 0, "support right": 0}
    for gold_file in sorted(gold_folder.glob("*.yaml")):
        if only and not gold_file.name.startswith(only):
            continue
        gold = yaml.load(gold_file.read_text(encoding="utf-8"))
        wanted = [t for t in gold.get("targets") or [] if t.get("kind", "quantity") != "milestone" and t.get("target")]
        document_path = next((folder / gold["document"] for folder in gold_folder.parents
                              if (folder / gold["document"]).exists()), gold_folder / gold["document"])
        everything = drafted_of(document_path)[2]
        drafted = [d for d in everything if d.target is not None]
        miles = [t for t in gold.get("targets") or [] if t.get("kind") == "milestone"]
        if document_path.suffix == ".txt":
            raw = document_path.read_text(encoding="utf-8")  # gold offsets count the file's characters; the reader
            for t in wanted + miles:                         # drops pinyin glosses (區(qū)): map them onto its text
                if "start" in t:
                    t["end"] = cleaned_offset(raw, t["start"] + len(t["quote"]))
                    t["start"] = cleaned_offset(raw, t["start"])
        matched = [d for d in drafted if any(_same(d, t, parse, error) for t in wanted)]
        found = [t for t in wanted if any(_same(d, t, parse, error) for d in drafted)]
        totals = [a + b for a, b in zip(totals, (len(drafted), len(matched), len(wanted), len(found)), strict=True)]
        extra["titled"] += sum(any(_same(d, t, parse, error) and _titled(d.title, t["title"]) for t in wanted)
                               for d in drafted)
        drafted_miles = [d for d in everything if d.target is None]
        extra["miles drafted"] += len(drafted_miles)
        extra["miles right"] += sum(any(_at(d, t) for t in miles) for d in drafted_miles)
        extra["miles gold"] += len(miles)
        extra["miles found"] += sum(any(_at(d, t) for d in drafted_miles) for t in miles)
        for t in wanted + miles:
            if gold["document"].endswith(".xlsx"):
                twin = next((d for d in everything if _at(d, t)), None)
                for field, shown in (("owner", lambda v: v), ("due", lambda v: v.isoformat() if v else None)):
                    if t.get(field):
                        extra[f"rows stating {field}"] += 1
                        extra[f"{field} right"] += twin is not None and _same_text(shown(getattr(twin, field)), t[field])
                if t.get("support"):
                    extra["rows stating support"] += 1
                    extra["support right"] += twin is not None and [_same_text(s, g) for s, g in zip(
                        getattr(twin, "support", ()), t["support"], strict=False)] == [True] * len(t["support"]) \
                        and len(getattr(twin, "support", ())) == len(t["support"])
        print(f"{gold['document']}: drafted {len(drafted)}, gold {len(wanted)}, right {len(matched)}, found {len(found)}")
        if show:
            for d in drafted:
                print(f"   {'+' if d in matched else '-'} {d.target} | {d.title} | {d.quote[:60]}")
            for t in wanted:
                if t not in found:
                    print(f"   missed {t['target']} | {t['title']} | {t['quote'][:60]}")
    print(", ".join(f"{k} {v}" for k, v in extra.items()))
    return totals[0], totals[1], totals[2], totals[3]


def _titled(drafted: str, gold: str) -> bool:
    """The drafted title names what the gold title names: one holds the other, or most characters agree."""
    from difflib import SequenceMatcher

    a, b = drafted.replace(" ", ""), gold.replace(" ", "")
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.5


def _at(drafted, gold: dict) -> bool:
    """The drafted item stands where the gold one does: its cell, or inside its quote."""
    if drafted.cell is not None:
        return drafted.cell == (gold.get("sheet"), gold.get("row"), gold.get("column"))
    start = gold.get("start")
    return start is not None and start <= drafted.start < gold.get("end", start + len(gold["quote"])) \
        or start is not None and drafted.start <= start < drafted.start + len(drafted.quote)


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
    only = tuple(args[args.index("--only") + 1].split(",")) if "--only" in args else ()
    drafted, right, gold, found = evaluate(folder, root, "--show" in args, only)
    precision = f"{right / drafted:.2f}" if drafted else "-"
    recall = f"{found / gold:.2f}" if gold else "-"
    print(f"drafted {drafted} (right {right}), gold {gold} (found {found}): precision {precision}, recall {recall}")
