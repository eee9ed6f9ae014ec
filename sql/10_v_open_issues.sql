-- v_open_issues: the findings that stand for the current version of each article:
-- those made by the run that last extracted it, or by a later run (cross-article
-- findings), unless a later evaluation of the same subject superseded them (an article
-- they involve changed). Findings about superseded versions or older extractions stay in
-- quality_issues but leave this view.
CREATE OR REPLACE VIEW v_open_issues AS
SELECT
    i.run_id, i.article_id, a.title, a.source_path, i.check_name, i.severity,
    i.message, i.evidence, i.expected, i.found, i.start_char, i.end_char,
    i.figure_ids, i.related_article_ids, i.created_at
FROM quality_issues i
JOIN articles a ON a.article_id = i.article_id AND a.is_current
JOIN runs loaded ON loaded.run_id = a.loaded_run_id
JOIN runs found ON found.run_id = i.run_id
WHERE found.started_at >= loaded.started_at
  AND NOT EXISTS (SELECT 1 FROM superseded_findings x WHERE x.issue_id = i.issue_id);
