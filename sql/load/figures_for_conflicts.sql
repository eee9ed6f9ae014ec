-- Current figures that share (kind, key, office, period, prior flag) with a figure
-- loaded by run $run_id: what the conflicting_figures check compares.
WITH current_figures AS (
    SELECT 'claim' AS kind, f.figure_id, f.article_id, f.program AS key, f.office, f.period_start, f.period_end,
           f.is_prior_period, 'cases' AS value_field, f.cases::DOUBLE AS value, f.cases_tolerance AS tolerance,
           coalesce(f.cases_start, f.start_char) AS start_char, coalesce(f.cases_end, f.end_char) AS end_char,
           f.run_id = $run_id AS is_new
    FROM claim_figures f JOIN articles a ON a.article_id = f.article_id AND a.is_current AND a.loaded_run_id = f.run_id
    WHERE f.cases IS NOT NULL
    UNION ALL
    SELECT 'claim', f.figure_id, f.article_id, f.program, f.office, f.period_start, f.period_end,
           f.is_prior_period, 'amount_idr', f.amount_idr::DOUBLE, f.amount_tolerance,
           coalesce(f.amount_start, f.start_char), coalesce(f.amount_end, f.end_char), f.run_id = $run_id
    FROM claim_figures f JOIN articles a ON a.article_id = f.article_id AND a.is_current AND a.loaded_run_id = f.run_id
    WHERE f.amount_idr IS NOT NULL
    UNION ALL
    SELECT 'membership', f.figure_id, f.article_id, f.metric, f.office, f.period_start, f.period_end,
           false, 'value', f.value, f.tolerance, f.start_char, f.end_char, f.run_id = $run_id
    FROM membership_figures f JOIN articles a ON a.article_id = f.article_id AND a.is_current AND a.loaded_run_id = f.run_id
),
-- Groups holding a figure of this run and at least two different values: a group whose
-- figures all agree can hold no conflict, and most groups agree (this keeps the check's
-- input small however large the warehouse grows).
touched AS (
    SELECT kind, key, office, period_start, period_end, is_prior_period, value_field
    FROM current_figures
    GROUP BY ALL
    HAVING bool_or(is_new) AND min(value) <> max(value)
)
SELECT c.*
FROM current_figures c
JOIN touched t
  ON c.kind = t.kind AND c.key = t.key AND c.value_field = t.value_field
 AND c.office IS NOT DISTINCT FROM t.office
 AND c.period_start IS NOT DISTINCT FROM t.period_start
 AND c.period_end IS NOT DISTINCT FROM t.period_end
 AND c.is_prior_period = t.is_prior_period
ORDER BY c.kind, c.key, c.office, c.period_end, c.article_id, c.start_char;
