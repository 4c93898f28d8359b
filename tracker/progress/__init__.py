"""Progress as of a date: completion, expectation, gap, status, roll-ups."""
