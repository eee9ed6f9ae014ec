-- v_claim_series: claim facts per office and program over periods, one series per kind
-- of period, so cumulative year-to-date figures (Januari-Agustus) never sit in one line
-- with whole months, quarters or years. Conflicts stay visible (status).
CREATE OR REPLACE VIEW v_claim_series AS
SELECT office, program, period_kind AS series, period_start, period_end,
       row_number() OVER (PARTITION BY office, program, period_kind ORDER BY period_end, period_start) AS point_no,
       cases, amount_idr, status, n_articles, n_disagreeing
FROM claim_facts
WHERE period_kind NOT IN ('other', 'unknown');
COMMENT ON VIEW v_claim_series IS 'Claim facts per office and program over periods: one series per kind of period (month, quarter, semester, year, year_to_date), in period order.';
COMMENT ON COLUMN v_claim_series.series IS 'The kind of period of every point of the series: month | quarter | semester | year | year_to_date (cumulative from 1 January, kept apart from whole periods).';
COMMENT ON COLUMN v_claim_series.point_no IS 'Position of the point in its series, by period end (1 = earliest).';
