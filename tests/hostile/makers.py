"""Hostile inputs, made at test time (nothing binary is committed).

Each maker returns the bytes of one bad file; the cases in the test modules
put them beside good documents and say what tracker must do with them.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

# --- PDF -------------------------------------------------------------------


def pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file of the given objects (numbered from 1, the first is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(text: str = "2025 Q1: 120 projects", content: bytes | None = None, extra: bytes = b"") -> bytes:
    """A one-page PDF showing `text` in Helvetica (or the given raw content stream, with `extra` in its dictionary)."""
    body = content if content is not None else b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text.encode("latin-1")
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(body, extra),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def encrypted_pdf() -> bytes:
    """A PDF whose text is behind the standard security handler with an unknown user password."""
    noise = random.Random(1)
    owner, user = (bytes(noise.randrange(256) for _ in range(32)) for _ in range(2))
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (owner.hex().encode(), user.hex().encode())
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream(b"\x8a\x13\x99garbled"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        encrypt,
    ], trailer_extra=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (b"ab" * 16, b"ab" * 16))


def truncated_pdf() -> bytes:
    """The first half of a good PDF."""
    whole = text_pdf()
    return whole[: len(whole) // 2]


def flate_bomb_pdf(size: int) -> bytes:
    """A PDF whose content stream inflates to `size` bytes."""
    return text_pdf(content=_deflated(size), extra=b"/Filter /FlateDecode ")


def nested_pdf(depth: int) -> bytes:
    """A PDF whose page dictionary holds arrays nested `depth` deep."""
    return text_pdf(content=b"BT /F1 12 Tf " + b"[" * depth + b"]" * depth + b" TJ ET")


def looping_pdf() -> bytes:
    """A PDF whose page tree points back at itself."""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
    ])


# --- DOCX ------------------------------------------------------------------

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(document_xml: bytes, *, declared: int | None = None) -> bytes:
    """A .docx package around the given word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def docx_body(paragraphs: list[str]) -> bytes:
    runs = b"".join(b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p.encode() for p in paragraphs)
    return b'<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (_W, runs)


def good_docx() -> bytes:
    return docx(docx_body(["2025年全市新认定高新技术企业120家。"]))


def bad_xml_docx() -> bytes:
    return docx(b'<?xml version="1.0"?><w:document %s><w:body><w:p><w:r><w:t>unclosed' % _W)


def entity_bomb_docx() -> bytes:
    """Billion laughs in word/document.xml."""
    entities = b'<!ENTITY a0 "lollollollollollollollollollol">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1)) * 10) for i in range(1, 10))
    return docx(b'<?xml version="1.0"?><!DOCTYPE w:document [%s]><w:document %s><w:body><w:p><w:r><w:t>&a9;</w:t>'
                b'</w:r></w:p></w:body></w:document>' % (entities, _W))


