"""The shape of a hostile case, and what every case must show.

A case is a folder as a user would have it (targets.yaml, seeds/ with the
bundled documents) with one hostile thing put in it, and a command line to
run there. Every case must keep the promise of issue 13: the expected exit
status, one line on stderr naming the file (and line:col where there is
one), no traceback, no "internal error", within 20 s and 1 GB; and where the
hostile thing is a document, the other documents' figures still in status.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.runner import MEMORY_LIMIT, TIME_LIMIT, Outcome, Run

ROOT = Path(__file__).resolve().parents[2]
STATUS = ("status", "--json", "--as-of", "2025-12-31")

Setup = Callable[[Path], None]

SMALL = ("weihai-2024-11-press.txt", "weihai-2025-plan.txt", "yingkou-2022-h1.txt")
"""The bundled documents most cases sit beside: the two plans targets.yaml cites and a press text whose figures
reach 14 targets (the two long summaries are left out to keep each case fast)."""


def _small_manifest() -> str:
    """The bundled manifest's entries for the SMALL documents."""
    text = (ROOT / "seeds" / "manifest.yaml").read_text(encoding="utf-8")
    head, *entries = text.split("\n  - file: ")
    return "\n  - file: ".join([head, *(e for e in entries if e.split("\n", 1)[0].strip() in SMALL)])


@dataclass
class Case:
    """One hostile input and the command that meets it."""

    name: str
    setup: Setup
    argv: tuple[str, ...] = STATUS
    names: tuple[str, ...] = ()
    """What the one line must name (a file, `file:line:col`)."""
    place: bool = False
    """The line must carry a line:col."""
    code: int = 2
    lines: int | None = 1
    """How many lines stderr must hold (None: at least one)."""
    figures_kept: bool = False
    """The other documents' figures must be in `tracker status --json` as without the hostile thing."""
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = TIME_LIMIT
    small: bool = True
    """Beside one bundled document (fast) rather than all of them."""
    says: str = ""
    """Words the line must hold: the message of this input's own kind (English, as the cases run)."""

    def run(self, base: Path) -> Run:
        """Make the case's folder under `base` and the run for it."""
        folder = base / self.name
        if self.small:
            (folder / "seeds").mkdir(parents=True)
            for name in SMALL:
                shutil.copy(ROOT / "seeds" / name, folder / "seeds" / name)
            (folder / "seeds" / "manifest.yaml").write_text(_small_manifest(), encoding="utf-8")
        else:
            shutil.copytree(ROOT / "seeds", folder / "seeds")
        shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
        self.setup(folder)
        return Run(self.argv, folder, {"TRACKER_LANG": "en", **self.env}, self.timeout)


def progress_of(status_json: str) -> dict[str, tuple]:
    """Each target's actual value, status and evidence, from `tracker status --json`."""
    data = json.loads(status_json)
    return {t["id"]: (t["actual"], t["status"], sorted(e["ref"] for e in t["evidence"])) for t in data["targets"]}


_PLACE = re.compile(r":\d+:\d+: ")
_LEAKS = ("Traceback", "internal error", "内部错误", "please report", "请报告", "not enough memory", "内存不足",
          "\x1b", "\x07", "\x9b", "\x9d", "\x90", "\u202e")
"""Never in any output: a traceback, the bug line, a bug met on one file, memory that ran out (each hostile input
has its own message before that), or a control sequence a terminal would act on."""


def check(case: Case, outcome: Outcome, baseline: dict[str, tuple] | None = None) -> None:
    """Assert the promise for one case."""
    said = f"{case.name}: exit {outcome.code}, {outcome.seconds:.1f} s, stderr {outcome.err[-600:]!r}"
    assert outcome.code == case.code, said
    assert outcome.seconds < TIME_LIMIT, said
    assert outcome.peak_mb < MEMORY_LIMIT >> 20, said
    for leak in _LEAKS:
        assert leak not in outcome.err and leak not in outcome.out, said
    lines = outcome.lines
    if case.lines is not None:
        assert len(lines) == case.lines, said
    if case.names:
        assert any(all(name in line for name in case.names) and case.says in line for line in lines), said
    if case.place:
        assert any(_PLACE.search(line) for line in lines), said
    if case.figures_kept:
        assert baseline is not None
        assert progress_of(outcome.out) == baseline, said


def put(name: str, data: bytes) -> Setup:
    """A setup that puts a file of these bytes into seeds/."""

    def setup(folder: Path) -> None:
        (folder / "seeds" / name).write_bytes(data)

    return setup


def write(name: str, text: str) -> Setup:
    """A setup that writes a file (relative to the case's folder) with this text."""

    def setup(folder: Path) -> None:
        (folder / name).write_text(text, encoding="utf-8")

    return setup
