"""Load a document file with its metadata: inferred from the text, overridden by the manifest; and read its figures.

A text is normalized once (`quantity.normalize`): metadata inference and the extractor read the same normalized
copy. `extracted` reads files one after another and hands each over as soon as it is read, so a caller prints a
document's figures and lets it go before the next is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from tracker.config.manifest import load_manifest
from tracker.errors import Diagnostic, TrackerUserError
from tracker.extract.limits import Limits, TooSlow, deadline
from tracker.extract.meta import infer, merge_meta, missing_fields, provenance
from tracker.extract.readers import forget_folders, read_file, shown_path
from tracker.model.document import Document, DocumentMeta, Manifest
from tracker.model.figure import Figure
from tracker.quantity import normalize
from tracker.safe_text import readable_name


def load_document(path: Path, shown: str, manifest: Manifest | None = None, data: bytes | None = None,
                  limits: Limits | None = None) -> Document:
    """Read one file into a Document (`data` is the file's bytes when the caller has them).

    Raises:
        TrackerUserError: when the file cannot be read as a document.
    """
    return _loaded(path, shown, manifest, data, limits)[0]


def _loaded(path: Path, shown: str, manifest: Manifest | None, data: bytes | None,
            limits: Limits | None) -> tuple[Document, str]:
    """The document of one file and its normalized text."""
    raw = read_file(path, data, limits)
    normalized = normalize(raw.text)
    return document_of(path, shown, raw.text, raw.format, raw.sha256, manifest, raw.encoding, normalized), normalized


def document_of(path: Path, shown: str, text: str, fmt: str, sha256: str, manifest: Manifest | None = None,
                encoding: str | None = None, normalized: str | None = None) -> Document:
    """A document whose text is read, with its metadata inferred from that text and the manifest's entry on top
    (also for a text another reader made: a workbook's cells, `draft.table`); `normalized` is `normalize(text)`
    when the caller has it."""
    given: DocumentMeta | None = manifest.get(path.name) if manifest else None
    inferred, evidence = infer(readable_name(path.name), normalize(text) if normalized is None else normalized)
    meta = merge_meta(inferred, given)
    return Document(path=shown, text=text, format=fmt, encoding=encoding, sha256=sha256,
                    meta=meta, missing=missing_fields(meta), provenance=provenance(evidence, given))


class Read(NamedTuple):
    """One file read: its document and figures, or (document None, no figures) the line saying why not."""

    document: Document | None
    figures: list[Figure]
    problem: Diagnostic | None


def read_document(path: Path, manifest: Manifest | None = None, data: bytes | None = None,
                  limits: Limits | None = None) -> Read:
    """One file's document and figures, or the line saying why it could not be read.

    Nothing one file holds stops a batch: a library failing on a damaged file, a document over a limit
    or over its time, even a bug in extraction on this one text, is one line about this file.
    """
    from tracker.extract.engine import extract  # the patterns compile on first use, not when a path is shown

    shown, limits = shown_path(path), limits or Limits.from_env()
    try:
        with deadline(limits.seconds):
            document, normalized = _loaded(path, shown, manifest, data, limits)
            return Read(document, extract(document, normalized), None)
    except TrackerUserError as error:
        return Read(None, [], Diagnostic(path=shown, code=error.code, params=error.params))
    except TooSlow:
        return Read(None, [], Diagnostic(path=shown, code="read.too_slow", params={"seconds": f"{limits.seconds:g}"}))
    except MemoryError:
        return Read(None, [], Diagnostic(path=shown, code="read.out_of_memory"))
    except Exception as error:  # a bug met on one text must not stop the others
        return Read(None, [], Diagnostic(path=shown, code="extract.failed", params={"reason": repr(error)[:200]}))


class Extracted(NamedTuple):
    """One file of a run: the problems met on the way to it (its folder's manifest's, the first time that folder
    is met, then its own), and its document and figures (None and [] when it could not be read)."""

    problems: list[Diagnostic]
    document: Document | None
    figures: list[Figure]


def extracted(paths: Iterable[Path]) -> Iterator[Extracted]:
    """Each file read and extracted in turn, with the manifest beside it (read once per folder)."""
    manifests: dict[Path, Manifest] = {}
    limits = Limits.from_env()
    forget_folders()
    for path in paths:
        problems: list[Diagnostic] = []
        if path.parent not in manifests:
            manifests[path.parent], problems = load_manifest(path.parent, shown_path(path.parent))
        document, figures, problem = read_document(path, manifests[path.parent], limits=limits)
        yield Extracted(problems + ([problem] if problem else []), document, figures)