def external_entity_docx() -> bytes:
    """An XML external entity naming a local file."""
    return docx(b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<w:document %s><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>' % _W)


def zip_bomb_docx(size: int) -> bytes:
    """A .docx whose document.xml inflates to `size` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        with package.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(b'<?xml version="1.0"?><w:document %s><w:body><w:p><w:r><w:t>' % _W)
            chunk = b" " * (1 << 20)
            for _ in range(size >> 20):
                handle.write(chunk)
            handle.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


def missing_part_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
    return buffer.getvalue()


def truncated_docx() -> bytes:
    whole = good_docx()
    return whole[: len(whole) * 2 // 3]


# --- Text and HTML -----------------------------------------------------------


def random_bytes(size: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def deep_html(depth: int) -> bytes:
    return b"<html><body>" + b"<div>" * depth + "2025年新增项目12个".encode() + b"</div>" * depth + b"</body></html>"


def comma_clauses(count: int) -> bytes:
    """Clauses ending in ， and never in 。: the shape that made extraction quadratic."""
    clause = "全市新增科技型中小企业{n}家，技术合同成交额{m}亿元，"
    return "".join(clause.format(n=i % 500 + 1, m=i % 90 + 1) for i in range(count)).encode()


def one_long_line(size: int) -> bytes:
    """A text of `size` characters with no punctuation at all."""
    return ("科技" * (size // 2)).encode()


def entity_html() -> bytes:
    return (b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b"<html><body><p>&b;&b;&b;</p><p>" + "2025年新增项目12个".encode() + b"</p></body></html>")


def nul_text() -> bytes:
    return "2025年全市新增\x00项目12个。\x00\x00".encode()


def mixed_encoding() -> bytes:
    return "2025年全市新增项目12个。".encode() + "技术合同成交额50亿元。".encode("gb18030")


def utf16_no_bom() -> bytes:
    return "2025年全市新增项目12个。".encode("utf-16-le")


def bad_numerals() -> bytes:
    """Chinese numerals the parser once choked on, among good figures."""
    return "2025年投入资金三亿零元，新增一亿零项，全市新认定高新技术企业120家。".encode()


def huge_file(size: int) -> bytes:
    return ("2025年全市新增项目12个。" * (size // 30 + 1)).encode()[:size]


SHAPES: dict[str, str] = {
    "clauses ending in ，": "全市新增科技型中小企业{n}家，技术合同成交额{n}亿元，",
    "no punctuation": "新增项目{n}个完成投资{n}亿元",
    "sentences on one line": "全市新增项目{n}个。",
    "a figure per line": "新增项目{n}个\n",
    "one 、 list": "项目{n}个、",
    "table rows": "| 重点任务{n} | {n}个 | 已完成 |\n",
    "headings": "一、{n}年工作总结\n（一）目标任务：新增{n}家\n",
    "years": "{n}年",
    "digits": "{n}",
    "其中 everywhere": "其中新增{n}家，",
    "unclosed 《": "《关于{n}个项目",
    "field labels": "完成情况：{n}个，目标任务：{n}家；",
    "spaces": "新增 {n} 个   ",
}
"""Shapes of text repeated to any length: extraction time must grow linearly in each."""


def shaped(shape: str, count: int) -> str:
    """`count` repetitions of a shape, with changing numbers."""
    return "".join(SHAPES[shape].format(n=i % 900 + 10) for i in range(count))


def _deflated(size: int) -> bytes:
    """A zlib stream of `size` zero bytes, made in milliseconds: one fully flushed megabyte, repeated.

    Its checksum is that of the first megabyte only, so it ends in an error, but only after it has inflated.
    """
    squeezer = zlib.compressobj(9)
    head = squeezer.compress(b"\0" * (1 << 20)) + squeezer.flush(zlib.Z_FULL_FLUSH)
    body = squeezer.compress(b"\0" * (1 << 20)) + squeezer.flush(zlib.Z_FULL_FLUSH)
    return head + body * ((size >> 20) - 1) + squeezer.flush()


def double_flate_pdf(size: int) -> bytes:
    """A content stream deflated twice ([/FlateDecode /FlateDecode]): a few KB on disk, `size` bytes once inflated."""
    return text_pdf(content=zlib.compress(_deflated(size), 9), extra=b"/Filter [/FlateDecode /FlateDecode] ")


def cr_stream_pdf(size: int) -> bytes:
    """A deflated bomb after `stream` and a lone carriage return, which a check for `stream\\n` misses."""
    return flate_bomb_pdf(size).replace(b"stream\n", b"stream\r", 1)


def media_bomb_docx(size: int) -> bytes:
    """A .docx whose document links an image part that inflates to `size` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES.replace(
            b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>'))
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", docx_body(["2025年新增项目12个。"]))
        package.writestr("word/_rels/document.xml.rels", _RELS.replace(
            b"officeDocument/2006/relationships/officeDocument", b"officeDocument/2006/relationships/image").replace(
            b"word/document.xml", b"media/bomb.png"))
        with package.open("word/media/bomb.png", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                handle.write(chunk)
    return buffer.getvalue()


def _loop(path: Path) -> None:
    os.symlink(path.name + ".b", path)
    os.symlink(path.name, path.with_name(path.name + ".b"))


NOT_REGULAR: dict[str, Callable[[Path], None]] = {
    "fifo": os.mkfifo,
    "folder": Path.mkdir,
    "device": lambda path: os.symlink("/dev/zero", path),
    "link-loop": _loop,
    "link-broken": lambda path: os.symlink("missing-folder/file.yaml", path),
}
"""Makers of paths that are no regular file: what tracker must neither read forever, nor block on, nor replace."""
