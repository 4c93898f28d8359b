"""Read a document file (txt, html, docx, pdf) into text, or say in one line why not.

The heavy libraries (charset-normalizer, BeautifulSoup, python-docx,
pdfminer.six) are imported only when a file of their kind is read.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import io
import os
import re
import zipfile
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tracker.config.atomic import file_kind
from tracker.errors import TrackerUserError
from tracker.extract.limits import Limits, check_file_size, check_pdf_streams, check_text_length, check_zip
from tracker.safe_text import readable_path

if TYPE_CHECKING:
    from tracker.extract.sandbox import Sandbox


class RawText(NamedTuple):
    """The text of a file, how it was read, and the hash of its bytes."""

    text: str
    format: str
    encoding: str | None
    sha256: str


CHINESE_ENCODINGS = ["gb18030", "big5", "utf_16_le", "utf_16_be"]
"""The encodings Chinese documents come in besides UTF-8; nothing else is guessed."""
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BLOCKS = re.compile(r"\n{3,}")
_SENTENCE_ENDS = frozenset("。！？!?：:；;")


def shown_path(path: Path) -> str:
    """A path as users see it: relative to the working folder when inside it, its name as text (GBK bytes read)."""
    name = path.name
    working = os.getcwd()
    folder = None if name in ("", ".", "..") else _shown_folder(str(path.parent), working)
    if folder is None:  # a folder named by itself, or an entry whose folder is not inside the working folder:
        # then it is not either, unless it is the working folder itself
        outside = name not in ("", ".", "..") and os.path.normcase(name) != os.path.normcase(_resolved(working).name)
        return readable_path(path.as_posix() if outside else _shown(path))
    return readable_path(name if folder == "." else f"{folder}/{name}")


def _shown(path: Path) -> str:
    """The entry itself, not what a link points to (a looping link has no end to resolve), relative to the working
    folder when inside it."""
    try:
        return (_resolved(str(path.parent)) / path.name).relative_to(_resolved(os.getcwd())).as_posix()
    except ValueError:
        return path.as_posix()


@lru_cache(maxsize=256)
def _shown_folder(folder: str, working: str) -> str | None:
    """A folder as users see it, relative to the working folder (None when outside it): found once a batch."""
    try:
        return _resolved(folder).relative_to(_resolved(working)).as_posix()
    except ValueError:
        return None


def forget_folders() -> None:
    """Resolve folders afresh from now on (a batch of files begins: `pipeline.ingest`, `documents.extracted`)."""
    _resolved.cache_clear()
    _shown_folder.cache_clear()


@lru_cache(maxsize=256)
def _resolved(folder: str) -> Path:
    """A folder's real path, resolved once however many of its files are named (5,000 files: 10,000 resolutions
    otherwise); each batch starts afresh (`forget_folders`), so a folder linked elsewhere meanwhile is seen anew."""
    return Path(folder).resolve()


def decode(data: bytes) -> tuple[str, str]:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5.

    Raises:
        TrackerUserError: for binary or undecodable data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise TrackerUserError("read.undecodable") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    if best is None or best.encoding is None:
        raise TrackerUserError("read.undecodable")
    text = str(best)
    if "\x00" in text:
        raise TrackerUserError("read.binary")
    return text, best.encoding


def _mostly_text(text: str) -> bool:
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable >= 0.98 * len(text)


def _read_txt(data: bytes) -> tuple[str, str | None]:
    """Text from a .txt file; NUL bytes mean UTF-16 without a BOM, or binary."""
    if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            return text, encoding
    raise TrackerUserError("read.binary")


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "iframe", "form", "button")


def _read_html(data: bytes) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for table in reversed(soup.find_all("table")):  # innermost first: a row per line, cells between pipes
        table.replace_with(_table_rows(table))
    text = soup.get_text("\n")
    if not _mostly_text(text.replace("\ufffd", "\x00")):
        raise TrackerUserError("read.binary")
    lines = (line.strip() for line in text.splitlines())
    return _BLOCKS.sub("\n\n", "\n".join(lines)).strip() + "\n", soup.original_encoding


def _table_rows(table: Any) -> str:
    """An HTML table as lines of `| cell | cell |`, so its header row can be read as in text tables."""
    rows = []
    for row in table.find_all("tr"):
        cells = [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["td", "th"])]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return "\n" + "\n".join(rows) + "\n"


def _read_docx(data: bytes) -> tuple[str, str | None]:
    import docx
    import docx.table
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TrackerUserError("read.broken", kind="DOCX", reason=str(error)) from None
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in document order
        if isinstance(block, docx.table.Table):
            lines += ["\t".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines).strip() + "\n", None


def _read_pdf(data: bytes) -> tuple[str, str | None]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise TrackerUserError("read.encrypted") from None
    except (PDFSyntaxError, ValueError, TypeError, KeyError) as error:
        raise TrackerUserError("read.broken", kind="PDF", reason=str(error) or type(error).__name__) from None
    if not text.strip():
        raise TrackerUserError("read.pdf_no_text")
    return _join_wrapped(text.replace("\x0c", "\n")), None


def _join_wrapped(text: str) -> str:
    """Join lines a PDF broke only because the page was full.

    A line is wrapped when it is about as long as the longest lines and does
    not end a sentence; headings and last lines of paragraphs are shorter.
    """
    lines = text.split("\n")
    width = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if not line.strip() and previous and _is_wrapped(previous, width):
            continue  # a box break in the middle of a paragraph
        if out and _is_wrapped(previous, width) and line.strip():
            out[-1] = previous + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _is_wrapped(line: str, width: int) -> bool:
    stripped = line.strip()
    return len(stripped) >= 0.8 * width and stripped[-1:] not in _SENTENCE_ENDS


READERS: dict[str, Callable[[bytes], tuple[str, str | None]]] = {
    ".txt": _read_txt, ".text": _read_txt, ".md": _read_txt,
    ".html": _read_html, ".htm": _read_html, ".shtml": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
SUPPORTED = tuple(READERS)


_RUBY = re.compile("(?<=[\u3400-\u9fff])\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)")
"""區(qū), 業(yè): the pinyin a mirror site prints after characters (its ruby, flattened) — page furniture inside words."""


def strip_ruby(text: str) -> str:
    """The text without pinyin glosses after characters: 高新技術(shù)產(chǎn)業(yè) → 高新技術產業."""
    return _RUBY.sub("", text) if "(" in text else text


def cleaned_offset(raw: str, at: int) -> int:
    """Where the character at `at` of a file's raw text stands in the text the reader returns (glosses removed)."""
    return at - sum(m.end() - m.start() for m in _RUBY.finditer(raw, 0, at))


