-- membership: participation figures of current articles (latest extraction), with
-- `status` from the open findings that flag them, as in `claims`.
CREATE OR REPLACE VIEW membership AS
SELECT
    f.article_id, f.metric, f.value, f.period_start, f.period_end, f.office,
    coalesce(s.status, 'ok') AS status,
    f.start_char, f.end_char,
    f.figure_id, f.run_id, f.tolerance
FROM membership_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND f.run_id = a.loaded_run_id
LEFT JOIN v_figure_status s ON s.figure_id = f.figure_id;
