"""Calendar quarters as reports name them: 2025Q2 is April to June 2025."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from tracker.errors import TrackerUserError
from tracker.i18n import Lang, translate
from tracker.model.period import Period, parse_period
from tracker.model.plan import Plan, TargetsFile

QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")
NUMERALS = "一二三四"


class Quarter(NamedTuple):
    year: int
    number: int
    """1 to 4."""

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """2025Q2, 2025q2 or 2025-Q2; anything else is a user mistake that names the expected form."""
        found = QUARTER.match(text)
        if found is None or not 1 <= int(found[1]) <= 9999:
            raise TrackerUserError("report.bad_quarter", value=text)
        return cls(int(found[1]), int(found[2]))

    @classmethod
    def of(cls, day: date) -> Quarter:
        """The quarter a day falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def period(self) -> Period:
        return parse_period(f"{self.year:04d}-Q{self.number}")

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        """The quarter's last day: the as-of date of its report."""
        return self.period.end

    @property
    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def plans_of(self, targets_file: TargetsFile, plan: str | None = None) -> list[Plan]:
        """The plan asked for, else every plan whose period shares a day with the quarter.

        Raises:
            TrackerUserError: when there is none.
        """
        if plan is not None:
            found = targets_file.plan(plan)
            if found is None:
                raise TrackerUserError("targets.unknown_plan", id=plan, known=", ".join(p.id for p in targets_file.plans))
            return [found]
        covering = [p for p in targets_file.plans if p.period.start <= self.end and self.start <= p.period.end]
        if not covering:
            raise TrackerUserError("report.no_plan", quarter=str(self))
        return covering

    def label(self, lang: Lang) -> str:
        """2025年第二季度 / Q2 2025."""
        return translate("report.quarter", lang, year=self.year, number=self.number,
                         numeral=NUMERALS[self.number - 1])

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"


def default_quarter(plans: list[Plan], today: date) -> Quarter:
    """The quarter a report is written for unless one is named: the latest quarter some plan covers that has
    begun by `today` (today's own when a plan covers it, else the last quarter of the latest plan that has
    ended); the first quarter of the earliest plan when every plan lies ahead; today's without plans."""
    current = Quarter.of(today)
    begun = [min(Quarter.of(p.period.end), current) for p in plans if p.period.start <= today]
    if begun:
        return max(begun)
    return min((Quarter.of(p.period.start) for p in plans), default=current)
