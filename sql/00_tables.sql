-- pantau warehouse tables: the one declaration of each table. Applied in file-name order
-- by pantau.warehouse on every run; every statement is idempotent. Raw tables are written
-- only by the loader; users read the views in the files that follow.
--
-- Why SQL and not a Python declaration: a reader looking for what a table holds finds it
-- here, with its description, as DuckDB itself will show it. pantau.tables creates these
-- tables in an in-memory DuckDB and reads back what the code needs (the Arrow schema of
-- staged rows, the column list a migration compares against), so no second list of
-- columns exists to drift. Every column carries a COMMENT (what it holds, its unit);
-- tests/test_warehouse_docs.py fails on a column without one.

CREATE TABLE IF NOT EXISTS runs (
    run_id             VARCHAR PRIMARY KEY,
    started_at         TIMESTAMP,
    finished_at        TIMESTAMP,
    status             VARCHAR,
    articles_seen      INTEGER,
    articles_new       INTEGER,
    error_count        INTEGER,
    warning_count      INTEGER,
    files_rejected     INTEGER,
    figures_loaded     INTEGER,
    extractor_version  VARCHAR,
    raw_dir            VARCHAR,
    extraction_errors  INTEGER,
    lang               VARCHAR,
    open_errors        INTEGER,
    open_warnings      INTEGER
);
COMMENT ON TABLE runs IS 'One row per flow run (pantau run or a scheduled run of pantau serve).';
COMMENT ON COLUMN runs.run_id IS 'Id of the run (12 hex digits).';
COMMENT ON COLUMN runs.started_at IS 'When the run started (local time).';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished loading (local time).';
COMMENT ON COLUMN runs.status IS 'completed | failed.';
COMMENT ON COLUMN runs.articles_seen IS 'Articles the run''s raw files hold now, new or unchanged (count).';
COMMENT ON COLUMN runs.articles_new IS 'Articles extracted and validated by this run (count).';
COMMENT ON COLUMN runs.error_count IS 'Error-severity findings this run made (count).';
COMMENT ON COLUMN runs.warning_count IS 'Warning-severity findings this run made (count).';
COMMENT ON COLUMN runs.files_rejected IS 'Raw files of this run that could not be read as articles (count).';
COMMENT ON COLUMN runs.figures_loaded IS 'Claim and membership figures this run loaded (count).';
COMMENT ON COLUMN runs.extractor_version IS 'Version of the extractor that ran.';
COMMENT ON COLUMN runs.raw_dir IS 'The raw folder the run read.';
COMMENT ON COLUMN runs.extraction_errors IS 'Extraction rules that raised, summed over the articles this run extracted (count; articles.extraction_errors per article).';
COMMENT ON COLUMN runs.lang IS 'The language the run wrote its findings'' messages in (id: Bahasa Indonesia, en: English).';
COMMENT ON COLUMN runs.open_errors IS 'Error-severity findings open in the warehouse after this run (v_open_issues then; count).';
COMMENT ON COLUMN runs.open_warnings IS 'Warning-severity findings open in the warehouse after this run (v_open_issues then; count).';

