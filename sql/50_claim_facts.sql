-- claim_facts: one answer per question. One row per office x program x period (start,
-- end) that at least one current article states, prior-period figures included under
-- the period they describe (a 2018 article's '2017: Rp X' is a report about 2017).
CREATE OR REPLACE VIEW claim_facts AS
SELECT office, subject AS program, period_start, period_end,
       max(fact_exact) FILTER (WHERE field = 'cases')::BIGINT AS cases,
       max(fact_exact) FILTER (WHERE field = 'amount_idr') AS amount_idr,
       count(DISTINCT article_id) AS n_articles,
       count(DISTINCT article_id) FILTER (WHERE NOT agrees) AS n_disagreeing,
       CASE WHEN count(DISTINCT article_id) FILTER (WHERE NOT agrees) > 0 THEN 'conflict'
            WHEN count(DISTINCT article_id) > 1 THEN 'agreed'
            ELSE 'single' END AS status,
       min(published_date) AS first_reported,
       max(published_date) AS last_reported,
       count(DISTINCT article_id) FILTER (WHERE is_prior_period) AS n_prior_period_reports,
       list(DISTINCT figure_id ORDER BY figure_id) AS figure_ids,
       period_kind(period_start, period_end) AS period_kind
FROM stg_fact_values
WHERE kind = 'claim'
GROUP BY office, subject, period_start, period_end;
COMMENT ON VIEW claim_facts IS 'One row per office x program x period that at least one current article states, with the value most articles state: restatements across articles reconciled. Use this, not claims, to add up or compare figures.';
COMMENT ON COLUMN claim_facts.office IS 'The one office name (office_aliases applied to the names as written).';
COMMENT ON COLUMN claim_facts.program IS 'JHT, JKM, JKK, JP, JKP, or TOTAL (all programs together).';
COMMENT ON COLUMN claim_facts.period_start IS 'First day of the period (NULL when the articles give only its end).';
COMMENT ON COLUMN claim_facts.period_end IS 'Last day of the period.';
COMMENT ON COLUMN claim_facts.cases IS 'Claims paid (count of cases) as most articles state it (ties: the latest report, then the figure stated first in its article); NULL when no article gives a count.';
COMMENT ON COLUMN claim_facts.amount_idr IS 'Benefits paid, exact rupiah, as most articles state it (ties: the latest report, then the figure stated first in its article); NULL when no article gives an amount.';
COMMENT ON COLUMN claim_facts.n_articles IS 'Current articles stating a figure for this office, program and period (count).';
COMMENT ON COLUMN claim_facts.n_disagreeing IS 'Of those, articles stating a case count or amount that cannot be the fact''s value, beyond rounding or truncation (count).';
COMMENT ON COLUMN claim_facts.status IS 'single (one article) | agreed (several articles, all agree) | conflict (at least one article disagrees).';
COMMENT ON COLUMN claim_facts.first_reported IS 'Publication date of the first article stating it.';
COMMENT ON COLUMN claim_facts.last_reported IS 'Publication date of the latest article stating it.';
COMMENT ON COLUMN claim_facts.n_prior_period_reports IS 'Articles that state it as the comparison figure of a later period (count).';
COMMENT ON COLUMN claim_facts.figure_ids IS 'Every figure behind the fact (claims.figure_id), sorted.';
COMMENT ON COLUMN claim_facts.period_kind IS 'month | quarter | semester | year (a whole calendar period) | year_to_date (cumulative from 1 January) | other | unknown.';
