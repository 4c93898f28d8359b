"""Hostile documents: each one bad file beside the bundled documents, and every command still does its work.

Each case names the file in one line, exits 2 at the end, and leaves every
other document's figures in `tracker status --json` exactly as without it.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.hostile import makers
from tests.hostile.cases import STATUS, Case, check, progress_of, put
from tests.hostile.conftest import each, outcomes_fixture


def _fifo(name: str):
    return lambda folder: os.mkfifo(folder / "seeds" / name)


def _folder(name: str):
    return lambda folder: (folder / "seeds" / name).mkdir()


def _link(name: str, to: str):
    return lambda folder: os.symlink(to, folder / "seeds" / name)


def _loop(name: str):
    return lambda folder: os.symlink(name, folder / "seeds" / name)  # a link to itself


def _socket(name: str):
    def setup(folder: Path) -> None:
        here = os.getcwd()
        os.chdir(folder / "seeds")  # a socket's path must be short: bind it by its bare name
        try:
            sock = socket.socket(socket.AF_UNIX)
            sock.bind(name)
            sock.close()
        finally:
            os.chdir(here)

    return setup


BAD_FILES: dict[str, object] = {
    # PDF
    "encrypted.pdf": makers.encrypted_pdf(),
    "truncated-half.pdf": makers.truncated_pdf(),
    "truncated-header.pdf": makers.text_pdf()[:40],
    "header-only.pdf": b"%PDF-1.4\n",
    "random.pdf": makers.random_bytes(),
    "bomb.pdf": makers.flate_bomb_pdf(3 << 30),
    "double-flate-bomb.pdf": makers.double_flate_pdf(3 << 30),
    "cr-stream-bomb.pdf": makers.cr_stream_pdf(3 << 30),
    "nested.pdf": makers.nested_pdf(50_000),
    "looping-pages.pdf": makers.looping_pdf(),
    "bad-xref.pdf": makers.text_pdf().replace(b"xref\n", b"xref\n9 9\n"),
    "huge-length.pdf": makers.text_pdf().replace(b"/Length ", b"/Length 99999999"),
    "no-text.pdf": makers.text_pdf(content=b"q 1 0 0 1 0 0 cm Q"),
    # DOCX
    "bad-xml.docx": makers.bad_xml_docx(),
    "entity-bomb.docx": makers.entity_bomb_docx(),
    "external-entity.docx": makers.external_entity_docx(),
    "zip-bomb.docx": makers.zip_bomb_docx(80 << 20),
    "missing-part.docx": makers.missing_part_docx(),
    "truncated.docx": makers.truncated_docx(),
    "random.docx": makers.random_bytes(),
    "deep-xml.docx": makers.docx(makers.docx_body(["x"]).replace(b"<w:body>", b"<w:body>" + b"<w:sdt>" * 5000)),
    # HTML and text
    "random.html": makers.random_bytes(),
    "nul.html": b"<html><body>\x00\x00\x00" + makers.random_bytes(512) + b"</body></html>",
    "random.txt": makers.random_bytes(),
    "nul.txt": makers.nul_text(),
    "mixed-encoding.txt": makers.mixed_encoding(),
    "empty.txt": b"",
    "blank.txt": b"  \n\n \t\n",
    "deep.html": makers.deep_html(20_000),
}
"""Files no reader can make sense of, each with the one line it must give."""

SAYS = {"encrypted.pdf": "encrypted", "bomb.pdf": "compression bomb", "double-flate-bomb.pdf": "compression bomb",
        "cr-stream-bomb.pdf": "compression bomb", "random.txt": "binary",
        "random.html": "binary", "empty.txt": "empty", "truncated.docx": "broken DOCX", "bad-xml.docx": "broken DOCX"}
"""The words of each kind's own message, where the kind has one."""

ENTRIES = {
    "pipe.txt": _fifo("pipe.txt"),
    "folder.txt": _folder("folder.txt"),
    "loop.txt": _loop("loop.txt"),
    "dangling.pdf": _link("dangling.pdf", "nowhere.pdf"),
    "zero.txt": _link("zero.txt", "/dev/zero"),
    "random-link.html": _link("random-link.html", "/dev/urandom"),
    "sock.txt": _socket("sock.txt"),
}
"""Folder entries that are no regular file: never opened, never silently passed over."""

LIMITS = {
    "too-large.txt": (makers.huge_file(3 << 20), {"TRACKER_MAX_FILE_MB": "2"}, "over the limit of 2 MB"),
    "too-long.txt": (makers.huge_file(400_000), {"TRACKER_MAX_TEXT_CHARS": "100000"}, "over the limit of 100000"),
    "too-slow.txt": (makers.comma_clauses(60_000), {"TRACKER_MAX_SECONDS": "1"}, "longer than 1 s"),
    "too-slow.pdf": (makers.flate_bomb_pdf(200 << 20), {"TRACKER_MAX_SECONDS": "1.5"}, "longer than 1.5 s"),
    "unpacks-too-much.docx": (makers.zip_bomb_docx(3 << 20), {"TRACKER_MAX_UNPACKED_MB": "2"}, "unpacks to more than 2 MB"),
    "media-bomb.docx": (makers.media_bomb_docx(3 << 20), {"TRACKER_MAX_UNPACKED_MB": "2"}, "unpacks to more than 2 MB"),
}
"""Documents over one limit each, with the limit lowered to keep the case fast."""

