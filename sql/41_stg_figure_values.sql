-- Staging: every value of every current figure, one row per value, with its office
-- normalised and the rounding its printed precision allows. A claim gives up to two values
-- (cases, amount_idr), a membership figure one (value). These are what facts reconcile:
-- a figure with no office or no period end says too little to be matched with others
-- (it stays in claims/membership), and a claim of one case is one payout (an heir's
-- benefit), not a total of its office and period (as in the conflicting_figures check).
CREATE OR REPLACE VIEW stg_figure_values AS
WITH figures AS (
    SELECT 'claim' AS kind, c.figure_id, c.article_id, c.start_char, c.program AS subject, c.office AS office_as_written,
           c.period_start, c.period_end, c.is_prior_period, c.cases, c.cases_tolerance, c.amount_idr,
           c.amount_tolerance, NULL::DOUBLE AS value, NULL::DOUBLE AS tolerance
    FROM claims c
    WHERE c.cases IS DISTINCT FROM 1
    UNION ALL
    SELECT 'membership', m.figure_id, m.article_id, m.start_char, m.metric, m.office, m.period_start, m.period_end, false,
           NULL, NULL, NULL, NULL, m.value, m.tolerance
    FROM membership m
),
named AS (
    SELECT f.*, o.office, a.published_date
    FROM figures f
    JOIN stg_office_names o ON o.office_as_written = f.office_as_written
    JOIN articles a ON a.article_id = f.article_id
    WHERE f.period_end IS NOT NULL
)
SELECT kind, figure_id, article_id, start_char, subject, office, office_as_written, period_start, period_end,
       is_prior_period, published_date, field, exact, exact::DOUBLE AS value,
       effective_tolerance(exact, printed_tolerance) AS tolerance
FROM (
    SELECT *, 'cases' AS field, cases::DECIMAL(38, 2) AS exact, cases_tolerance AS printed_tolerance
    FROM named WHERE kind = 'claim' AND cases IS NOT NULL
    UNION ALL
    SELECT *, 'amount_idr', amount_idr, amount_tolerance FROM named WHERE kind = 'claim' AND amount_idr IS NOT NULL
    UNION ALL
    SELECT *, 'value', value::DECIMAL(38, 2), tolerance FROM named WHERE kind = 'membership' AND value IS NOT NULL
);
COMMENT ON VIEW stg_figure_values IS 'Staging: one row per value (cases, amount_idr or value) of each current figure that has an office and a period end, with its office normalised; the input of claim_facts and membership_facts.';
COMMENT ON COLUMN stg_figure_values.kind IS 'claim | membership.';
COMMENT ON COLUMN stg_figure_values.figure_id IS 'The figure (claims.figure_id or membership.figure_id).';
COMMENT ON COLUMN stg_figure_values.article_id IS 'The article stating the figure.';
COMMENT ON COLUMN stg_figure_values.start_char IS 'Where the figure''s evidence starts in its article''s body_text (character offset).';
COMMENT ON COLUMN stg_figure_values.subject IS 'The claim''s program or the membership metric.';
COMMENT ON COLUMN stg_figure_values.office IS 'The one office name (stg_office_names.office).';
COMMENT ON COLUMN stg_figure_values.office_as_written IS 'The office as the extractor wrote it.';
COMMENT ON COLUMN stg_figure_values.is_prior_period IS 'True when the figure is a later article''s comparison figure for this (earlier) period.';
COMMENT ON COLUMN stg_figure_values.published_date IS 'Publication date of the article stating the figure.';
COMMENT ON COLUMN stg_figure_values.field IS 'Which value: cases (count) | amount_idr (rupiah) | value (membership count).';
COMMENT ON COLUMN stg_figure_values.exact IS 'The value as stored (cases, exact rupiah, or count), as DECIMAL(38,2).';
COMMENT ON COLUMN stg_figure_values.value IS 'The value as DOUBLE, for comparisons.';
COMMENT ON COLUMN stg_figure_values.tolerance IS 'The rounding its printed precision allows (same unit; 0 for a whole number printed to the unit).';
