"""Infer a document's metadata from its text: title, date, issuer, place, kind, period, each with its evidence.

Pages saved from government portals and document-sharing sites open with
furniture (当前位置, 主题分类, 发布时间, 上传时间 …); those lines are set aside
first, so they are never taken for a title. Each field records where it came
from (`Provenance`): a title, an issuer label, a signature or a labelled date
is strong evidence; a guess from the body (a year named most often, a place
word) is weak, and a figure of a document whose place, kind or period is weak
waits for a person instead of being accepted. A manifest entry overrides any
field and is recorded as given.
"""

from __future__ import annotations

from tracker.extract.meta.common import HEAD, SHARING, Found, debris_free
from tracker.extract.meta.dates import infer_issued
from tracker.extract.meta.kind import infer_kind, with_plan_part
from tracker.extract.meta.place import infer_region
from tracker.extract.meta.titles import infer_issuer, infer_title, lead_title
from tracker.extract.meta.year import infer_period, infer_year
from tracker.model.document import META_FIELDS, DocumentMeta, Provenance, Source


def infer(file: str, text: str) -> tuple[DocumentMeta, dict[str, Found]]:
    """Metadata read from the (normalized) text, and the evidence of each field found."""
    body = debris_free(text)
    found: dict[str, Found | None] = {}
    found["title"] = infer_title(text, body)
    title = str(found["title"].value) if found["title"] else None
    found["issued"] = infer_issued(text, body)
    found["issuer"] = infer_issuer(text, body, title)
    found["region"] = infer_region(body, found["issuer"], found["title"])
    issued_on = found["issued"].value if found["issued"] else None
    found["kind"] = with_plan_part(infer_kind(title, text, body, bool(found["title"] and found["title"].weak),
                                          issued_on), text)  # type: ignore[arg-type]
    kind = found["kind"].value if found["kind"] else None
    issued = found["issued"].value if found["issued"] else None
    sharing = SHARING.search(text[:HEAD]) is not None
    year = infer_year(title, kind, issued, body, sharing)  # type: ignore[arg-type]
    found["period"] = infer_period(year, lead_title(title, body, sharing), kind, issued, body)  # type: ignore[arg-type]
    values = {name: f.value for name, f in found.items() if f is not None}
    return DocumentMeta(file=file, **values), {name: f for name, f in found.items() if f is not None}


def infer_meta(file: str, text: str) -> DocumentMeta:
    """Metadata read from the text; fields it cannot find are None."""
    return infer(file, text)[0]


def merge_meta(inferred: DocumentMeta, given: DocumentMeta | None) -> DocumentMeta:
    """The inferred metadata with every field the manifest gives put over it."""
    if given is None:
        return inferred
    given_fields = {name: value for name in DocumentMeta.model_fields
                    if name != "file" and (value := getattr(given, name)) is not None}
    return inferred.model_copy(update=given_fields)


def provenance(found: dict[str, Found], given: DocumentMeta | None) -> dict[str, Provenance]:
    """Per field: given by the manifest, inferred with its evidence, or unknown."""
    result = {}
    for name in META_FIELDS:
        if given is not None and getattr(given, name) is not None:
            result[name] = Provenance(source=Source.GIVEN, evidence="manifest.yaml")
        elif (f := found.get(name)) is not None:
            result[name] = Provenance(source=Source.INFERRED, evidence=f.evidence, weak=f.weak)
        else:
            result[name] = Provenance(source=Source.UNKNOWN)
    return result


def missing_fields(meta: DocumentMeta) -> tuple[str, ...]:
    """The metadata fields still unknown."""
    return tuple(name for name in META_FIELDS if getattr(meta, name) is None)