_READABLE = {"deep.html", "bad-xref.pdf", "huge-length.pdf"}
"""Damaged but readable (the PDF reader mends a bad xref or /Length): used, or said to be unused."""

OTHER_FILES = {"附件.doc": b"\xd0\xcf\x11\xe0" + bytes(500), "照片.jpg": b"\xff\xd8\xff" + bytes(500),
               "材料.zip": b"PK\x05\x06" + bytes(18)}
"""Files of kinds tracker does not read: each named in a warning, never passed over in silence (exit 0)."""

CASES = [
    *(Case(f"other-{name}", put(name, data), names=(f"seeds/{name}",), code=0, figures_kept=True)
      for name, data in OTHER_FILES.items()),
    Case("other-subfolder", lambda folder: (folder / "seeds" / "2023年").mkdir(), names=("seeds/2023年",), code=0,
         figures_kept=True),
    Case("other-gbk-name", lambda folder: (folder / "seeds" / os.fsdecode("附件一".encode("gb18030") + b".txt")).write_text(
        "威海市2025年新增项目12个。", encoding="utf-8"), code=0, lines=None, figures_kept=False),
    Case("other-hidden", put(".DS_Store", bytes(100)), code=0, lines=0, figures_kept=True),
    Case("other-office-lock", put("~$报告.docx", bytes(162)), code=0, lines=0, figures_kept=True),
    *(Case(f"doc-{name}", put(name, data), names=(f"seeds/{name}",), figures_kept=True,
           lines=None if name in _READABLE else 1, code=0 if name in _READABLE else 2, says=SAYS.get(name, ""))
      for name, data in BAD_FILES.items()),
    *(Case(f"entry-{name}", setup, names=(f"seeds/{name}",), figures_kept=True) for name, setup in ENTRIES.items()),
    *(Case(f"limit-{name}", put(name, data), names=(f"seeds/{name}",), figures_kept=True, env=env, says=says)
      for name, (data, env, says) in LIMITS.items()),
]


_MEMORY_BOMBS = {"double-flate-bomb.pdf", "cr-stream-bomb.pdf"}
"""Stopped only by the reader's memory limit, after a few seconds of inflating: met once each, above."""


def _all_bad(folder: Path) -> None:
    for name, data in BAD_FILES.items():
        if name not in _READABLE | _MEMORY_BOMBS:
            (folder / "seeds" / name).write_bytes(data)  # type: ignore[arg-type]
    for setup in ENTRIES.values():
        setup(folder)


_EVERY = len(BAD_FILES) - len(_READABLE) - len(_MEMORY_BOMBS) + len(ENTRIES)
COMMANDS = {
    "status": STATUS[:1] + STATUS[2:],
    "status-json": STATUS,
    "ingest": ("ingest",),
    "documents": ("documents", "--json"),
    "review-list": ("review", "list", "--as-of", "2025-12-31"),
    "report": ("report", "--quarter", "2025Q4", "--format", "md"),
}
"""Every command that reads the folder, on a folder holding every bad file at once."""

ALL_BAD_LIMIT = {"TRACKER_MAX_UNPACKED_MB": "100"}
"""The folder of every bad file read with bomb.pdf stopped at 100 MB unpacked instead of 256 (doc-bomb.pdf meets
the default alone): inflating it beyond 100 MB took 0.35 s of CPU, half of each of the six commands' run (4.2 ->
2.1 s for the six). Every other file's line, the exit status and the output are the same as under the default
(compared: only the number in bomb.pdf's line differs); the largest other unpacking, zip-bomb.docx's 80 MB, stays
under it."""

CASES += [Case(f"all-bad-{name}", _all_bad, argv=argv, names=("seeds/",), lines=None, env=ALL_BAD_LIMIT)
          for name, argv in COMMANDS.items()]


outcomes = outcomes_fixture(CASES, "documents")


@each(CASES)
def test_a_bad_document_is_one_line_and_the_rest_is_read(case: Case, outcomes: dict, baseline: dict) -> None:
    check(case, outcomes[case.name], baseline)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_folder_of_bad_files_names_each_once(name: str, outcomes: dict) -> None:
    outcome = outcomes[f"all-bad-{name}"]
    named = [line for line in outcome.lines if line.startswith("seeds/")]
    assert len(named) == _EVERY, outcome.err
    assert len({line.split(":")[0] for line in named}) == _EVERY, outcome.err


def test_the_folder_of_bad_files_still_gives_the_figures(outcomes: dict, baseline: dict) -> None:
    assert progress_of(outcomes["all-bad-status-json"].out) == baseline
