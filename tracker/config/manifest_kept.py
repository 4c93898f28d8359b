"""A manifest's entries kept between runs, so an archive's manifest of thousands of entries is parsed once.

Parsing YAML with the place of every key (`yaml_source.parse_yaml`) costs about
0.15 ms of CPU an entry: 0.9 s for an archive of 5,000 documents, paid again by
every ingest and every status computed. What the parse gives is kept as plain
JSON in a hidden folder beside an SQLite database file (`.tracker/.tracker.sqlite3-manifests/` by default, one
file per documents folder; nothing is kept for a server's database, which keeps nothing on the computer): each
entry as YAML read it, and the line:col of its `file` key. Reading that back
and validating the entries again (`DocumentMeta`, as the parse's result is)
costs a tenth.

Only a manifest read without a problem is kept (one with a mistake is parsed
each time, so each mistake is said at its place), under a key of its bytes and
the code that reads it. A kept file that is damaged, too large, of another
version or of other bytes is passed over and the manifest parsed; whether each
listed file is there is checked every time (`manifest._check_file`).
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import tracker
from tracker.config.atomic import read_kept, write_atomic
from tracker.errors import TrackerUserError

KEPT_SUFFIX = "-manifests"
"""Added to an SQLite database file's name, with a dot before it, to name the hidden folder beside it where its
manifests' entries are kept (`.tracker/.tracker.sqlite3-manifests/`, as its -wal and -shm files sit beside it):
never a visible folder in the working folder, never a subfolder read as documents (`pipeline.kept_beside`)."""
_LIMIT = 64 << 20
"""The largest kept file read (a 5,000-entry manifest keeps about 1.5 MB)."""
_CODE = ("config/manifest.py", "config/manifest_kept.py", "config/yaml_source.py", "model/document.py",
         "model/fields.py", "model/period.py")
"""The modules that read a manifest and validate its entries: a change to one makes what was kept stale."""


class Kept(NamedTuple):
    """A manifest's entries as YAML read them, and where each entry's `file` key is (1-based line, col)."""

    entries: list[dict[str, Any]]
    places: list[tuple[int, int]]


def key(text: str) -> str:
    """What a kept file must have been made from: the manifest's text and the code that reads it (tracker's
    version and modules, pydantic's and ruamel's versions)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(_code())
    return digest.hexdigest()


@cache
def _code() -> bytes:
    import pydantic
    from ruamel.yaml import __version__ as ruamel_version

    package = Path(tracker.__file__).resolve().parent
    versions = f"{tracker.__version__}|{pydantic.VERSION}|{ruamel_version}".encode()
    return versions + b"".join(hashlib.sha256((package / name).read_bytes()).digest() for name in _CODE)


def _file(kept: Path, folder: Path) -> Path:
    """The kept file of a documents folder, named by the folder's real path."""
    name = hashlib.sha256(os.path.realpath(folder).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return kept / f"{name}.json"


def load(kept: Path, folder: Path, text: str) -> Kept | None:
    """The entries kept for `folder`'s manifest of `text`; None when there are none, or none for this text."""
    try:
        if (data := read_kept(_file(kept, folder), _LIMIT)) is None:
            return None
        stored = json.loads(data)
        if stored.get("key") != key(text):
            return None
        entries, places = stored["entries"], [tuple(place) for place in stored["places"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None  # absent, damaged or another's: the manifest is parsed
    if not isinstance(entries, list) or len(entries) != len(places) or not all(
            isinstance(entry, dict) and isinstance(entry.get("file"), str) and _place(place)
            for entry, place in zip(entries, places, strict=True)):
        return None
    return Kept(entries, places)


def _place(place: tuple) -> bool:
    """A line and a column, each a whole number from 1."""
    return len(place) == 2 and all(type(n) is int and n >= 1 for n in place)


def carried(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries as they come back from a kept file."""
    return json.loads(json.dumps(entries, ensure_ascii=False))


def keep(kept: Path, folder: Path, text: str, found: Kept) -> None:
    """Keep a manifest's entries for the next run; a folder that cannot be written keeps nothing, silently (the
    manifest is then parsed each time, as it always could be)."""
    payload = json.dumps({"key": key(text), "entries": found.entries, "places": found.places}, ensure_ascii=False)
    with suppress(OSError, TrackerUserError, ValueError):
        kept.mkdir(parents=True, exist_ok=True)
        write_atomic(_file(kept, folder), payload)
