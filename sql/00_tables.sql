-- pantau warehouse tables. Applied in file-name order by pantau.warehouse on every run;
-- every statement is idempotent. Raw tables are written only by the loader; users read
-- the views in the files that follow.

CREATE TABLE IF NOT EXISTS runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMP,
    finished_at       TIMESTAMP,
    status            VARCHAR,      -- completed | failed
    articles_seen     INTEGER,      -- raw files read as articles this run (new or unchanged)
    articles_new      INTEGER,      -- articles extracted and validated this run
    error_count       INTEGER,
    warning_count     INTEGER,
    files_rejected    INTEGER,
    figures_loaded    INTEGER,
    extractor_version VARCHAR,
    raw_dir           VARCHAR
);

-- One row per distinct article content (article_id derives from the content hash).
CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR PRIMARY KEY,
    source_path       VARCHAR,      -- where it was first seen, relative to the raw folder
    title             VARCHAR,
    body_text         VARCHAR,      -- start_char/end_char index into this text
    published_date    DATE,
    office            VARCHAR,
    dateline_city     VARCHAR,
    source_url        VARCHAR,
    fetched_at        TIMESTAMP,
    encoding          VARCHAR,      -- how the raw bytes were decoded
    content_sha256    VARCHAR,
    loaded_run_id     VARCHAR,      -- the run that last extracted and validated it
    extractor_version VARCHAR,      -- the extractor that produced its current figures
    is_current        BOOLEAN
);

CREATE TABLE IF NOT EXISTS source_files (
    source_path    VARCHAR,
    article_id     VARCHAR,
    content_sha256 VARCHAR,
    run_id         VARCHAR,         -- the run that first saw this path with this content
    seen_at        TIMESTAMP,
    raw_dir        VARCHAR          -- the raw folder (absolute): a source is (raw_dir, source_path)
);

CREATE TABLE IF NOT EXISTS rejected_files (
    source_path    VARCHAR,
    reason         VARCHAR,
    run_id         VARCHAR,
    content_sha256 VARCHAR,
    raw_dir        VARCHAR
);

-- Warehouses made before raw_dir: their rows get it from the first run that sees their path.
ALTER TABLE source_files ADD COLUMN IF NOT EXISTS raw_dir VARCHAR;
ALTER TABLE rejected_files ADD COLUMN IF NOT EXISTS raw_dir VARCHAR;

-- Every extraction ever loaded; `claims`/`membership` show the current ones.
CREATE TABLE IF NOT EXISTS claim_figures (
    figure_id        VARCHAR PRIMARY KEY,
    article_id       VARCHAR,
    run_id           VARCHAR,
    program          VARCHAR,
    cases            BIGINT,
    amount_idr       DOUBLE,
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
    amount_end       INTEGER
);

CREATE TABLE IF NOT EXISTS membership_figures (
    figure_id    VARCHAR PRIMARY KEY,
    article_id   VARCHAR,
    run_id       VARCHAR,
    metric       VARCHAR,
    value        DOUBLE,
    period_start DATE,
    period_end   DATE,
    office       VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER,
    tolerance    DOUBLE
);

-- Findings are only ever appended.
CREATE TABLE IF NOT EXISTS quality_issues (
    issue_id     VARCHAR,
    run_id       VARCHAR,
    article_id   VARCHAR,
    check_name   VARCHAR,
    severity     VARCHAR,           -- error | warning
    message      VARCHAR,
    evidence     VARCHAR,
    start_char   INTEGER,
    end_char     INTEGER,
    expected     VARCHAR,
    found        VARCHAR,
    figure_ids   VARCHAR,           -- the claim/membership figures it flags, comma separated
    related_article_ids VARCHAR,    -- other articles of a cross-article finding, comma separated
    created_at   TIMESTAMP
);

-- Cross-article findings a later run evaluated again (its subject changed): they leave
-- v_open_issues, and the evaluation recorded anew those that still stand. No finding is deleted.
CREATE TABLE IF NOT EXISTS superseded_findings (
    issue_id VARCHAR,               -- quality_issues.issue_id
    run_id   VARCHAR                -- the run whose evaluation superseded it
);
