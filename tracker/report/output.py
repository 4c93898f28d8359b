"""Where a report is written and in which format: a file named after its plans and quarter, never over
another file unless asked, never outside the chosen folder, written atomically."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.config.atomic import write_atomic
from tracker.errors import TrackerUserError
from tracker.report.content import QuarterReport
from tracker.report.quarter import Quarter

FORMATS = ("docx", "xlsx", "md", "html")
DEFAULT_FOLDER = Path("reports")


def render(report: QuarterReport, fmt: str) -> str | bytes:
    """The report in one format (each writer imported only when asked for)."""
    if fmt == "docx":
        from tracker.report import word

        return word.render(report)
    if fmt == "xlsx":
        from tracker.report import ledger

        return ledger.render(report)
    if fmt == "md":
        from tracker.report import markdown

        return markdown.render(report)
    from tracker.report import html

    return html.render(report)


def destination(out: Path | None, plans: list[str], quarter: Quarter, fmt: str, force: bool = False) -> Path:
    """The file to write: `out` itself, or the report's own name (yk22-2022Q2.md) in `out` when it is a folder
    (one that exists, or a name with no extension), or in reports/ without it.

    Raises:
        TrackerUserError: when the file exists (and `force` is not set), or its real path (links followed) is
            outside the folder chosen for it.
    """
    name = f"{'-'.join(plans)}-{quarter}.{fmt}"
    if out is None:
        folder, path = DEFAULT_FOLDER, DEFAULT_FOLDER / name
    elif out.is_dir() or not out.suffix:  # reports/ or reports: a folder, made if need be
        folder, path = out, out / name
    else:
        folder, path = out.parent, out
        if path.suffix.lower() != f".{fmt}":
            raise TrackerUserError("report.suffix", path=str(path), format=fmt)
    return checked(path, folder, force)


def checked(path: Path, folder: Path, force: bool) -> Path:
    """The path, when its real path (links followed) is inside `folder` and it does not exist (or `force`).

    Raises:
        TrackerUserError: report.outside, report.exists.
    """
    # realpath, unlike resolve(), does not raise on a loop of links: the writer refuses that in its own words
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder)):
        raise TrackerUserError("report.outside", path=str(path), folder=str(folder))
    if path.exists() and not force:
        raise TrackerUserError("report.exists", path=str(path))
    return path


def write(report: QuarterReport, fmt: str, path: Path) -> None:
    """Render and write atomically, creating the folder if needed."""
    write_bytes(render(report, fmt), path)


def write_bytes(data: str | bytes, path: Path) -> None:
    """Write a rendered file atomically, creating the folder if needed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TrackerUserError("file.write_failed", reason=f"{path.parent}: {error.strerror or error}") from None
    write_atomic(path, data)
