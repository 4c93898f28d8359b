"""Evidence grouped by what it says (`statements`): one row, one bar and one decision for words said twice."""

from __future__ import annotations

from datetime import date

from tests.progress.test_status import _evidence
from tracker.model.evidence import Review, Role, statements

JUNE, DEC = date(2022, 6, 30), date(2022, 12, 31)


def test_the_same_words_at_two_places_of_a_document_are_one_statement() -> None:
    twice = [_evidence("400000000", JUNE, start=10), _evidence("400000000", JUNE, start=900)]
    assert statements(twice) == [twice]


def test_anything_that_differs_makes_another_statement_in_order_of_first_mention() -> None:
    first = _evidence("400000000", JUNE, start=10)
    cases = {
        "value": _evidence("500000000", JUNE, start=20),
        "date": _evidence("400000000", DEC, start=30),
        "document": _evidence("400000000", JUNE, document="b.txt", start=40),
        "role": _evidence("400000000", JUNE, role=Role.BASELINE, start=50),
        "review": _evidence("400000000", JUNE, review=Review.PENDING, start=60),
        "words": _evidence("400000000", JUNE, start=70)._replace(quote="另一句话"),
    }
    for what, other in cases.items():
        assert statements([first, other, first._replace(start=80)]) == [[first, first._replace(start=80)], [other]], what
