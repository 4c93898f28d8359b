"""Load a document file with its metadata: inferred from the text, overridden by the manifest."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.extract.meta import infer, merge_meta, missing_fields, provenance
from tracker.extract.limits import Limits
from tracker.extract.readers import read_file
from tracker.model.document import Document, DocumentMeta, Manifest
from tracker.quantity import normalize


def readable_name(name: str) -> str:
    """A file name as text: one whose bytes are not UTF-8 (a zip unpacked from a Chinese Windows, in GBK) is read as
    GB18030, and what no encoding reads is shown as U+FFFD rather than refused."""
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def load_document(path: Path, shown: str, manifest: Manifest | None = None, data: bytes | None = None,
                  limits: Limits | None = None) -> Document:
    """Read one file into a Document (`data` is the file's bytes when the caller has them).

    Raises:
        TrackerUserError: when the file cannot be read as a document.
    """
    raw = read_file(path, data, limits)
    given: DocumentMeta | None = manifest.get(path.name) if manifest else None
    inferred, evidence = infer(readable_name(path.name), normalize(raw.text))
    meta = merge_meta(inferred, given)
    return Document(path=shown, text=raw.text, format=raw.format, encoding=raw.encoding, sha256=raw.sha256,
                    meta=meta, missing=missing_fields(meta), provenance=provenance(evidence, given))
