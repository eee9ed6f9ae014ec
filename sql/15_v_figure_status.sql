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
COMMENT ON VIEW v_figure_status IS 'The worst open finding for each flagged figure; figures no open finding flags are not listed (their status is ok).';
COMMENT ON COLUMN v_figure_status.figure_id IS 'A claim or membership figure (figure_id) that an open finding flags.';
COMMENT ON COLUMN v_figure_status.status IS 'error when any open finding on the figure is an error, else warning.';
