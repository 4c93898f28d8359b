"""LibreOffice opens both office files and converts them to PDF; the Word report's PDF carries Chinese text
in a CJK font, not boxes. Runs where LibreOffice (soffice) and poppler's pdffonts/pdftotext are installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.report.conftest import QUARTER
from tracker.report import ledger, word
from tracker.report.quarter import Quarter

JAVA = "failed to launch javaldx"
"""LibreOffice's launcher says so when no Java runtime is installed, whatever the file: not about the file."""

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdffonts")),
                                reason="LibreOffice and poppler-utils are not installed")


FILES = {"report.docx": word, "ledger.xlsx": ledger}
"""The 2022Q2 report's office files (names of their own: each PDF is named by its file's stem)."""
LATER = "later.docx"
"""The 2022Q3 report's Word file (its tables hold 严重滞后)."""


@pytest.fixture(scope="module")
def converted(bundled, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Every office file the tests look at, converted to PDF by one LibreOffice run, and what it said.

    Each run starts the office anew (about 1.5 s of CPU and 2.5 s of the clock): one run for the three files
    instead of one each. What is given up: a complaint LibreOffice writes fails every test of the run, not only
    the one of its file (its message, which names the file, is in each failure)."""
    folder = tmp_path_factory.mktemp("libreoffice")
    for name, writer in FILES.items():
        (folder / name).write_bytes(writer.render(bundled(QUARTER, "yk22")))
    (folder / LATER).write_bytes(word.render(bundled(Quarter(2022, 3), "yk22")))
    environment = os.environ | {"SAL_DISABLE_JAVALDX": "1"}
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                           "--convert-to", "pdf", "--outdir", str(folder),
                           *(str(folder / name) for name in [*FILES, LATER])],
                          capture_output=True, text=True, timeout=180, env=environment, check=False)
    return folder, done


@pytest.mark.parametrize("name", list(FILES))
def test_libreoffice_converts_it_without_a_word_of_complaint(converted, name: str) -> None:
    folder, done = converted
    pdf = (folder / name).with_suffix(".pdf")
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, done.stdout + done.stderr
    complaints = [line for line in done.stderr.splitlines() if line.strip() and JAVA not in line]
    assert complaints == [], done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "营口市科技工作2022年第二季度进展情况" in text.replace(" ", "")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(name in fonts for name in ("CJK", "Song", "Hei", "Kai", "Fang", "Ming")), fonts


BROKEN = re.compile(r"严重滞(?!后)|暂无数(?!据)|正常推(?!进)|已完(?!成)|序时进(?!度)|较上季(?!度)")
"""A status word or a column label cut at the end of a line (严重滞/后)."""


def test_no_word_of_the_word_tables_is_broken_across_lines(converted) -> None:
    folder, done = converted
    pdf = (folder / LATER).with_suffix(".pdf")
    assert done.returncode == 0 and pdf.exists(), done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.replace(" ", "") for line in text.splitlines()]
    assert sum(line.count("严重滞后") for line in lines) >= 4, "the Q3 report's tables hold 严重滞后"
    assert [line for line in lines if BROKEN.search(line)] == []
