"""Consistency check of the held-out matching gold (run with the project's venv python).

    .venv/bin/python tests/data/matching/unseen/check_gold.py

Checks that every (document, start, text) in gold.yaml exists in the figure gold lists,
that every quantity target of targets.yaml appears exactly once in gold.yaml, that progress
figures are achieved, non-cumulative and inside the target's period, that baseline figures
are achieved, non-cumulative and earlier (within 5 years), and that each target's quote,
section and target text are the plan's own words.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent  # tests/data
DOC_DIRS = [DATA / "unseen", DATA / "unseen2"]

yaml = YAML(typ="safe")


def load(p: Path):
    with p.open(encoding="utf-8") as f:
        return yaml.load(f)


def period_bounds(p: str) -> tuple[dt.date, dt.date]:
    """Bounds of the period forms used here: 2024, 2024-H2, 2024-11, a..b."""
    if ".." in p:
        a, b = p.split("..")
        return period_bounds(a)[0], period_bounds(b)[1]
    if len(p) == 4:
        y = int(p)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    y, rest = p.split("-", 1)
    y = int(y)
    if rest in ("H1", "H2"):
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if rest == "H1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    m = int(rest)
    end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(y, m, 1), end


def fig_bounds(s: str) -> tuple[dt.date, dt.date]:
    a, b = s.split("..")
    return dt.date.fromisoformat(a), dt.date.fromisoformat(b)


errors: list[str] = []

# figure gold lists and document texts
figures: dict[str, dict[tuple[int, str], dict]] = {}
texts: dict[str, str] = {}
regions: dict[str, str] = {}
for d in DOC_DIRS:
    for g in sorted((d / "gold").glob("*.yaml")):
        fg = load(g)
        figures[fg["document"]] = {(f["start"], f["text"]): f for f in fg["figures"]}
    for doc in load(d / "manifest.yaml")["documents"]:
        regions[doc["file"]] = doc["region"]
        texts[doc["file"]] = (d / doc["file"]).read_text(encoding="utf-8")

targets = load(HERE / "targets.yaml")
gold = load(HERE / "gold.yaml")

# targets: quotes, sections, regions
tmap: dict[str, tuple[dict, dict]] = {}
for plan in targets["plans"]:
    src = (HERE / plan["source"]).resolve()
    doc_text = src.read_text(encoding="utf-8")
    if regions.get(src.name) != plan["region"]:
        errors.append(f"plan {plan['id']}: region {plan['region']!r} != manifest {regions.get(src.name)!r}")
    for t in plan["targets"]:
        tmap[t["id"]] = (plan, t)
        if t.get("kind", "quantity") != "quantity":
            continue
        if t["quote"] not in doc_text:
            errors.append(f"{t['id']}: quote not in {src.name}: {t['quote']}")
        if str(t["target"]) not in t["quote"]:
            errors.append(f"{t['id']}: target {t['target']} not in its quote")
        if "section" in t and t["section"] not in doc_text:
            errors.append(f"{t['id']}: section not in {src.name}: {t['section']}")

# gold: each quantity target exactly once
seen: dict[str, int] = {}
for e in gold["targets"]:
    seen[e["id"]] = seen.get(e["id"], 0) + 1
for tid, n in seen.items():
    if tid not in tmap:
        errors.append(f"gold names unknown target {tid}")
    elif n != 1:
        errors.append(f"gold lists {tid} {n} times")
for tid, (_, t) in tmap.items():
    if t.get("kind", "quantity") == "quantity" and tid not in seen:
        errors.append(f"quantity target {tid} missing from gold")

# gold entries
n_progress = n_baseline = 0
for e in gold["targets"]:
    if e["id"] not in tmap:
        continue
    plan, t = tmap[e["id"]]
    lo, hi = period_bounds(str(t.get("period", plan["period"])))
    for kind in ("progress", "baseline"):
        for ref in e.get(kind) or []:
            doc, start, text = ref["document"], ref["start"], ref["text"]
            where = f"{e['id']} {kind} {doc}:{start} {text!r}"
            f = figures.get(doc, {}).get((start, text))
            if f is None:
                errors.append(f"{where}: not in the figure gold")
                continue
            if doc in texts and not doc.endswith(".html") and texts[doc][start:start + len(text)] != text:
                errors.append(f"{where}: text not at that offset")
            if regions.get(doc) != plan["region"]:
                errors.append(f"{where}: region {regions.get(doc)!r} != plan region {plan['region']!r}")
            if f["modality"] != "achieved" or f["cumulative"] or not f.get("period"):
                errors.append(f"{where}: not an achieved, non-cumulative, dated figure")
                continue
            flo, fhi = fig_bounds(f["period"])
            if kind == "progress":
                n_progress += 1
                if not (lo <= flo and fhi <= hi):
                    errors.append(f"{where}: period {f['period']} outside {lo}..{hi}")
            else:
                n_baseline += 1
                if not (fhi < lo and flo.year >= lo.year - 5):
                    errors.append(f"{where}: period {f['period']} not an earlier period within 5 years of {lo}")

n_q = sum(1 for _, t in tmap.values() if t.get("kind", "quantity") == "quantity")
print(f"{len(targets['plans'])} plans, {n_q} quantity targets, {n_progress} progress, {n_baseline} baseline entries")
for err in errors:
    print("ERROR", err)
sys.exit(1 if errors else 0)
