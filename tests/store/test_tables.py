"""The database tables: which are people's (never derived, never dropped: a change to one needs a migration) and which
are derived from the documents (rebuilt at will), what each row holds, and the rules the database itself keeps (a
figure goes with its document, one row per file, exact decimals as text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import Session, SQLModel, select

from tracker.store import tables
from tracker.store.tables import DecisionRow, DocumentRow, FigureRow, MetaRow, NoteRow, ReportedRow

AT = datetime(2025, 7, 1, 1, 30, tzinfo=UTC)


@pytest.fixture
def engine() -> Iterator[Engine]:
    """Every table in a fresh in-memory SQLite database, with foreign keys enforced as make_engine has them."""
    made = create_engine("sqlite://")
    event.listen(made, "connect", lambda connection, _record: connection.execute("PRAGMA foreign_keys=ON"))
    SQLModel.metadata.create_all(made)
    yield made
    made.dispose()


def columns(table: str) -> dict[str, bool]:
    """Each column of `table` and whether it may be NULL."""
    return {column.name: column.nullable for column in SQLModel.metadata.tables[table].columns}


# People's tables: the columns a database of today's release holds and a migration must keep (name: nullable).
USER_TABLES = {
    "review_decision": {"id": False, "target": False, "action": False, "ref": False, "text": True, "value": True,
                        "as_of": True, "source": True, "note": True, "who": False, "at": False},
    "lag_note": {"id": False, "target": False, "as_of": False, "cause": False, "measures": False, "who": False,
                 "at": False},
    "reported": {"id": False, "plan": False, "quarter": False, "target": False, "as_of": False, "status": False,
                 "completion": True, "actual": True, "at": False},
    "supervision_notice": {"id": False, "unit": False, "issued": False, "as_of": False, "reply_by": False,
                           "targets": False, "file": False, "who": False, "at": False},
}
BOOKKEEPING = {"meta": {"key": False, "value": False}}
"""The derived tables' schema version (made by table creation, outside the migrations)."""
DERIVED_TABLES = {
    "document": {"id", "location", "path", "sha256", "fingerprint", "file_state", "format", "encoding", "text",
                 "title", "issuer", "region", "issued", "kind", "period_start", "period_end", "period_label", "missing",
                 "provenance", "ingested_at", "figures_from", "figures_to"},
    "figure": {"id", "document_id", "start", "end", "text", "value", "upper", "unit", "written_unit", "dimension",
               "qualifier", "subject", "modality", "period_start", "period_end", "period_label", "cumulative",
               "subset", "in_plan", "clause_start", "clause_end", "sentence_start", "sentence_end"},
}


def test_every_table_is_a_peoples_table_or_a_derived_one() -> None:
    assert set(SQLModel.metadata.tables) == set(USER_TABLES) | set(BOOKKEEPING) | set(DERIVED_TABLES)


@pytest.mark.parametrize("table", USER_TABLES)
def test_a_peoples_table_holds_these_columns(table: str) -> None:
    assert columns(table) == USER_TABLES[table]


@pytest.mark.parametrize("table", DERIVED_TABLES)
def test_a_derived_table_holds_these_columns(table: str) -> None:
    assert set(columns(table)) == DERIVED_TABLES[table]


@pytest.mark.parametrize(("table", "indexed"), [
    pytest.param("review_decision", {("target",)}, id="decisions-by-target"),
    pytest.param("lag_note", {("target",)}, id="notes-by-target"),
    pytest.param("reported", {("plan",), ("quarter",)}, id="reports-by-plan-and-quarter"),
    pytest.param("supervision_notice", {("unit",)}, id="notices-by-unit"),
    pytest.param("document", {("location",), ("path",), ("ingested_at",)}, id="documents-by-file-and-time"),
    pytest.param("figure", {("document_id",)}, id="figures-by-document"),
])
def test_rows_are_found_by(table: str, indexed: set[tuple[str, ...]]) -> None:
    found = {tuple(column.name for column in index.columns) for index in SQLModel.metadata.tables[table].indexes}
    assert found == indexed


def test_only_this_module_defines_tables_each_named_row() -> None:
    classes = {mapper.class_ for mapper in SQLModel._sa_registry.mappers}  # SQLModel's one registry
    assert {(cls.__module__, cls.__name__.endswith("Row")) for cls in classes} == {(tables.__name__, True)}
    assert {cls.__tablename__ for cls in classes} == set(SQLModel.metadata.tables)


def document(location: str = "/srv/seeds/wh25.txt", **fields: Any) -> DocumentRow:
    return DocumentRow.model_validate({
        "location": location, "path": "seeds/wh25.txt", "sha256": "0" * 64, "fingerprint": "1" * 64,
        "format": "txt", "text": "全市科技成果转化贷款投放4.5亿元。", "ingested_at": AT} | fields)


