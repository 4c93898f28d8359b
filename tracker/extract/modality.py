"""A figure's modality: achieved, planned, proposed or forecast, from the cues around it and the document it is in.

`ModalityReader` is the half of the figure reader that reads cues; like `PeriodReader` it reads the landmarks
and document facts the reader holds (`text`, `ctx`, `is_plan`, `column`, `in_region`, `figure_starts`, …).
"""

from __future__ import annotations

from bisect import bisect_left

from tracker.extract import rules
from tracker.extract.context import Span, TextContext
from tracker.model.figure import PROMISED, Figure, Modality
from tracker.quantity import Dimension, Quantity

_TASK_START = frozenset("的任目")


class ModalityReader:
    """Reads a figure's modality; mixed into the figure reader."""

    text: str
    ctx: TextContext
    is_plan: bool
    is_task_table: bool
    column: str | None
    in_region: bool
    next_start: int
    figure_starts: list[int]
    promises: list[int]
    promise_set: frozenset[int]
    promise_kinds: dict[int, Modality]

    def modality(self, q: Quantity, previous: Figure | None, clause: tuple[int, int],
                 sentence: tuple[int, int], same_sentence: bool) -> tuple[Modality, bool]:
        """The figure's modality, and whether a cue of its own decided it.

        Proposed where a step toward a result is named, planned in a plan or
        after a promise. Cues are read from the figure's own stretch of its
        clause (since the figure before it); a figure in a list with no cue of
        its own shares the one before (a percentage, a ratio, does not).
        """
        previous_end = previous.quantity.end if previous is not None else -1
        listed = clause[0] < previous_end <= q.start
        own_start = previous_end if listed else clause[0]
        before, after = self.own_cues(q, own_start, clause)
        own = before is not None or after is not None
        return ((self.by_own_cue(before, after, own) if own or self.column is not None else None)
                or self.by_neighbour(q, previous if listed else None, previous, own, own_start, same_sentence)
                or self.by_context(q, before, after, own, own_start, sentence))

    def own_cues(self, q: Quantity, own_start: int, clause: tuple[int, int]) -> tuple[Modality | None, Modality | None]:
        """The cue in the figure's own stretch before it, and the one after it in its item (or its list's)."""
        starts = self.ctx.cue_starts  # spans_between inlined: this runs for every figure, and most have no cue
        i, j = bisect_left(starts, own_start), bisect_left(starts, q.start)
        before = self.cue([span for span in self.ctx.cues[i:j] if span.end <= q.start]) if i != j else None
        end = clause[1] if clause[1] < self.next_start else self.next_start
        comma = self.text.find("、", q.end, end)  # the figure's own item ends at 、 (inlined: read per figure)
        after = self.ctx.after_cue(q.end, comma if comma >= 0 else end)
        if after is None and before is None and comma >= 0 and self.next_start < clause[1]:
            after = self.list_cue(q, clause)
        return before, after

    def by_own_cue(self, before: Modality | None, after: Modality | None, own: bool) -> tuple[Modality, bool] | None:
        """A task or completion column, or a step named (申报) — and what became of it (获批)."""
        if self.column == "planned" and before is not Modality.PROPOSED:
            return Modality.PLANNED, True  # a task or target column: what was to be done
        if before is Modality.PROPOSED and after is Modality.ACHIEVED:
            return Modality.ACHIEVED, own
        if self.is_plan and Modality.PROPOSED in (before, after):
            return Modality.PLANNED, True  # in a plan, 申报 is a target too (推动130家企业申报高新技术企业)
        if Modality.PROPOSED in (before, after):
            return Modality.PROPOSED, own
        if self.column == "achieved" and before not in PROMISED:
            return Modality.ACHIEVED, True  # a completion column's cell, even after a list of targets (≥3次 then 3)
        return None

    def by_neighbour(self, q: Quantity, listed: Figure | None, previous: Figure | None, own: bool, own_start: int,
                     same_sentence: bool) -> tuple[Modality, bool] | None:
        """A list item with no cue of its own shares the one before; money sought by an application is part of it."""
        if listed is not None and not own and q.dimension is not Dimension.PERCENT \
                and not self.new_verb(own_start, q.start):
            return listed.modality, own
        if same_sentence and previous.modality is Modality.PROPOSED \
                and not own and rules.SEEKING.search(self.text, own_start, q.start) \
                and any(span.kind is Modality.PROPOSED for span in self.ctx.spans_between(self.ctx.cues, previous.end, q.start)):  # type: ignore[union-attr]
            return Modality.PROPOSED, True  # …公司申报…项目，争取资金20万元: what the application just named asks for
        return None

    def by_context(self, q: Quantity, before: Modality | None, after: Modality | None, own: bool, own_start: int,
                   sentence: tuple[int, int]) -> tuple[Modality, bool]:
        """A target label, a completion column, a task table, a plan, a promise in the sentence, else a result."""
        if self.is_target(q, own_start):
            return Modality.PLANNED, True
        if self.column == "achieved":
            return (before if before in PROMISED else Modality.ACHIEVED), True
        if self.is_task_table and not rules.RESULT_MARKER.search(self.text, sentence[0], q.start):
            return Modality.PLANNED, own  # a table of tasks with no completion column: its figures are targets
        if self.is_plan or self.in_region:
            if before is Modality.ACHIEVED and self.done_already(sentence[0], q.start):
                return Modality.ACHIEVED, own  # 一季度已提前完成500万美元…任务: done already, even in a plan
            return Modality.PLANNED, own
        if before in PROMISED:
            return before, own  # type: ignore[return-value]
        promise = self.promised_between(sentence[0], own_start)
        if promise and not rules.RESULT_MARKER.search(self.text, own_start, q.start) and (
                promise is not Modality.FORECAST
                or self.promised_between(self.after_semicolon(sentence[0], own_start), own_start)):
            return promise, own  # a forecast (预计增长11%；技术合同3.89亿元) reaches no further than its ；
        return (before or after or Modality.ACHIEVED), own

    def after_semicolon(self, start: int, end: int) -> int:
        """Where the last ；-delimited stretch before `end` (and from `start`) begins."""
        return max(start, self.text.rfind("；", start, end) + 1, self.text.rfind(";", start, end) + 1)

    def list_cue(self, q: Quantity, clause: tuple[int, int]) -> Modality | None:
        """A cue after the last item of a 、 list governs every item (组织8个特派团、4个特派组进行网上申报).

        Called only for a figure with no cue of its own, a 、 after it and another figure in its clause.
        """
        i = bisect_left(self.figure_starts, q.end)
        last = i
        while last < len(self.figure_starts) and self.figure_starts[last] < clause[1]:
            last += 1
        if last == i or "、" not in self.text[q.end:self.figure_starts[i]]:
            return None  # no later item in this clause, or not a list
        return self.ctx.after_cue(self.figure_starts[last - 1], clause[1])

    def new_verb(self, start: int, end: int) -> bool:
        """True when a verb that starts a statement of its own (争取, 举办, 印发 …) stands in [start, end)
        (not one naming a programme: 人才引进计划)."""
        verb = rules.NEW_STATEMENT.search(self.text, start, end)
        while verb is not None and rules.RESULT_AS_NOUN.match(self.text, verb.end()):
            verb = rules.NEW_STATEMENT.search(self.text, verb.end(), end)
        return verb is not None

    def labels(self, label_end: int, figure_start: int) -> bool:
        """True when a target label ending at `label_end` names the figure at `figure_start`."""
        between = self.text[label_end:figure_start]
        return len(between) <= rules.TARGET_REACH and "的" not in between

    def is_target(self, q: Quantity, own_start: int) -> bool:
        """A figure labelled as a target before it in its own stretch (全年目标为新增…45家, 目标是到2025年…达到1000家).

        A figure after 的 is a ratio to the target (完成全年目标（520家）的79.2%), not the target.
        """
        if q.end < len(self.text) and self.text[q.end] in _TASK_START and rules.TARGET_AFTER.match(self.text, q.end) \
                and rules.YEAR_TASK.search(self.text, max(0, q.start - 6), q.start):
            return True  # 完成全年170家任务的71.8%: the year's task
        if rules.TARGET_WORD.search(self.text, own_start, q.start) is None:
            return False
        window = self.text[own_start:q.start]
        labels = list(rules.TARGET_LABEL.finditer(window))
        label = labels[-1] if labels else None
        return label is not None and "的" not in window[label.end():]

    def cue(self, spans: list[Span]) -> Modality | None:
        """The strongest cue: a step toward a result, then a promise, then a result; a promise to take a step
        (力争申报35家, 拟组织申报) is a promise."""
        best = None
        for span in spans:
            if span.kind is Modality.PROPOSED:
                return Modality.PLANNED if best is Modality.PLANNED else Modality.PROPOSED
            if span.kind in PROMISED:
                if span.start in self.promise_set:
                    best = span.kind
            elif best is None:
                best = Modality.ACHIEVED
        return best

    def find_promises(self) -> list[int]:
        """Where promises are made; 将 in its 把-sense (将项目分为两类) or in 现将…总结如下 is none."""
        found = []
        leads = [m.span() for m in rules.SUMMARY_LEAD.finditer(self.text)]
        for span in self.ctx.cues:
            if span.kind not in PROMISED or any(a <= span.start < b for a, b in leads):
                continue
            if self.text[span.start] == "将" and span.end - span.start == 1:
                clause_end = self.ctx.clause(span.start, span.end)[1]
                if rules.WILL_AS_BA.search(self.text, span.end, clause_end):
                    continue
            found.append(span.start)
            self.promise_kinds[span.start] = span.kind
        return found

    def done_already(self, start: int, end: int) -> bool:
        """An 已 in [start, end) with no promise after it: what follows in its sentence is done (全县已开工建设农村公路
        220多公里，建成45公里，完成投资3000多万元)."""
        marks = [m for m in rules.DONE_ALREADY.finditer(self.text, start, end)
                 if rules.LEX.drafting.attribute_marker not in self.text[m.end():end]]  # 推动已签约的12个项目落地: what is
        return bool(marks) and self.promised_between(marks[-1].end(), end) is None  # signed describes, not reports

    def promised_between(self, start: int, end: int) -> Modality | None:
        """The first promise (or forecast) made in [start, end), if any."""
        i = bisect_left(self.promises, start)
        if i < len(self.promises) and self.promises[i] < end:
            return self.promise_kinds[self.promises[i]]
        return None
