-- v_claims_by_program: claims per office, program and period as claim_facts reconciles
-- them (one value per question, the value most articles state), with the worst finding
-- on any figure behind it. A conflict is shown, not hidden: status says it, n_disagreeing
-- counts the articles that disagree, and conflicting_figures names them.
CREATE OR REPLACE VIEW v_claims_by_program AS
SELECT f.office, f.program, f.period_start, f.period_end, f.cases, f.amount_idr,
       f.n_articles, f.n_disagreeing, f.status,
       CASE WHEN bool_or(s.status = 'error') THEN 'error'
            WHEN bool_or(s.status = 'warning') THEN 'warning' ELSE 'ok' END AS worst_status
FROM (SELECT * EXCLUDE (figure_ids), unnest(figure_ids) AS figure_id FROM claim_facts) f
LEFT JOIN v_figure_status s ON s.figure_id = f.figure_id
GROUP BY ALL;
COMMENT ON VIEW v_claims_by_program IS 'Claims per office, program and period (claim_facts) with the worst open finding on the figures behind each.';
COMMENT ON COLUMN v_claims_by_program.worst_status IS 'ok | warning | error: the worst open finding on any figure behind the fact.';
