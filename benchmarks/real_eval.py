"""Measure extraction and document understanding on the real-document gold set (run on demand).

    .venv/bin/python benchmarks/real_eval.py [--show] [--root DIR] [--set tests/data/real]

Two runs over the same documents: with the set's manifest.yaml (metadata given)
and without any manifest (metadata inferred). Figures are scored as in
tests/extract/gold.py (value F1; modality and period on the right pairs);
documents by kind and by place (for the documents whose gold names a place).
`--root` points at another checkout of tracker (an older commit, say), so a
before/after comparison runs on the same gold in one session.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _load(root: Path):  # modules of whichever checkout is measured
    """The modules measured: this checkout's as imported, or another checkout's (its tracker imported afresh)."""
    if root.resolve() != HERE:
        sys.path.insert(0, str(root))
        for name in [m for m in sys.modules if m == "tracker" or m.startswith("tracker.")]:
            del sys.modules[name]
    modules = {name: importlib.import_module(f"tracker.{name}") for name in
               ("config.manifest", "extract.documents", "extract.engine", "extract.readers", "matching.match",
                "quantity")}
    return modules


def _gold(folder: Path) -> dict[str, dict]:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    return {data["document"]: data for path in sorted((folder / "gold").glob("*.yaml"))
            if (data := yaml.load(path.read_text(encoding="utf-8"))) and "figures" in data}


def _same_value(g: dict, q, normalize) -> bool:
    """Value, upper end and unit agree; a unit written in traditional script (項) is its simplified canonical form."""
    upper = g.get("upper")
    return (Decimal(str(g["value"])) == q.value and normalize(str(g["unit"])) == q.unit
            and (upper is None) == (q.upper is None) and (upper is None or Decimal(str(upper)) == q.upper))


def _period(figure) -> str | None:
    return f"{figure.period.start}..{figure.period.end}" if figure.period else None


def evaluate(m: dict, folder: Path, gold: dict[str, dict], with_manifest: bool, show: bool) -> dict[str, float]:
    manifest = m["config.manifest"].load_manifest(folder)[0] if with_manifest else None
    region_key = m["matching.match"].region_key
    n = dict(gold=0, found=0, right=0, modality=0, period=0, docs=0, kind=0, placed=0, place=0)
    for name, data in gold.items():
        document = m["extract.documents"].load_document(folder / name, name, manifest)
        figures = m["extract.engine"].extract(document)
        meta, expected = data.get("meta") or {}, data["figures"]
        if cleaned := getattr(m["extract.readers"], "cleaned_offset", None):  # gold offsets count the raw file
            raw = (folder / name).read_text(encoding="utf-8")
            expected = [{**g, "start": cleaned(raw, g["start"])} for g in expected]
        n["docs"] += 1
        kind = document.meta.kind.value if document.meta.kind else None
        n["kind"] += kind == meta.get("kind")
        if show and kind != meta.get("kind"):
            print(f"KIND   {name} gold {meta.get('kind')} got {kind}")
        if meta.get("region"):
            n["placed"] += 1
            gold_place = (meta.get("region_parent") or "") + meta["region"]
            right = region_key(document.meta.region) in (region_key(gold_place), region_key(meta["region"]))
            n["place"] += right
            if show and not right:
                print(f"PLACE  {name} gold {gold_place} got {document.meta.region}")
        n["gold"] += len(expected)
        n["found"] += len(figures)
        used: set[int] = set()
        for g in expected:
            end = g["start"] + len(g["text"])
            hit = next((i for i, f in enumerate(figures) if i not in used and f.start < end and g["start"] < f.end), None)
            if hit is None:
                if show:
                    print(f"MISS   {name}:{g['start']} {g['text']}")
                continue
            used.add(hit)
            figure = figures[hit]
            if not _same_value(g, figure.quantity, m["quantity"].normalize):
                if show:
                    print(f"VALUE  {name}:{g['start']} {g['text']} gold {g['value']}{g['unit']} got "
                          f"{figure.quantity.value}{figure.quantity.unit}")
                continue
            n["right"] += 1
            modality = figure.modality.value
            n["modality"] += modality == g["modality"]
            n["period"] += _period(figure) == g["period"]
            if show and modality != g["modality"]:
                print(f"MODAL  {name}:{g['start']} {g['text']} gold {g['modality']} got {modality}")
            if show and _period(figure) != g["period"]:
                print(f"PERIOD {name}:{g['start']} {g['text']} gold {g['period']} got {_period(figure)}")
        if show:
            for i, figure in enumerate(figures):
                if i not in used:
                    print(f"EXTRA  {name}:{figure.start} {figure.quantity.text}")
    p = n["right"] / n["found"] if n["found"] else 0.0
    r = n["right"] / n["gold"] if n["gold"] else 0.0
    return {"figures": n["gold"], "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "modality": n["modality"] / n["right"] if n["right"] else 0.0,
            "period": n["period"] / n["right"] if n["right"] else 0.0,
            "kind": n["kind"] / n["docs"] if n["docs"] else 0.0,
            "place": n["place"] / n["placed"] if n["placed"] else 0.0, "docs": n["docs"], "placed": n["placed"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=HERE)
    parser.add_argument("--set", type=Path, default=HERE / "tests" / "data" / "real")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    m = _load(args.root.resolve())
    gold = _gold(args.set)
    for with_manifest in (True, False):
        result = evaluate(m, args.set, gold, with_manifest, args.show)
        label = "with manifest" if with_manifest else "no manifest"
        print(f"{label:14} docs {result['docs']} figures {result['figures']}  P {result['precision']:.4f}  "
              f"R {result['recall']:.4f}  F1 {result['f1']:.4f}  modality {result['modality']:.4f}  "
              f"period {result['period']:.4f}  kind {result['kind']:.4f}  place {result['place']:.4f} "
              f"(of {result['placed']})")


if __name__ == "__main__":
    main()
