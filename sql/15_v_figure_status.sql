-- v_figure_status: the worst open finding for each flagged figure (error beats warning).
-- `claims` and `membership` take their `status` from here, so a finding made by a
-- later run (a cross-article conflict) shows on the figure at once.
CREATE OR REPLACE VIEW v_figure_status AS
SELECT figure_id,
       CASE WHEN bool_or(severity = 'error') THEN 'error' ELSE 'warning' END AS status
FROM (
    SELECT unnest(string_split(figure_ids, ',')) AS figure_id, severity
    FROM v_open_issues
    WHERE figure_ids IS NOT NULL
)
GROUP BY figure_id;
