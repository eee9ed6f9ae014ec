-- claims: the latest extraction of each current article, one row per claim figure,
-- with `status` from the open findings that flag it (ok when none).
CREATE OR REPLACE VIEW claims AS
SELECT
    f.article_id, f.program, f.cases, f.amount_idr, f.period_start, f.period_end,
    f.office, f.is_prior_period,
    coalesce(s.status, 'ok') AS status,
    f.start_char, f.end_char,
    f.figure_id, f.run_id, f.cases_tolerance, f.amount_tolerance,
    f.cases_start, f.cases_end, f.amount_start, f.amount_end, f.rule_id
FROM claim_figures f
JOIN articles a ON a.article_id = f.article_id AND a.is_current AND f.run_id = a.loaded_run_id
LEFT JOIN v_figure_status s ON s.figure_id = f.figure_id;
COMMENT ON VIEW claims IS 'One row per benefit-claim figure (program level or TOTAL) stated in a current article, from its latest extraction. Restatements of one figure in several articles are several rows: claim_facts reconciles them.';
COMMENT ON COLUMN claims.article_id IS 'The article stating the figure.';
COMMENT ON COLUMN claims.status IS 'ok | warning | error: the worst open finding that flags the figure.';
COMMENT ON COLUMN claims.run_id IS 'The run whose extraction produced the figure.';