CREATE TABLE IF NOT EXISTS articles (
    article_id              VARCHAR PRIMARY KEY,
    source_path             VARCHAR,
    title                   VARCHAR,
    body_text               VARCHAR,
    published_date          DATE,
    office                  VARCHAR,
    dateline_city           VARCHAR,
    source_url              VARCHAR,
    fetched_at              TIMESTAMP,
    encoding                VARCHAR,
    content_sha256          VARCHAR,
    loaded_run_id           VARCHAR,
    extractor_version       VARCHAR,
    is_current              BOOLEAN,
    extraction_errors       INTEGER,
    extraction_error_rules  VARCHAR
);
COMMENT ON TABLE articles IS 'One row per distinct article content; a changed file is a new row and its old version stays (is_current = false).';
COMMENT ON COLUMN articles.article_id IS 'Stable id derived from the content hash: the same content always gets the same id.';
COMMENT ON COLUMN articles.source_path IS 'Raw file path, relative to the raw folder, where the content was first seen.';
COMMENT ON COLUMN articles.title IS 'Title of the article (first line of a .txt file, the page title of an .html file).';
COMMENT ON COLUMN articles.body_text IS 'Article text; every start_char/end_char of the warehouse indexes into it (0-based, end exclusive).';
COMMENT ON COLUMN articles.published_date IS 'Publication date (NULL when unknown).';
COMMENT ON COLUMN articles.office IS 'The article''s main office or area as the extractor wrote it (Kanwil Jawa Timur, Cabang Sidoarjo, Nasional).';
COMMENT ON COLUMN articles.dateline_city IS 'City of the dateline (SURABAYA - ...), NULL when none.';
COMMENT ON COLUMN articles.source_url IS 'URL the page was fetched from (pantau fetch), else NULL.';
COMMENT ON COLUMN articles.fetched_at IS 'When pantau fetch downloaded the page, else NULL.';
COMMENT ON COLUMN articles.encoding IS 'How the raw bytes were decoded (utf-8, cp1252, ...).';
COMMENT ON COLUMN articles.content_sha256 IS 'sha256 of the raw file''s bytes (hex).';
COMMENT ON COLUMN articles.loaded_run_id IS 'The run that last extracted and validated the article.';
COMMENT ON COLUMN articles.extractor_version IS 'The extractor version that produced the article''s current figures.';
COMMENT ON COLUMN articles.is_current IS 'True while some raw path''s latest content is this article; false once a changed file superseded it.';
COMMENT ON COLUMN articles.extraction_errors IS 'Extraction rules that raised on this article in its latest extraction (count; 0 when none).';
COMMENT ON COLUMN articles.extraction_error_rules IS 'Ids of the extraction rules that raised, comma separated (NULL when none).';

CREATE TABLE IF NOT EXISTS source_files (
    source_path    VARCHAR,
    article_id     VARCHAR,
    content_sha256 VARCHAR,
    run_id         VARCHAR,
    seen_at        TIMESTAMP,
    raw_dir        VARCHAR
);
COMMENT ON TABLE source_files IS 'One row per raw file path and content seen; two files with the same content point at one article.';
COMMENT ON COLUMN source_files.source_path IS 'Raw file path, relative to the raw folder.';
COMMENT ON COLUMN source_files.article_id IS 'The article the content was read into (NULL when the content could not be read; see rejected_files).';
COMMENT ON COLUMN source_files.content_sha256 IS 'sha256 of the file''s bytes (hex).';
COMMENT ON COLUMN source_files.run_id IS 'The run that first saw this path with this content.';
COMMENT ON COLUMN source_files.seen_at IS 'When a run last found this content newly at this path; the path''s latest row is its current content.';
COMMENT ON COLUMN source_files.raw_dir IS 'The raw folder (absolute path) the file was read from: a source is (raw_dir, source_path).';

CREATE TABLE IF NOT EXISTS rejected_files (
    source_path    VARCHAR,
    reason         VARCHAR,
    run_id         VARCHAR,
    content_sha256 VARCHAR,
    raw_dir        VARCHAR
);
COMMENT ON TABLE rejected_files IS 'One row per raw file (path and content) that could not be read as an article, with the reason.';
COMMENT ON COLUMN rejected_files.source_path IS 'Raw file path, relative to the raw folder.';
COMMENT ON COLUMN rejected_files.reason IS 'Why the file was not loaded, in words a user can act on.';
COMMENT ON COLUMN rejected_files.run_id IS 'The run that rejected it.';
COMMENT ON COLUMN rejected_files.content_sha256 IS 'sha256 of the file''s bytes (hex; NULL when the file could not be read at all).';
COMMENT ON COLUMN rejected_files.raw_dir IS 'The raw folder (absolute path) the file was found in.';

