-- v_claims_by_program: current-period claim figures per office, program and period,
-- across current articles. `articles` counts how many articles state the figure;
-- differing values are listed (and flagged by conflicting_figures).
CREATE OR REPLACE VIEW v_claims_by_program AS
SELECT
    office, program, period_start, period_end,
    max(cases)                          AS cases,
    max(amount_idr)                     AS amount_idr,
    count(DISTINCT article_id)          AS articles,
    count(DISTINCT cases)               AS distinct_case_counts,
    count(DISTINCT amount_idr)          AS distinct_amounts,
    CASE WHEN bool_or(status = 'error') THEN 'error'
         WHEN bool_or(status = 'warning') THEN 'warning' ELSE 'ok' END AS worst_status
FROM claims
WHERE NOT is_prior_period
GROUP BY office, program, period_start, period_end;
