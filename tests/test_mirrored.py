"""Every module of the core has its own tests at the mirrored path: tracker/a/b.py → tests/a/test_b.py."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"
SHELLS = ("cli", "tui", "entry.py")
"""The command line and the app: tested through what they show (tests/cli, tests/tui), not file by file."""


def mirrored(module: Path) -> Path:
    relative = module.relative_to(PACKAGE)
    return ROOT / "tests" / relative.parent / f"test_{relative.stem}.py"


def test_every_core_module_has_its_test_file() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if p.stem not in ("__init__", "__main__")
            and p.relative_to(PACKAGE).parts[0] not in SHELLS
            and "migrations" not in p.parts]  # Alembic's env.py and revisions: tests/store/test_migrations.py
    assert len(core) > 70
    assert sorted(str(p.relative_to(ROOT)) for p in core if not mirrored(p).exists()) == []
