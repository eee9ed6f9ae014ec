-- claims: the latest extraction of each current article, one row per claim figure.
-- `status` is the worst open finding that flags the figure (computed, so a finding
-- made by a later run, e.g. a cross-article conflict, shows on the row at once).
CREATE OR REPLACE VIEW claims AS
SELECT
    f.article_id, f.program, f.cases, f.amount_idr, f.period_start, f.period_end,
    f.office, f.is_prior_period,
    COALESCE((SELECT CASE WHEN bool_or(i.severity = 'error') THEN 'error' ELSE 'warning' END
              FROM quality_issues i
              WHERE i.article_id = f.article_id
                AND list_contains(string_split(i.figure_ids, ','), f.figure_id)
                AND i.run_id IN (SELECT r.run_id FROM runs r
                                 WHERE r.started_at >= (SELECT started_at FROM runs WHERE run_id = a.loaded_run_id))
             ), 'ok') AS status,
    f.start_char, f.end_char,
    f.figure_id, f.run_id, f.cases_tolerance, f.amount_tolerance,
    f.cases_start, f.cases_end, f.amount_start, f.amount_end
FROM claim_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND f.run_id = a.loaded_run_id;
