-- membership_facts: as claim_facts, for participation figures: one row per office x
-- metric x period that at least one current article states.
CREATE OR REPLACE VIEW membership_facts AS
SELECT office, subject AS metric, period_start, period_end,
       max(fact_exact)::DOUBLE AS value,
       count(DISTINCT article_id) AS n_articles,
       count(DISTINCT article_id) FILTER (WHERE NOT agrees) AS n_disagreeing,
       CASE WHEN count(DISTINCT article_id) FILTER (WHERE NOT agrees) > 0 THEN 'conflict'
            WHEN count(DISTINCT article_id) > 1 THEN 'agreed'
            ELSE 'single' END AS status,
       min(published_date) AS first_reported,
       max(published_date) AS last_reported,
       list(DISTINCT figure_id ORDER BY figure_id) AS figure_ids,
       period_kind(period_start, period_end) AS period_kind
FROM stg_fact_values
WHERE kind = 'membership'
GROUP BY office, subject, period_start, period_end;
COMMENT ON VIEW membership_facts IS 'One row per office x metric x period that at least one current article states, with the value most articles state (restatements reconciled).';
COMMENT ON COLUMN membership_facts.office IS 'The one office name (office_aliases applied to the names as written).';
COMMENT ON COLUMN membership_facts.metric IS 'What is counted (membership.metric).';
COMMENT ON COLUMN membership_facts.period_start IS 'First day of the period (NULL when the articles give only its end).';
COMMENT ON COLUMN membership_facts.period_end IS 'Last day of the period, or the date the count was taken.';
COMMENT ON COLUMN membership_facts.value IS 'The count (companies or workers) as most articles state it (ties: the latest report, then the figure stated first in its article).';
COMMENT ON COLUMN membership_facts.n_articles IS 'Current articles stating a figure for this office, metric and period (count).';
COMMENT ON COLUMN membership_facts.n_disagreeing IS 'Of those, articles stating a value that cannot be the fact''s, beyond rounding or truncation (count).';
COMMENT ON COLUMN membership_facts.status IS 'single (one article) | agreed (several articles, all agree) | conflict (at least one article disagrees).';
COMMENT ON COLUMN membership_facts.first_reported IS 'Publication date of the first article stating it.';
COMMENT ON COLUMN membership_facts.last_reported IS 'Publication date of the latest article stating it.';
COMMENT ON COLUMN membership_facts.figure_ids IS 'Every figure behind the fact (membership.figure_id), sorted.';
COMMENT ON COLUMN membership_facts.period_kind IS 'month | quarter | semester | year | year_to_date | other | unknown (see claim_facts.period_kind).';
