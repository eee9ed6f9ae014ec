-- v_membership_latest: for each office and metric, the figure with the latest period
-- end (ties: the most recently published article).
CREATE OR REPLACE VIEW v_membership_latest AS
SELECT office, metric, value, period_start, period_end, status, article_id, published_date
FROM (
    SELECT m.*, a.published_date,
           row_number() OVER (PARTITION BY m.office, m.metric
                              ORDER BY m.period_end DESC NULLS LAST, a.published_date DESC NULLS LAST,
                                       m.article_id) AS rank_in_office
    FROM membership m JOIN articles a USING (article_id)
)
WHERE rank_in_office = 1;
