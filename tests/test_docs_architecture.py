"""docs/architecture.md stays true to the code: every module of tracker is named in it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"


def named_in(text: str) -> set[str]:
    """Every word written in backticks (`store/`, `report.word`, `child.py` give store, report, word, child, py)."""
    return {word for quoted in re.findall(r"`([^`]+)`", text) for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", quoted)}


def test_every_module_is_named() -> None:
    named = named_in((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"))
    modules = {p.stem if p.stem != "__init__" else p.parent.name for p in PACKAGE.rglob("*.py")
               if p.parent.name != "versions"} - {"__main__"}  # revisions are listed in docs/migrations.md
    assert sorted(modules - named) == []


def test_every_layer_of_the_contract_is_in_the_stack_it_describes() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    stack = next(line for line in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith("Dependencies point down"))
    for layer in layers:
        for name in layer.split("|"):
            assert f"`{name.strip().removeprefix('tracker.')}`" in stack, name
