"""User mistakes as values (Diagnostic, RowProblem) and the two exceptions the CLI knows how to show."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from tracker.i18n import Lang, quoted, translate
from tracker.safe_text import safe_text

PARAM_LIMIT = 300
"""The most characters of one value a problem's message quotes: paths and reasons fit, a 5,000-digit period or a
pasted document does not, and the message stays one line a person can read."""


def bounded(params: dict[str, str]) -> dict[str, str]:
    """The parameters, each value cut to PARAM_LIMIT characters (with …)."""
    return {name: value[:PARAM_LIMIT] + "…" if isinstance(value, str) and len(value) > PARAM_LIMIT else value
            for name, value in params.items()}


class Severity(StrEnum):
    """How bad a diagnostic is: errors stop a load, warnings only inform."""

    ERROR = "error"
    WARNING = "warning"


class Diagnostic(BaseModel):
    """One problem in a user's file, at a 1-based line and column.

    The message is kept as a catalogue code and its parameters, so the same
    diagnostic can be shown in Chinese or English.
    """

    model_config = ConfigDict(frozen=True)

    path: str
    """The file, as the user named it."""
    line: int | None = None
    """1-based line, or None when the problem is about the whole file."""
    col: int | None = None
    """1-based column."""
    code: str
    """Key into the message catalogue (`tracker.i18n`)."""
    params: dict[str, str] = {}
    """Values substituted into the message."""
    severity: Severity = Severity.ERROR

    def message(self, lang: Lang = "en") -> str:
        """The plain-words message in the given language."""
        return translate(self.code, lang, **bounded(self.params))

    def render(self, lang: Lang = "en") -> str:
        """`path:line:col: message`, the form editors can jump to; one line, safe to show in a terminal (a file
        name or a value quoted in the message may hold anything)."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        prefix = "" if self.severity is Severity.ERROR else translate("severity.warning", lang)
        return safe_text(f"{where}: {prefix}{self.message(lang)}")


class RowProblem(Diagnostic):
    """A stored row that no longer reads as what it stores, skipped: a value that is no quantity or does not fit its
    target, a bad date, an unknown action, a control character. Shown in one line, never fatal.

    `path` names the table and the row; `code` and `params` say what is wrong, with the same codes as a file's
    problems.
    """

    table: str
    row: int | None = None
    """The row's id, when the problem was found reading the row."""
    target: str = "?"
    """The target the row is about, as stored."""

    @classmethod
    def of(cls, table: str, row: object, target: object, code: str, params: dict[str, str],
           ref: str | None = None) -> RowProblem:
        """The problem of a row of `table` (its id, or the ref of the decision it holds), every value quoted."""
        ident = row if isinstance(row, int) else None
        where = " ".join(filter(None, (table, f"#{ident}" if ident is not None else None, ref and quoted(ref))))
        return cls(path=where, table=table, row=ident, target=quoted(str(target)) if target is not None else "?",
                   code=code, params={name: quoted(value) for name, value in params.items()})

    def message(self, lang: Lang = "en") -> str:
        """What is wrong, and that the row was skipped."""
        return translate("store.skipped_row", lang, target=self.target, reason=super().message(lang))


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    """True when any diagnostic is an error (warnings do not count)."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


class TrackerUserError(Exception):
    """A mistake the user can fix; shown as one clean line, never a traceback."""

    def __init__(self, code: str, cause: TrackerUserError | None = None, **params: str) -> None:
        """`cause`, when given, is rendered into the message's {reason} in the same language."""
        self.code, self.cause, self.params = code, cause, params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        """The message in the given language, one line safe to show in a terminal (its values may come from
        a file name, a document or an argument)."""
        reason = {"reason": self.cause.message(lang)} if self.cause else {}
        return safe_text(translate(self.code, lang, **reason, **bounded(self.params)))


class TrackerInternalError(Exception):
    """A bug in tracker itself, not in the user's input."""
