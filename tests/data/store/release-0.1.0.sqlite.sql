-- The tables tracker 0.1.0 creates on a new sqlite database before migrations (commit 632ba6f, schema_version 6,
-- SQLModel 0.0.50):
-- the DDL SQLModel.metadata.create_all emits there, captured with sqlalchemy.create_mock_engine. Never edit:
-- tests/store/test_migrations.py builds the databases of that release from it.

CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE document (
	id INTEGER NOT NULL, 
	location VARCHAR NOT NULL, 
	path VARCHAR NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	fingerprint VARCHAR NOT NULL, 
	format VARCHAR NOT NULL, 
	encoding VARCHAR, 
	text TEXT NOT NULL, 
	title VARCHAR, 
	issuer VARCHAR, 
	region VARCHAR, 
	issued DATE, 
	kind VARCHAR, 
	period_start DATE, 
	period_end DATE, 
	period_label VARCHAR, 
	missing VARCHAR NOT NULL, 
	provenance TEXT DEFAULT '{}' NOT NULL, 
	ingested_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_document_path ON document (path);

CREATE UNIQUE INDEX ix_document_location ON document (location);

CREATE TABLE review_decision (
	id INTEGER NOT NULL, 
	target VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	ref VARCHAR NOT NULL, 
	text VARCHAR, 
	value VARCHAR, 
	as_of DATE, 
	source VARCHAR, 
	note VARCHAR, 
	who VARCHAR NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_review_decision_target ON review_decision (target);

CREATE TABLE lag_note (
	id INTEGER NOT NULL, 
	target VARCHAR NOT NULL, 
	as_of DATE NOT NULL, 
	cause TEXT NOT NULL, 
	measures TEXT NOT NULL, 
	who VARCHAR NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_lag_note_target ON lag_note (target);

CREATE TABLE reported (
	id INTEGER NOT NULL, 
	"plan" VARCHAR NOT NULL, 
	quarter VARCHAR NOT NULL, 
	target VARCHAR NOT NULL, 
	as_of DATE NOT NULL, 
	status VARCHAR NOT NULL, 
	completion VARCHAR, 
	actual VARCHAR, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_reported_plan ON reported ("plan");

CREATE INDEX ix_reported_quarter ON reported (quarter);

CREATE TABLE figure (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	upper VARCHAR, 
	unit VARCHAR NOT NULL, 
	written_unit VARCHAR NOT NULL, 
	dimension VARCHAR NOT NULL, 
	qualifier VARCHAR NOT NULL, 
	subject VARCHAR NOT NULL, 
	modality VARCHAR NOT NULL, 
	period_start DATE, 
	period_end DATE, 
	period_label VARCHAR, 
	cumulative BOOLEAN NOT NULL, 
	subset BOOLEAN NOT NULL, 
	in_plan BOOLEAN NOT NULL, 
	clause_start INTEGER NOT NULL, 
	clause_end INTEGER NOT NULL, 
	sentence_start INTEGER NOT NULL, 
	sentence_end INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE INDEX ix_figure_document_id ON figure (document_id);

INSERT INTO meta (key, value) VALUES ('schema_version', '6');