_NOT_REGULAR = {"folder": "read.is_folder", "fifo": "read.is_fifo", "socket": "read.is_socket", "device": "read.is_device"}


def read_bytes(path: Path, limits: Limits) -> bytes:
    """A document file's bytes (`read_bytes_and_state`)."""
    return read_bytes_and_state(path, limits)[0]


def read_bytes_and_state(path: Path, limits: Limits) -> tuple[bytes, os.stat_result]:
    """A document file's bytes and the state of the file they were read from (as `os.fstat` gives it), after
    checking it is a regular file within the size limit (a FIFO never blocks).

    The file is opened without waiting (O_NONBLOCK) and judged by what was opened, so a file swapped for a FIFO
    between listing and reading is refused too.

    Raises:
        TrackerUserError: missing, a folder, FIFO, socket or device, a broken or looping link, unreadable, too large.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError:
        raise TrackerUserError("read.link_broken" if path.is_symlink() else "file.not_found") from None
    except IsADirectoryError:
        raise TrackerUserError("read.is_folder") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise TrackerUserError("read.link_loop") from None
        if error.errno == errno.ENXIO:  # a socket, or a FIFO with no writer
            raise TrackerUserError("read.is_socket" if path.is_socket() else "read.is_fifo") from None
        raise TrackerUserError("file.unreadable", reason=error.strerror or str(error)) from None
    info = os.fstat(descriptor)
    if (kind := file_kind(info.st_mode)) is not None:
        os.close(descriptor)
        raise TrackerUserError(_NOT_REGULAR[kind])
    with os.fdopen(descriptor, "rb") as handle:
        check_file_size(info.st_size, limits)
        try:
            data = handle.read(limits.file_bytes + 1)  # the file may have grown since
        except OSError as error:
            raise TrackerUserError("file.unreadable", reason=error.strerror or str(error)) from None
    check_file_size(len(data), limits)
    return data, info


def _check_package(data: bytes, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = [(info.filename, info.file_size) for info in package.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise TrackerUserError("read.broken", kind="DOCX", reason=str(error)) from None
    check_zip(infos, limits)


_BEFORE_READING: dict[str, Callable[[bytes, Limits], None]] = {".docx": _check_package, ".pdf": check_pdf_streams}
"""What a packed format's bytes must pass before its library unpacks them."""


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text[:160]}" if text else type(error).__name__


PACKED = frozenset((".pdf", ".docx", ".html", ".htm", ".shtml"))
"""Formats whose libraries unpack what the file declares or build a tree of any depth: read in the sandbox
(`extract/sandbox.py`), where memory and time are limited whichever thread reads."""


def read_contents(suffix: str, data: bytes) -> tuple[str, str | None]:
    """The reader's text for a file's bytes; whatever its library raises on a damaged file becomes one line.

    Raises:
        TrackerUserError: the only exception.
    """
    try:
        return READERS[suffix](data)
    except TrackerUserError:
        raise
    except MemoryError:
        raise TrackerUserError("read.out_of_memory") from None
    except RecursionError:
        raise TrackerUserError("read.broken", kind=suffix.lstrip(".").upper(), reason="nested too deeply") from None
    except Exception as error:  # a library's failure on a damaged file, shown as one line
        raise TrackerUserError("read.broken", kind=suffix.lstrip(".").upper(), reason=_short(error)) from None


def _read_text(suffix: str, data: bytes, limits: Limits) -> tuple[str, str | None]:
    if suffix in PACKED and limits.sandbox:
        return _sandbox().read(suffix, data, limits.seconds)
    return read_contents(suffix, data)


@cache
def _sandbox() -> Sandbox:
    """This process's reader of packed documents, made on first use."""
    from tracker.extract.sandbox import Sandbox

    return Sandbox(read_contents)


def read_file(path: Path, data: bytes | None = None, limits: Limits | None = None) -> RawText:
    """The text of one document file (read from disk unless its bytes are given).

    Raises:
        TrackerUserError: the file is missing, not a regular file, empty, too large, binary, undecodable,
            broken, encrypted, a PDF with no text layer, of an unknown type, or its text is too long.
    """
    limits = limits or Limits.from_env()
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise TrackerUserError("read.unsupported", suffix=path.suffix or "(none)",
                               supported=" ".join(SUPPORTED))
    data = read_bytes(path, limits) if data is None else data
    check_file_size(len(data), limits)
    if not data.strip():
        raise TrackerUserError("file.empty")
    if (check := _BEFORE_READING.get(suffix)) is not None:
        check(data, limits)
    text, encoding = _read_text(suffix, data, limits)
    check_text_length(text, limits)
    text = strip_ruby(text)
    if not text.strip():
        raise TrackerUserError("read.no_text")
    return RawText(text, suffix.lstrip(".").replace("htm", "html").replace("htmll", "html"),
                   encoding, hashlib.sha256(data).hexdigest())
