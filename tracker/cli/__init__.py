"""The command line: `commands` (`main`: arguments, dispatch, the small commands), one module per family of
commands (`progress`: status, documents, review; `report`), `common` (exit codes, diagnostics, shared options),
and what they print (`console` tables, `jsonout` shapes)."""

from tracker.cli.commands import asked_lang, main

__all__ = ["asked_lang", "main"]
