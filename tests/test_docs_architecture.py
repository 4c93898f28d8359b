"""docs/architecture.md stays true to the code: every module of tracker is named in it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"


def named_in(text: str) -> set[str]:
    """Every word written in backticks (`store/`, `report.word`, `child.py` give store, report, word, child, py)."""
    return {word for quoted in re.findall(r"`([^`]+)`", text) for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", quoted)}


def rows_of(text: str) -> dict[str, str]:
    """The modules table: each row's text by the package or module its first cell names (`store/`, `child.py`;
    several rows of one package, as config's, are joined)."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            for name in re.findall(r"`([^`]+)`", first):
                key = name.split("/")[0] if "/" in name else name.removesuffix(".py")
                rows[key] = rows.get(key, "") + line
    return rows


def test_every_module_is_named_in_the_row_of_its_package() -> None:
    rows = rows_of((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"))
    missing = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if path.stem == "__main__" or relative == Path("__init__.py") or "versions" in relative.parts:  # revisions: docs/migrations.md
            continue
        top = relative.parts[0].removesuffix(".py")
        name = path.stem if path.stem != "__init__" else path.parent.name
        if top not in rows or (name != top and name not in named_in(rows[top])):
            missing.append(relative.as_posix())
    assert sorted(missing) == []


def test_every_layer_of_the_contract_is_in_the_stack_it_describes() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    stack = next(line for line in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith("Dependencies point down"))
    for layer in layers:
        for name in layer.split("|"):
            assert f"`{name.strip().removeprefix('tracker.')}`" in stack, name
