"""Load a document file with its metadata: inferred from the text, overridden by the manifest."""

from __future__ import annotations

from pathlib import Path

from tracker.extract.limits import Limits
from tracker.extract.meta import infer, merge_meta, missing_fields, provenance
from tracker.extract.readers import read_file
from tracker.model.document import Document, DocumentMeta, Manifest
from tracker.quantity import normalize
from tracker.safe_text import readable_name


def load_document(path: Path, shown: str, manifest: Manifest | None = None, data: bytes | None = None,
                  limits: Limits | None = None) -> Document:
    """Read one file into a Document (`data` is the file's bytes when the caller has them).

    Raises:
        TrackerUserError: when the file cannot be read as a document.
    """
    raw = read_file(path, data, limits)
    return document_of(path, shown, raw.text, raw.format, raw.sha256, manifest, raw.encoding)


def document_of(path: Path, shown: str, text: str, fmt: str, sha256: str, manifest: Manifest | None = None,
                encoding: str | None = None) -> Document:
    """A document whose text is read, with its metadata inferred from that text and the manifest's entry on top
    (also for a text another reader made: a workbook's cells, `draft.table`)."""
    given: DocumentMeta | None = manifest.get(path.name) if manifest else None
    inferred, evidence = infer(readable_name(path.name), normalize(text))
    meta = merge_meta(inferred, given)
    return Document(path=shown, text=text, format=fmt, encoding=encoding, sha256=sha256,
                    meta=meta, missing=missing_fields(meta), provenance=provenance(evidence, given))
