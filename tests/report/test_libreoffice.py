"""LibreOffice opens both office files and converts them to PDF; the Word report's PDF carries Chinese text
in a CJK font, not boxes. Runs where LibreOffice (soffice) and poppler's pdffonts/pdftotext are installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tracker.report import ledger, word

JAVA = "failed to launch javaldx"
"""LibreOffice's launcher says so when no Java runtime is installed, whatever the file: not about the file."""

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdffonts")),
                                reason="LibreOffice and poppler-utils are not installed")


def convert(path: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    environment = os.environ | {"SAL_DISABLE_JAVALDX": "1"}
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{path.parent}/profile",
                           "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                          capture_output=True, text=True, timeout=180, env=environment, check=False)
    return path.with_suffix(".pdf"), done


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_libreoffice_converts_it_without_a_word_of_complaint(report, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"report.{fmt}"
    path.write_bytes((word if fmt == "docx" else ledger).render(report))
    pdf, done = convert(path)
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, done.stdout + done.stderr
    complaints = [line for line in done.stderr.splitlines() if line.strip() and JAVA not in line]
    assert complaints == [], done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "营口市科技工作2022年第二季度进展情况" in text.replace(" ", "")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(name in fonts for name in ("CJK", "Song", "Hei", "Kai", "Fang", "Ming")), fonts


BROKEN = re.compile(r"严重滞(?!后)|暂无数(?!据)|正常推(?!进)|已完(?!成)|序时进(?!度)|较上季(?!度)")
"""A status word or a column label cut at the end of a line (严重滞/后)."""


def test_no_word_of_the_word_tables_is_broken_across_lines(later, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(word.render(later))
    pdf, done = convert(path)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.replace(" ", "") for line in text.splitlines()]
    assert sum(line.count("严重滞后") for line in lines) >= 4, "the Q3 report's tables hold 严重滞后"
    assert [line for line in lines if BROKEN.search(line)] == []
