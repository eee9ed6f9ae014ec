-- v_membership_latest: for each office and metric, the fact with the latest period end
-- (membership_facts: restatements reconciled, offices normalised).
CREATE OR REPLACE VIEW v_membership_latest AS
SELECT office, metric, value, period_start, period_end, status, n_articles, last_reported
FROM (
    SELECT *, row_number() OVER (PARTITION BY office, metric
                                 ORDER BY period_end DESC, last_reported DESC NULLS LAST,
                                          period_start DESC NULLS LAST) AS rank_in_office
    FROM membership_facts
)
WHERE rank_in_office = 1;
COMMENT ON VIEW v_membership_latest IS 'The latest participation figure per office and metric: the membership fact with the latest period end.';
