"""What the review queue shows of one match: the figure as the document wrote it, its sentence, document, period,
place and reasons, and the definition of the target it was matched to."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from tracker.display import amount_text, as_written, evidence_amount, goal_amount
from tracker.i18n import Lang, colon, translate
from tracker.matching.usage import DocumentUse
from tracker.model.evidence import Evidence
from tracker.progress.status import Progress
from tracker.safe_text import safe_text
from tracker.shown import plain


def figure_as_written(progress: Progress, item: Evidence) -> tuple[str, str]:
    """The figure as its document wrote it (183个, 8.95亿元) and, when that reads differently, its value in the
    target's unit and scale (183项); '' when it reads the same. A value by hand has no writing of its own."""
    converted = goal_amount(progress, item.value)
    if item.figure is None:
        return converted or amount_text(item.value, item.unit), ""
    same = evidence_amount(item, progress.target.target)
    return safe_text(as_written(item, progress.target.target)), "" if not converted or converted == same else converted


def document_name(item: Evidence) -> str:
    """A document's short name for a list: its file name without the extension."""
    return safe_text(Path(item.document).stem) if item.document else safe_text(item.source or "")


def _line(text: Text, code: str, value: str | None, lang: Lang) -> None:
    """One `label：value` line, when there is a value (shown as written)."""
    if value:
        text.append(f"{translate(code, lang)}{colon(lang)}", style="dim")
        text.append(f"{safe_text(value)}\n")


def _figure(progress: Progress, item: Evidence, use: DocumentUse | None, quote: Text, lang: Lang) -> Text:
    written, converted = figure_as_written(progress, item)
    text = Text(safe_text(progress.target.title) + "\n", style="bold")
    text.append(written, style="bold cyan")
    if converted:
        text.append(f"  （{translate('tui.review.converted', lang, value=converted)}）", style="cyan")
    text.append(f"  {translate(f'role.{item.role.value}', lang)} · {translate('tui.review.as_of', lang)} "
                f"{item.as_of.isoformat()}\n", style="dim")  # the confidence stands in the list
    text.append_text(quote)
    text.append("\n\n")
    meta = use.document.meta if use is not None else None
    _line(text, "tui.col.document", item.document, lang)
    _line(text, "tui.review.document_title", meta.title if meta else None, lang)
    _line(text, "tui.detail.period", item.period.label if item.period else None, lang)
    _line(text, "col.region", meta.region if meta else None, lang)
    _line(text, "tui.review.why", "；".join(translate(r.code, lang, **r.params) for r in item.reasons), lang)
    return text


def _definition(progress: Progress, lang: Lang) -> Text:
    target = progress.target
    text = Text(f"{translate('tui.detail.definition', lang)}\n", style="bold")
    _line(text, "col.target", target.target.text if target.target else translate(f"kind.{target.kind.value}", lang),
          lang)
    _line(text, "tui.detail.period", progress.period.label, lang)
    _line(text, "tui.detail.due", target.effective_due(progress.plan.period).isoformat(), lang)
    _line(text, "tui.detail.section", target.section, lang)
    _line(text, "tui.detail.owner", target.lead, lang)
    _line(text, "tui.form.field.metric", target.metric, lang)
    _line(text, "tui.detail.quote", target.quote, lang)
    _line(text, "col.id", target.id, lang)
    return text


def match_detail(progress: Progress, item: Evidence, use: DocumentUse | None, quote: Text, lang: Lang) -> Text:
    """The whole detail pane of one match: the figure and where it stands (`quote`: its sentence, the figure
    highlighted), then the target's definition."""
    text = _figure(progress, item, use, quote, lang)
    text.append("\n")
    text.append_text(_definition(progress, lang))
    text.rstrip()
    return text


def empty_detail(lang: Lang) -> Text:
    """The pane when nothing waits for review."""
    return plain(translate("tui.review.empty", lang), style="dim")