-- Every extraction ever loaded (one per article and run that extracted it); the views
-- `claims`/`membership` show the current ones.
CREATE TABLE IF NOT EXISTS claim_figures (
    figure_id        VARCHAR,
    article_id       VARCHAR,
    run_id           VARCHAR,
    program          VARCHAR,
    cases            BIGINT,
    amount_idr       DECIMAL(38, 2),
    period_start     DATE,
    period_end       DATE,
    office           VARCHAR,
    is_prior_period  BOOLEAN,
    start_char       INTEGER,
    end_char         INTEGER,
    cases_tolerance  DOUBLE,
    amount_tolerance DOUBLE,
    cases_start      INTEGER,
    cases_end        INTEGER,
    amount_start     INTEGER,
    amount_end       INTEGER,
    rule_id          VARCHAR,
    PRIMARY KEY (figure_id, run_id)
);
COMMENT ON TABLE claim_figures IS 'Every benefit-claim figure of every extraction loaded, superseded ones included; read the view claims for the current ones.';
COMMENT ON COLUMN claim_figures.figure_id IS 'Stable id of the figure: its article and what and where it is in the text (no run id), so unchanged text keeps its ids.';
COMMENT ON COLUMN claim_figures.article_id IS 'The article stating the figure.';
COMMENT ON COLUMN claim_figures.run_id IS 'The run whose extraction produced this row.';
COMMENT ON COLUMN claim_figures.program IS 'JHT, JKM, JKK, JP, JKP, or TOTAL (all programs together).';
COMMENT ON COLUMN claim_figures.cases IS 'Claims paid (count of cases); NULL when the article gives none.';
COMMENT ON COLUMN claim_figures.amount_idr IS 'Benefits paid, exact rupiah with the scale applied (Rp 1,47 triliun = 1470000000000.00); NULL when the article gives no amount.';
COMMENT ON COLUMN claim_figures.period_start IS 'First day of the period the figure covers (NULL when unknown).';
COMMENT ON COLUMN claim_figures.period_end IS 'Last day of the period the figure covers; a cumulative period still running at publication ends at publication (NULL when unknown).';
COMMENT ON COLUMN claim_figures.office IS 'Office or area the figure describes, as the extractor wrote it (office_aliases maps it to one office name).';
COMMENT ON COLUMN claim_figures.is_prior_period IS 'True for the from-side of a stated change or the same period a year earlier given for comparison.';
COMMENT ON COLUMN claim_figures.start_char IS 'Start of the evidence in articles.body_text (0-based character offset).';
COMMENT ON COLUMN claim_figures.end_char IS 'End of the evidence in articles.body_text (exclusive character offset).';
COMMENT ON COLUMN claim_figures.cases_tolerance IS 'Rounding the printed case count allows (cases, half a unit of its last printed digit).';
COMMENT ON COLUMN claim_figures.amount_tolerance IS 'Rounding the printed amount allows (rupiah, half a unit of its last printed digit: Rp 9,8 miliar -> 50000000).';
COMMENT ON COLUMN claim_figures.cases_start IS 'Start of the case count as written in body_text (character offset; NULL when none).';
COMMENT ON COLUMN claim_figures.cases_end IS 'End of the case count as written in body_text (exclusive character offset).';
COMMENT ON COLUMN claim_figures.amount_start IS 'Start of the amount as written in body_text (character offset; NULL when none).';
COMMENT ON COLUMN claim_figures.amount_end IS 'End of the amount as written in body_text (exclusive character offset).';
COMMENT ON COLUMN claim_figures.rule_id IS 'The named extraction rule that produced the figure (empty when the extractor named none).';

CREATE TABLE IF NOT EXISTS membership_figures (
    figure_id    VARCHAR,
    article_id   VARCHAR,
    run_id       VARCHAR,
    metric       VARCHAR,
    value        DOUBLE,
    period_start DATE,
    period_end   DATE,
    office       VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER,
    tolerance    DOUBLE,
    rule_id      VARCHAR,
    PRIMARY KEY (figure_id, run_id)
);
COMMENT ON TABLE membership_figures IS 'Every participation figure of every extraction loaded, superseded ones included; read the view membership for the current ones.';
COMMENT ON COLUMN membership_figures.figure_id IS 'Stable id of the figure: its article and what and where it is in the text (no run id).';
COMMENT ON COLUMN membership_figures.article_id IS 'The article stating the figure.';
COMMENT ON COLUMN membership_figures.run_id IS 'The run whose extraction produced this row.';
COMMENT ON COLUMN membership_figures.metric IS 'What is counted: active_companies, active_workers, active_wage_workers, active_non_wage_workers, active_construction_workers, migrant_workers, new_wage_workers, new_non_wage_workers, new_construction_workers (more may be added).';
COMMENT ON COLUMN membership_figures.value IS 'The count (companies or workers, as the metric says).';
COMMENT ON COLUMN membership_figures.period_start IS 'First day of the period the figure covers (NULL when unknown).';
COMMENT ON COLUMN membership_figures.period_end IS 'Last day of the period, or the date the count was taken (NULL when unknown).';
COMMENT ON COLUMN membership_figures.office IS 'Office or area the figure describes, as the extractor wrote it.';
COMMENT ON COLUMN membership_figures.start_char IS 'Start of the evidence in articles.body_text (0-based character offset).';
COMMENT ON COLUMN membership_figures.end_char IS 'End of the evidence in articles.body_text (exclusive character offset).';
COMMENT ON COLUMN membership_figures.tolerance IS 'Rounding the printed value allows (same unit as value, half a unit of its last printed digit).';
COMMENT ON COLUMN membership_figures.rule_id IS 'The named extraction rule that produced the figure (empty when the extractor named none).';

