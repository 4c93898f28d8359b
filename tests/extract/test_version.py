"""The extractor's version (tracker/extract/version.py): a digest that changes with the code, the package
version and the lexicon in force, so stored figures are re-read when any of them changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import tracker
from tracker import lexicon as lexicon_module
from tracker.extract import version
from tracker.extract.version import extractor_version


@pytest.fixture
def fresh() -> Iterator[None]:
    """Caches emptied before and after, so a changed input is read and later tests see the real version."""
    extractor_version.cache_clear()
    lexicon_module.digest.cache_clear()
    yield
    extractor_version.cache_clear()
    lexicon_module.digest.cache_clear()


def test_the_version_is_a_short_stable_digest(fresh: None) -> None:
    first = extractor_version()
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    extractor_version.cache_clear()
    assert extractor_version() == first  # the same code and lexicon give the same version


def test_a_new_release_changes_it(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    before = extractor_version()
    monkeypatch.setattr(tracker, "__version__", tracker.__version__ + ".post1")
    extractor_version.cache_clear()
    assert extractor_version() != before


def test_a_bureaus_own_lexicon_changes_it(fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = extractor_version()
    own = tmp_path / "lexicon.yaml"
    own.write_text(lexicon_module.DEFAULT.read_text(encoding="utf-8") + "# 本局补充\n", encoding="utf-8")
    monkeypatch.setenv(lexicon_module.ENV, str(own))
    lexicon_module.digest.cache_clear()
    extractor_version.cache_clear()
    assert extractor_version() != before


def test_it_changes_with_the_code_that_reads_figures_and_only_with_it(fresh: None, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "tracker"
    for name in ("__init__.py", "quantity.py", "extract/engine.py", "model/figure.py", "lexicon/__init__.py",
                 "report/markdown.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(f"# {name}\n", encoding="utf-8")
    monkeypatch.setattr(tracker, "__file__", str(package / "__init__.py"))

    def version_after(edit: str | None = None) -> str:
        if edit:
            (package / edit).write_text((package / edit).read_text(encoding="utf-8") + "x = 1\n", encoding="utf-8")
        extractor_version.cache_clear()
        return extractor_version()

    first = version_after()
    assert version_after("report/markdown.py") == first  # a report writer reads no figure
    changed = [version_after(edit) for edit in ("quantity.py", "extract/engine.py", "model/figure.py",
                                                "lexicon/__init__.py")]
    assert len({first, *changed}) == 5


def test_it_digests_the_extraction_code_without_importing_the_engine() -> None:
    source = Path(version.__file__).read_text(encoding="utf-8")
    assert re.findall(r"^(?:from|import) (tracker\S*)", source, re.M) == ["tracker", "tracker.lexicon"]