def figure(document_id: int) -> FigureRow:
    return FigureRow.model_validate({
        "document_id": document_id, "start": 12, "end": 17, "text": "4.5亿元", "value": "450000000.0", "unit": "元",
        "written_unit": "亿元", "dimension": "money", "qualifier": "exact", "subject": "科技成果转化贷款",
        "modality": "achieved", "clause_start": 0, "clause_end": 17, "sentence_start": 0, "sentence_end": 18})


def stored(engine: Engine, row: SQLModel) -> SQLModel:
    """`row` written, then read back in another session."""
    with Session(engine) as session:
        session.add(row)
        session.commit()
        key = row.id if hasattr(row, "id") else row.key
    with Session(engine) as session:
        return session.get(type(row), key)


@pytest.mark.parametrize("row", [
    pytest.param(DecisionRow.model_validate({"target": "yk22-contracts", "action": "manual", "ref": "manual:2022-06-30",
                                             "value": "4.5亿元", "as_of": date(2022, 6, 30), "source": "市统计局",
                                             "note": "据统计月报\n第3页", "who": "张科长", "at": AT}),
                 id="a-value-by-hand-as-written"),
    pytest.param(NoteRow.model_validate({"target": "yk22-contracts", "as_of": date(2022, 6, 30),
                                         "cause": "项目审批延期" * 2000, "measures": "", "who": "张科长", "at": AT}),
                 id="a-lag-note-of-any-length"),
    pytest.param(ReportedRow.model_validate({"plan": "yk22", "quarter": "2022Q2", "target": "yk22-contracts",
                                             "as_of": date(2022, 6, 30), "status": "behind",
                                             "completion": "0.35398230088495575221238938", "actual": "400000000",
                                             "at": AT}), id="a-reported-line-with-exact-decimals"),
    pytest.param(MetaRow(key="schema_version", value=str(tables.SCHEMA_VERSION)), id="a-fact-about-the-database"),
])
def test_a_peoples_row_reads_back_as_written(engine: Engine, row: SQLModel) -> None:
    written = row.model_dump(exclude={"id"})
    assert stored(engine, row).model_dump(exclude={"id"}) == written


def test_a_document_row_reads_back_with_its_defaults(engine: Engine) -> None:
    back = stored(engine, document(region="威海市", period_start=date(2025, 1, 1), period_end=date(2025, 6, 30),
                                   period_label="2025-H1"))
    assert (back.missing, back.provenance, back.period_label, back.ingested_at) == ("", "{}", "2025-H1", AT)


def test_a_row_written_by_sql_gets_empty_provenance_from_the_database(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO document (location, path, sha256, fingerprint, format, text, missing, "
                                "ingested_at) VALUES ('/a', 'a', '', '', 'txt', '', '', '2025-07-01 00:00:00')"))
        assert connection.execute(text("SELECT provenance FROM document")).scalar() == "{}"


def test_one_row_per_file(engine: Engine) -> None:
    stored(engine, document())
    with pytest.raises(IntegrityError), Session(engine) as session:
        session.add(document(path="elsewhere/wh25.txt"))
        session.commit()


def test_a_documents_figures_go_with_it(engine: Engine) -> None:
    kept = stored(engine, document())
    stored(engine, figure(kept.id))
    other = stored(engine, document("/srv/seeds/yk22.txt"))
    stored(engine, figure(other.id))
    with Session(engine) as session:
        session.delete(session.get(DocumentRow, kept.id))
        session.commit()
        assert [row.document_id for row in session.exec(select(FigureRow))] == [other.id]


def test_a_figure_of_no_document_is_refused(engine: Engine) -> None:
    with pytest.raises(IntegrityError):
        stored(engine, figure(404))


def test_a_figure_is_neither_cumulative_nor_subset_nor_in_a_plan_unless_stored_so(engine: Engine) -> None:
    back = stored(engine, figure(stored(engine, document()).id))
    assert (back.cumulative, back.subset, back.in_plan, back.value) == (False, False, False, "450000000.0")


@pytest.mark.parametrize("at", [
    pytest.param(datetime(2025, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=8))), id="beijing-time"),
    pytest.param(AT, id="utc"),
])
def test_a_moment_reads_back_as_the_same_moment_in_utc(engine: Engine, at: datetime) -> None:
    back = stored(engine, NoteRow.model_validate({"target": "t", "as_of": date(2025, 6, 30), "who": "王", "at": at}))
    assert (back.at, back.at.tzinfo) == (AT, UTC)


def test_a_moment_without_its_zone_is_never_stored(engine: Engine) -> None:
    # which zone a naive time is in nobody knows: the converters make every time aware before it is stored
    with pytest.raises(StatementError, match="timezone information"):
        stored(engine, NoteRow.model_validate({"target": "t", "as_of": date(2025, 6, 30), "who": "王",
                                               "at": datetime(2025, 7, 1, 9, 30)}))


def test_the_peoples_tables_are_the_ones_under_migrations() -> None:
    from tracker.store import migrations

    assert set(USER_TABLES) == migrations.USER_TABLES