-- Findings are only ever appended.
CREATE TABLE IF NOT EXISTS quality_issues (
    issue_id            VARCHAR,
    run_id              VARCHAR,
    article_id          VARCHAR,
    check_name          VARCHAR,
    severity            VARCHAR,
    message             VARCHAR,
    evidence            VARCHAR,
    start_char          INTEGER,
    end_char            INTEGER,
    expected            VARCHAR,
    found               VARCHAR,
    figure_ids          VARCHAR,
    related_article_ids VARCHAR,
    created_at          TIMESTAMP,
    finding_id          VARCHAR,
    details             VARCHAR
);
COMMENT ON TABLE quality_issues IS 'One row per data-quality finding of a run, none ever deleted; v_open_issues shows those that stand now.';
COMMENT ON COLUMN quality_issues.issue_id IS 'Id of this row (run, article and a number).';
COMMENT ON COLUMN quality_issues.run_id IS 'The run that made the finding.';
COMMENT ON COLUMN quality_issues.article_id IS 'The article the finding is about (a cross-article finding is recorded once for each).';
COMMENT ON COLUMN quality_issues.check_name IS 'The check that fired (CONTRACT.md lists the names: total_mismatch, conflicting_figures, ...).';
COMMENT ON COLUMN quality_issues.severity IS 'error | warning.';
COMMENT ON COLUMN quality_issues.message IS 'What is wrong, in plain words, in the run''s language.';
COMMENT ON COLUMN quality_issues.evidence IS 'The sentence of body_text the finding is about.';
COMMENT ON COLUMN quality_issues.start_char IS 'Start of the flagged figure in articles.body_text (character offset; NULL when none).';
COMMENT ON COLUMN quality_issues.end_char IS 'End of the flagged figure in articles.body_text (exclusive character offset).';
COMMENT ON COLUMN quality_issues.expected IS 'What the check expected, in words.';
COMMENT ON COLUMN quality_issues.found IS 'What the text says, in words.';
COMMENT ON COLUMN quality_issues.figure_ids IS 'The claim/membership figures the finding flags (figure_id), comma separated.';
COMMENT ON COLUMN quality_issues.related_article_ids IS 'The other articles of a cross-article finding, comma separated.';
COMMENT ON COLUMN quality_issues.created_at IS 'When the finding was made (local time).';
COMMENT ON COLUMN quality_issues.finding_id IS 'Stable id of the finding: the same check on the same figures of the same article content has the same id in every run (finding_reviews refers to it).';
COMMENT ON COLUMN quality_issues.details IS 'JSON: the message''s key and arguments (so a report words the finding in any language) and every figure the finding involves as [start_char, end_char, role(, other article_id, value)]; NULL for findings made before it was recorded.';

CREATE TABLE IF NOT EXISTS finding_reviews (
    finding_id VARCHAR,
    decision   VARCHAR,
    note       VARCHAR,
    reviewer   VARCHAR,
    decided_at TIMESTAMP
);
COMMENT ON TABLE finding_reviews IS 'One row per reviewer''s decision on a finding; the latest decision on a finding_id counts.';
COMMENT ON COLUMN finding_reviews.finding_id IS 'The finding decided on (quality_issues.finding_id); it includes the article''s content id, so a decision lapses when the content changes.';
COMMENT ON COLUMN finding_reviews.decision IS 'dismissed (not a real problem: leaves v_open_issues) | confirmed (a real problem).';
COMMENT ON COLUMN finding_reviews.note IS 'The reviewer''s reason, free text.';
COMMENT ON COLUMN finding_reviews.reviewer IS 'Who decided.';
COMMENT ON COLUMN finding_reviews.decided_at IS 'When the decision was made (local time).';

