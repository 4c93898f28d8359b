"""Figures to targets: candidates, scores, roles, and people's review decisions."""
