"""Render the first page of each report format as a PNG for docs/reports.md.

    .venv/bin/python docs/reports/pages.py

Needs LibreOffice (soffice) and poppler's pdftoppm: the Word, Excel and
Markdown files are converted to PDF by LibreOffice, the HTML page by
Chromium when it is installed (LibreOffice does not draw inline SVG).
The reports are the seeds' yk22 plan for 2022Q2, written by `tracker report`
in a scratch copy of the repository's data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, env=os.environ | {"SAL_DISABLE_JAVALDX": "1"})


def to_pdf(path: Path, work: Path) -> Path:
    """A report file as PDF: LibreOffice for office files and text, Chromium for the HTML page."""
    if path.suffix == ".html" and shutil.which("chromium"):
        pdf = path.with_suffix(".html.pdf")
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer", path.as_uri(), cwd=work)
        return pdf
    source = path
    if path.suffix == ".md":  # LibreOffice opens Markdown as the plain text it is
        source = path.with_suffix(".md.txt")
        shutil.copy(path, source)
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(source), cwd=work)
    return source.with_suffix(".pdf")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        shutil.copy(ROOT / "targets.yaml", work / "targets.yaml")
        for fmt in ("docx", "xlsx", "md", "html"):
            run(sys.executable, "-m", "tracker", "report", "--quarter", "2022Q2", "--plan", "yk22", "--format", fmt,
                cwd=work)
            pdf = to_pdf(work / "reports" / f"yk22-2022Q2.{fmt}", work)
            page = 2 if fmt == "xlsx" else 1  # the ledger's first page is its summary; the second, the plan's rows
            run("pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                str(HERE / fmt), cwd=work)
            print(HERE / f"{fmt}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