-- Written by the loader at the end of every run (sql/load/finding_events.sql): what the run
-- changed in the findings that stand, so a report can say what a run added and closed.
CREATE TABLE IF NOT EXISTS finding_events (
    run_id      VARCHAR,
    finding_id  VARCHAR,
    event       VARCHAR,
    article_id  VARCHAR,
    check_name  VARCHAR,
    severity    VARCHAR,
    recorded_at TIMESTAMP
);
COMMENT ON TABLE finding_events IS 'One row per finding a run opened (it stands after the run and did not before) or closed (it stood before and no longer does: its article changed or was extracted again, or its figures no longer conflict). Reviews are not events (finding_reviews).';
COMMENT ON COLUMN finding_events.run_id IS 'The run that opened or closed the finding.';
COMMENT ON COLUMN finding_events.finding_id IS 'The finding (quality_issues.finding_id).';
COMMENT ON COLUMN finding_events.event IS 'opened | closed.';
COMMENT ON COLUMN finding_events.article_id IS 'The article the finding is about.';
COMMENT ON COLUMN finding_events.check_name IS 'The check that made the finding.';
COMMENT ON COLUMN finding_events.severity IS 'error | warning.';
COMMENT ON COLUMN finding_events.recorded_at IS 'When the run recorded it (local time).';

-- Seeded from sql/seeds/office_aliases.csv by the first run after it changed (pantau.warehouse);
-- users may add rows (source = 'user'), which a run never changes.
CREATE TABLE IF NOT EXISTS office_aliases (
    alias  VARCHAR PRIMARY KEY,
    office VARCHAR,
    note   VARCHAR,
    source VARCHAR
);
COMMENT ON TABLE office_aliases IS 'Names as written -> one office name. Matched case-insensitively after the agency name is dropped and Kantor Wilayah/Kantor Cabang are read as Kanwil/Cabang; a Kanwil is also matched by its region alone (Jatim). Extend it with INSERT (source = ''user'') or the seed file.';
COMMENT ON COLUMN office_aliases.alias IS 'A name as articles write it (Kanwil Jatim, Jatim, Kantor Cabang Sidoarjo).';
COMMENT ON COLUMN office_aliases.office IS 'The one office name it stands for (Kanwil Jawa Timur).';
COMMENT ON COLUMN office_aliases.note IS 'Why the alias means that office (source of the mapping), free text.';
COMMENT ON COLUMN office_aliases.source IS 'seed (from sql/seeds/office_aliases.csv, refreshed when that file changes) | user (added by a user, never changed by a run).';

-- Written by pantau.warehouse.apply_schema: a run whose sql/ and seed files are those the
-- warehouse was last brought to skips re-creating the views (a few hundred ms per run).
CREATE TABLE IF NOT EXISTS schema_applied (
    digest     VARCHAR,
    applied_at TIMESTAMP
);
COMMENT ON TABLE schema_applied IS 'The version of sql/ the warehouse was last brought to (one row).';
COMMENT ON COLUMN schema_applied.digest IS 'sha256 of every file of sql/ (tables, views, macros, seeds) as applied.';
COMMENT ON COLUMN schema_applied.applied_at IS 'When a run applied it (local time).';

-- Cross-article findings a later run evaluated again (its subject changed): they leave
-- v_open_issues, and the evaluation recorded anew those that still stand. No finding is deleted.
CREATE TABLE IF NOT EXISTS superseded_findings (
    issue_id VARCHAR,
    run_id   VARCHAR
);
COMMENT ON TABLE superseded_findings IS 'Conflict findings a later run evaluated again because their subject changed: they leave v_open_issues (the evaluation recorded anew those that still stand); none is deleted.';
COMMENT ON COLUMN superseded_findings.issue_id IS 'The superseded finding (quality_issues.issue_id).';
COMMENT ON COLUMN superseded_findings.run_id IS 'The run whose evaluation superseded it.';
