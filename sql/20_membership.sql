-- membership: participation figures of current articles (latest extraction), with status
-- computed from the open findings that flag them, as in `claims`.
CREATE OR REPLACE VIEW membership AS
SELECT
    f.article_id, f.metric, f.value, f.period_start, f.period_end, f.office,
    COALESCE((SELECT CASE WHEN bool_or(i.severity = 'error') THEN 'error' ELSE 'warning' END
              FROM quality_issues i
              WHERE i.article_id = f.article_id
                AND list_contains(string_split(i.figure_ids, ','), f.figure_id)
                AND i.run_id IN (SELECT r.run_id FROM runs r
                                 WHERE r.started_at >= (SELECT started_at FROM runs WHERE run_id = a.loaded_run_id))
             ), 'ok') AS status,
    f.start_char, f.end_char,
    f.figure_id, f.run_id, f.tolerance
FROM membership_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND f.run_id = a.loaded_run_id;
