-- membership: participation figures of current articles (latest extraction), with
-- `status` from the open findings that flag them, as in `claims`.
CREATE OR REPLACE VIEW membership AS
SELECT
    f.article_id, f.metric, f.value, f.period_start, f.period_end, f.office,
    coalesce(s.status, 'ok') AS status,
    f.start_char, f.end_char,
    f.figure_id, f.run_id, f.tolerance, f.rule_id
FROM membership_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND f.run_id = a.loaded_run_id
LEFT JOIN v_figure_status s ON s.figure_id = f.figure_id;
COMMENT ON VIEW membership IS 'One row per participation figure (companies, workers) stated in a current article, from its latest extraction; membership_facts reconciles restatements.';
COMMENT ON COLUMN membership.article_id IS 'The article stating the figure.';
COMMENT ON COLUMN membership.status IS 'ok | warning | error: the worst open finding that flags the figure.';
COMMENT ON COLUMN membership.run_id IS 'The run whose extraction produced the figure.';
