-- The conflict check's input for run $run_id (sql/load/conflicts.sql evaluates it): every
-- current figure of each subject (kind, program or metric, office, period, prior flag) the
-- run touched. A run touches the subjects of the figures it loaded and of the figures that
-- stopped being current in it (an article superseded by a changed file, or extracted
-- anew), so that a finding that involves several articles is evaluated again for all of
-- them when any of them changes. Needs temp table current_before (article_id,
-- loaded_run_id): the current articles as the load began. Runs inside the load transaction.

CREATE OR REPLACE TEMP VIEW subject_figures AS
SELECT 'claim' AS kind, f.figure_id, f.article_id, f.run_id, f.program AS key, f.office, f.period_start,
       f.period_end, f.is_prior_period, f.cases::DOUBLE AS cases, f.amount_idr::DOUBLE AS amount_idr,
       NULL::DOUBLE AS value, f.cases_tolerance, f.amount_tolerance, NULL::DOUBLE AS tolerance,
       f.start_char, f.end_char, f.cases_start, f.cases_end, f.amount_start, f.amount_end
FROM claim_figures f
UNION ALL
SELECT 'membership', f.figure_id, f.article_id, f.run_id, f.metric, f.office, f.period_start, f.period_end, false,
       NULL, NULL, f.value, NULL, NULL, f.tolerance, f.start_char, f.end_char, NULL, NULL, NULL, NULL
FROM membership_figures f;

-- Figures of the current extraction of current articles.
CREATE OR REPLACE TEMP VIEW current_subject_figures AS
SELECT f.*
FROM subject_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND a.loaded_run_id = f.run_id;

CREATE OR REPLACE TEMP TABLE conflict_subjects AS
SELECT DISTINCT kind, key, office, period_start, period_end, is_prior_period
FROM (
    SELECT * FROM current_subject_figures WHERE run_id = $run_id
    UNION ALL
    -- current when the load began, not now
    SELECT f.*
    FROM subject_figures f
    JOIN current_before b ON b.article_id = f.article_id AND b.loaded_run_id = f.run_id
    WHERE f.figure_id NOT IN (SELECT figure_id FROM current_subject_figures)
);

-- Where a figure's sentence begins (pantau.checks.conflicts.sentence_start, the same rule): the
-- text up to the figure, less what follows its last sentence end.
CREATE OR REPLACE TEMP MACRO pantau_sentence_start(body, pos) AS
    CASE WHEN body IS NULL OR pos IS NULL THEN NULL
         ELSE pos - length(regexp_extract(substr(body, 1, pos), '(?s)(?:.*(?:[.!?]["”’)]*\s|\n))?(.*)$', 1)) END;

CREATE OR REPLACE TEMP TABLE conflict_figures AS
WITH touched AS (
    SELECT f.*, (SELECT a.body_text FROM articles a WHERE a.article_id = f.article_id) AS body_text
    FROM current_subject_figures f
    JOIN conflict_subjects s
      ON s.kind = f.kind AND s.key = f.key AND s.office IS NOT DISTINCT FROM f.office
     AND s.period_start IS NOT DISTINCT FROM f.period_start AND s.period_end IS NOT DISTINCT FROM f.period_end
     AND s.is_prior_period IS NOT DISTINCT FROM f.is_prior_period
)
SELECT kind, figure_id, article_id, key, office, period_start, period_end, is_prior_period, 'cases' AS value_field,
       cases AS value, cases_tolerance AS tolerance, coalesce(cases_start, start_char) AS start_char,
       coalesce(cases_end, end_char) AS end_char, true AS is_new,
       pantau_sentence_start(body_text, coalesce(cases_start, start_char)) AS sentence_start
FROM touched WHERE kind = 'claim' AND cases IS NOT NULL
UNION ALL
SELECT kind, figure_id, article_id, key, office, period_start, period_end, is_prior_period, 'amount_idr',
       amount_idr, amount_tolerance, coalesce(amount_start, start_char), coalesce(amount_end, end_char), true,
       pantau_sentence_start(body_text, coalesce(amount_start, start_char))
FROM touched WHERE kind = 'claim' AND amount_idr IS NOT NULL
UNION ALL
SELECT kind, figure_id, article_id, key, office, period_start, period_end, is_prior_period, 'value',
       value, tolerance, start_char, end_char, true, pantau_sentence_start(body_text, start_char)
FROM touched WHERE kind = 'membership';

-- Findings of the conflict check made before this run about a subject it evaluates again
-- leave v_open_issues (none is deleted): the evaluation makes those that still stand anew.
-- The loader's conflict findings are the rows whose issue_id ends in '-x'.
INSERT INTO superseded_findings BY NAME
SELECT DISTINCT q.issue_id, $run_id AS run_id
FROM (
    SELECT issue_id, unnest(string_split(figure_ids, ',')) AS figure_id
    FROM quality_issues
    WHERE issue_id LIKE '%-x' AND run_id <> $run_id
      AND issue_id NOT IN (SELECT issue_id FROM superseded_findings)
) q
JOIN subject_figures f ON f.figure_id = q.figure_id
JOIN conflict_subjects s
  ON s.kind = f.kind AND s.key = f.key AND s.office IS NOT DISTINCT FROM f.office
 AND s.period_start IS NOT DISTINCT FROM f.period_start AND s.period_end IS NOT DISTINCT FROM f.period_end
 AND s.is_prior_period IS NOT DISTINCT FROM f.is_prior_period;
