-- Staging: each figure value beside the value its fact takes, and whether it agrees.
-- A fact is one kind x subject x office x period (start, end) x field. Its value is the
-- printed value that the most articles state, counting an article as stating it when any
-- of its figures agrees (figures_agree: a restatement that rounds or truncates agrees);
-- ties go to the value of the latest report, then to the one stated first in its article
-- (an article leads with its own figure; parts and comparisons follow), then the more
-- precise. Values are compared as distinct (value, tolerance) pairs, so a figure restated
-- by a thousand articles costs a handful of comparisons.
CREATE OR REPLACE VIEW stg_fact_values AS
WITH figure_values AS MATERIALIZED (  -- read three times below: computed once
    SELECT * FROM stg_figure_values
),
candidates AS (
    SELECT kind, subject, office, period_start, period_end, field, exact, value, tolerance,
           max(published_date) AS latest_stated, min(start_char) AS first_stated_at
    FROM figure_values
    GROUP BY ALL
),
support AS (
    SELECT k.kind, k.subject, k.office, k.period_start, k.period_end, k.field, k.exact, k.value, k.tolerance,
           k.latest_stated, k.first_stated_at, count(DISTINCT v.article_id) AS n_support
    FROM candidates k
    JOIN figure_values v
      ON v.kind = k.kind AND v.subject = k.subject AND v.office = k.office AND v.field = k.field
     AND v.period_end = k.period_end AND v.period_start IS NOT DISTINCT FROM k.period_start
     AND figures_agree(k.value, k.tolerance, v.value, v.tolerance)
    GROUP BY ALL
),
chosen AS (
    SELECT * EXCLUDE (rank_in_fact)
    FROM (
        SELECT *, row_number() OVER (
                   PARTITION BY kind, subject, office, period_start, period_end, field
                   ORDER BY n_support DESC, latest_stated DESC NULLS LAST, first_stated_at, tolerance, exact
               ) AS rank_in_fact
        FROM support
    )
    WHERE rank_in_fact = 1
)
SELECT v.*, c.exact AS fact_exact, c.tolerance AS fact_tolerance,
       figures_agree(c.value, c.tolerance, v.value, v.tolerance) AS agrees
FROM figure_values v
JOIN chosen c
  ON v.kind = c.kind AND v.subject = c.subject AND v.office = c.office AND v.field = c.field
 AND v.period_end = c.period_end AND v.period_start IS NOT DISTINCT FROM c.period_start;
COMMENT ON VIEW stg_fact_values IS 'Staging: each figure value (stg_figure_values) with the value its fact takes and whether it agrees; claim_facts and membership_facts group it.';
COMMENT ON COLUMN stg_fact_values.fact_exact IS 'The value the fact takes for this field: the printed value most articles state (ties: the latest report, then the figure stated first in its article, then the more precise).';
COMMENT ON COLUMN stg_fact_values.fact_tolerance IS 'The rounding the fact''s printed value allows (same unit).';
COMMENT ON COLUMN stg_fact_values.agrees IS 'True when this figure''s value can state the fact''s value (equal within both roundings, or one truncates the other).';
