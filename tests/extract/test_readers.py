"""Reading the formats offices publish, and refusing what cannot be read in one clear line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tracker.errors import TrackerUserError
from tracker.extract.readers import forget_folders, read_file, shown_path

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"
SENTENCE = "上半年新增注册登记科技型中小企业156户，完成技术合同登记额4.0亿元。"


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
])
def test_text_in_every_common_encoding(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(prefix + (SENTENCE * 3).encode(encoding))
    raw = read_file(path)
    assert raw.text == SENTENCE * 3
    assert raw.format == "txt" and len(raw.sha256) == 64


HTML = """<html><head><meta charset="gb2312"><title>通知</title><script>var x = 2025;</script></head>
<body><div class="nav">当前位置：首页 &gt; 政务公开</div><nav>首页 | 2024年计划</nav>
<div class="tools">【字号：大 中 小】 分享： 扫一扫在手机打开当前页</div>
<div class="content"><p>上半年新增注册登记科技型中小企业156户，</p><p>完成技术合同登记额4.0亿元。</p></div>
<footer>版权所有 2025</footer></body></html>"""


def test_html_page_keeps_the_content_and_drops_scripts_and_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("gb18030"))
    raw = read_file(path)
    assert "156户" in raw.text and "4.0亿元" in raw.text
    assert "var x" not in raw.text and "首页 | 2024年计划" not in raw.text and "版权所有" not in raw.text
    assert raw.format == "html"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2023年全县科技工作总结")
    document.add_paragraph(SENTENCE)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "高新技术企业", "35家"
    path = tmp_path / "summary.docx"
    document.save(path)
    raw = read_file(path)
    assert SENTENCE in raw.text and "35家" in raw.text and raw.format == "docx"


def test_pdf_with_a_text_layer() -> None:
    raw = read_file(DOCS / "text-layer.pdf")
    assert "技术合同成交额8.6亿元" in raw.text and raw.format == "pdf"


@pytest.mark.parametrize(("name", "content", "code"), [
    ("empty.txt", b"", "file.empty"),
    ("blank.txt", b"  \n\n ", "file.empty"),
    ("binary.txt", bytes(range(256)) * 20, "read.binary"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "read.broken"),
    ("broken.pdf", b"%PDF-1.4 nothing here", "read.broken"),
    ("image.png", b"\x89PNG\r\n", "read.unsupported"),
])
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TrackerUserError) as caught:
        read_file(path)
    assert caught.value.code == code
    assert "\n" not in caught.value.message("zh")


def test_scanned_pdf_has_no_text_layer() -> None:
    with pytest.raises(TrackerUserError) as caught:
        read_file(DOCS / "scanned.pdf")
    assert caught.value.code == "read.pdf_no_text"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TrackerUserError) as caught:
        read_file(tmp_path / "nope.txt")
    assert caught.value.code == "file.not_found"


def test_pdf_lines_broken_by_the_page_are_joined() -> None:
    raw = read_file(DOCS / "wrapped-lines.pdf")
    assert "上半年，全市完成技术合同成交额8.6亿元，同比增长21%，新认定高新技术企业35家，" in raw.text
    assert "一、主要工作\n" in raw.text and "\n二、存在问题" in raw.text


@pytest.mark.parametrize("content", [b"\xff\xfe\x41", b"\xef\xbb\xbf" + "上半年".encode("gbk"), b"\x81"])
def test_bytes_that_are_no_text_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(TrackerUserError) as caught:
        read_file(path)
    assert caught.value.code in ("read.undecodable", "read.binary")


def test_docx_tables_keep_their_place_among_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("一、上半年工作")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "高新技术企业", "320家"
    document.add_paragraph("二、下半年工作打算")
    path = tmp_path / "report.docx"
    document.save(path)
    text = read_file(path).text
    assert text.index("320家") < text.index("下半年工作打算")


def test_html_tables_become_rows_whose_header_is_read(tmp_path: Path) -> None:
    from tracker.extract.tables import column_zones

    page = tmp_path / "t.html"
    page.write_text("<html><body><p>工作进展</p><table><tr><th>序号</th><th>工作任务</th><th>完成情况</th></tr>"
                    "<tr><td>1</td><td>高新技术企业总量达到160家</td><td>新认定高新技术企业61家</td></tr></table>"
                    "</body></html>", encoding="utf-8")
    text = read_file(page).text
    assert "| 序号 | 工作任务 | 完成情况 |" in text
    roles = [(text[z.start:z.end].strip(), z.role) for z in column_zones(text)]
    assert roles == [("高新技术企业总量达到160家", "planned"), ("新认定高新技术企业61家", "achieved")]


def test_a_mirror_sites_pinyin_glosses_are_page_furniture(tmp_path: Path) -> None:
    from tracker.extract.readers import cleaned_offset

    raw = "2003年一季度鄞州區(qū)高新技術(shù)產(chǎn)業(yè)預(yù)計(jì)全年可實(shí)現(xiàn)11億元(AI)。"
    path = tmp_path / "news.txt"
    path.write_text(raw, encoding="utf-8")
    text = read_file(path).text
    assert text == "2003年一季度鄞州區高新技術產業預計全年可實現11億元(AI)。"
    assert text[cleaned_offset(raw, raw.index("11億元")):].startswith("11億元")


def test_a_path_is_shown_from_the_working_folder_when_inside_it(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert shown_path(tmp_path / "docs" / "a.txt") == "a.txt"
    assert shown_path(Path("../docs/b.txt")) == "b.txt"
    assert shown_path(tmp_path / "c.txt") == f"{tmp_path}/c.txt"  # outside: as given


def test_a_folders_real_path_is_read_once_a_batch_and_afresh_the_next(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.extract.readers import forget_folders, shown_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "docs").symlink_to(tmp_path / "a")
    forget_folders()
    assert shown_path(Path("docs") / "x.txt") == "a/x.txt"
    (tmp_path / "docs").unlink()
    (tmp_path / "docs").symlink_to(tmp_path / "b")
    assert shown_path(Path("docs") / "x.txt") == "a/x.txt", "within one batch: resolved once"
    forget_folders()
    assert shown_path(Path("docs") / "x.txt") == "b/x.txt"


def test_a_path_is_shown_from_the_working_folder_however_it_is_named(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    monkeypatch.chdir(folder)
    forget_folders()
    assert shown_path(folder) == "."  # the working folder named by its full path
    assert shown_path(folder / "a.txt") == shown_path(Path("a.txt")) == "a.txt"
    monkeypatch.chdir(tmp_path)
    forget_folders()
    gbk = os.fsdecode("营口.txt".encode("gbk"))  # a name in GBK bytes inside a folder named in UTF-8
    assert shown_path(Path("材料") / gbk) == "材料/营口.txt"
    assert shown_path(tmp_path.parent / "elsewhere.txt") == (tmp_path.parent / "elsewhere.txt").as_posix()
