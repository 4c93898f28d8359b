"""Extraction throughput on the seeds concatenated many times over, beside peer libraries (run on demand).

    .venv/bin/python benchmarks/throughput.py [--copies N] [--repeat R] [--phases]

Everything extraction computes is included: quantities, exclusions, subject,
modality and period of every figure; each seed copy is extracted as its own
document, as files are. Peers run on the same documents, split the same way (each seed copy its own
call), in the same process; the ratio is what counts on a shared, noisy machine. `--phases` prints, instead of
the rates, where tracker's time goes: the CPU time of each stage of extraction over the same documents.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extract.engine import extract
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.period import parse_period


def seed_texts() -> list[str]:
    """The five seeds' texts."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def corpus(copies: int) -> str:
    """The five seeds joined, repeated `copies` times."""
    return "\n".join(seed_texts()) * copies


def _document(text: str) -> Document:
    meta = DocumentMeta(file="bench.txt", kind=DocumentKind.SUMMARY, issued=date(2024, 11, 11),
                        period=parse_period("2024-01..2024-10"))
    return Document(path="bench.txt", text=text, format="txt", sha256="0", meta=meta)


def ours_per_document(texts: list[str]) -> int:
    """Each seed copy as its own document, as files are read in practice."""
    return sum(len(extract(_document(text))) for text in texts)


def cn2an_transform(text: str) -> int:
    import cn2an

    with warnings.catch_warnings():  # it warns on every 十四五 it cannot read
        warnings.simplefilter("ignore")
        return len(cn2an.transform(text, "cn2an"))


def jionlp_money(text: str) -> int:
    """JioNLP's rule-based money extractor, parsing each amount (its default)."""
    import jionlp

    return len(jionlp.ner.extract_money(text))


def best_rate(function: Callable[[str], int], text: str, repeat: int) -> tuple[float, int]:
    """Characters per CPU second of the fastest of `repeat` runs, and what the run returned.

    CPU time rather than wall time: on a machine shared with other work, the process's own time is what the code
    costs (all of it runs on one core).
    """
    function(text[:2000])  # warm up lazy imports and caches (the per-document run ignores its argument)
    best, result = float("inf"), 0
    for _ in range(repeat):
        started = time.process_time()
        result = function(text)
        best = min(best, time.process_time() - started)
    return len(text) / best, result


def cpu_ms(work: Callable[[], object], repeat: int) -> float:
    """CPU milliseconds of the fastest of `repeat` runs of `work`."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best * 1000


def print_phases(texts: list[str], repeat: int) -> None:
    """The CPU time of each stage of extraction over `texts` (each its own document), every stage timed alone."""
    from tracker.extract.context import TextContext
    from tracker.extract.engine import _Reader
    from tracker.quantity import normalize, scan

    documents = [_document(text) for text in texts]
    readers = [_Reader(document) for document in documents]
    quantities = [(reader, scan(reader.original, reader.text, with_units_only=True)) for reader in readers]
    total = cpu_ms(lambda: [extract(document) for document in documents], repeat)
    normalizing = cpu_ms(lambda: [normalize(text) for text in texts], repeat)
    landmarks = cpu_ms(lambda: [TextContext.of(reader.text) for reader in readers], repeat)
    reader = cpu_ms(lambda: [_Reader(document) for document in documents], repeat) - landmarks - normalizing
    scanning = cpu_ms(lambda: [scan(r.original, r.text, with_units_only=True) for r in readers], repeat)
    filtering = cpu_ms(lambda: [[r.is_figure(q) for q in found] for r, found in quantities], repeat)
    print(f"CPU ms, best of {repeat}: extraction {total:.1f} = normalize {normalizing:.1f} + landmarks (TextContext.of) "
          f"{landmarks:.1f} + the rest of the reader's setup {reader:.1f} + quantity scan {scanning:.1f} + is_figure "
          f"{filtering:.1f} + each figure's subject, modality and period {total - normalizing - landmarks - reader - scanning - filtering:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--phases", action="store_true", help="print the CPU time of each stage of extraction instead")
    args = parser.parse_args()
    text = corpus(args.copies)
    documents = seed_texts() * args.copies
    if args.phases:
        print_phases(documents, args.repeat)
        return
    print(f"corpus: {len(text):,} characters (the five seeds x {args.copies}), best of {args.repeat} runs, CPU time, one core")
    rate, figures = best_rate(lambda _: ours_per_document(documents), text, args.repeat)
    print(f"tracker.extract, each seed a document   {rate / 1e6:5.2f} M chars/s   {figures:,} figures")
    for name, peer in (("cn2an.transform", cn2an_transform), ("jionlp.ner.extract_money", jionlp_money)):
        try:  # split as tracker's run is: each seed copy its own call
            peer_rate, _ = best_rate(lambda _, peer=peer: sum(peer(d) for d in documents), text, args.repeat)
        except ImportError:
            print(f"{name:40} not installed")
            continue
        print(f"{name:40} {peer_rate / 1e6:5.2f} M chars/s   tracker (per document) is {rate / peer_rate:.2f}x")


if __name__ == "__main__":
    main()
