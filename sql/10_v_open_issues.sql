-- v_standing_issues: the findings that stand for the current version of each article:
-- those made by the run that last extracted it, or by a later run (cross-article
-- findings), unless a later evaluation of the same subject superseded them (an article
-- they involve changed): one row per finding_id (the latest run's words), with the latest
-- reviewer's decision on it. Findings about superseded versions or older extractions stay
-- in quality_issues but leave this view; a decision lapses with its article's content,
-- whose id is part of the finding_id.
CREATE OR REPLACE VIEW v_standing_issues AS
WITH latest_reviews AS (
    SELECT finding_id, arg_max(decision, decided_at) AS decision
    FROM finding_reviews
    GROUP BY finding_id
)
SELECT
    i.run_id, i.article_id, a.title, a.source_path, i.check_name, i.severity,
    i.message, i.evidence, i.expected, i.found, i.start_char, i.end_char,
    i.figure_ids, i.related_article_ids, i.created_at, i.finding_id,
    r.decision AS review_decision, i.details
FROM quality_issues i
JOIN articles a ON a.article_id = i.article_id AND a.is_current
JOIN runs loaded ON loaded.run_id = a.loaded_run_id
JOIN runs found ON found.run_id = i.run_id
LEFT JOIN latest_reviews r ON r.finding_id = i.finding_id
WHERE found.started_at >= loaded.started_at
  AND NOT EXISTS (SELECT 1 FROM superseded_findings x WHERE x.issue_id = i.issue_id)
QUALIFY row_number() OVER (PARTITION BY i.finding_id ORDER BY found.started_at DESC, i.created_at DESC, i.issue_id DESC) = 1;
COMMENT ON VIEW v_standing_issues IS 'The findings that stand now, one row per finding_id, dismissed ones included (review_decision says): about the current version of each article, from its latest extraction or later, not superseded by a later evaluation of their subject.';
COMMENT ON COLUMN v_standing_issues.run_id IS 'The latest run that made the finding.';
COMMENT ON COLUMN v_standing_issues.article_id IS 'The article the finding is about.';
COMMENT ON COLUMN v_standing_issues.title IS 'The article''s title.';
COMMENT ON COLUMN v_standing_issues.source_path IS 'Raw file path of the article, relative to the raw folder.';
COMMENT ON COLUMN v_standing_issues.finding_id IS 'Stable id of the finding (quality_issues.finding_id): what a reviewer decides on in finding_reviews.';
COMMENT ON COLUMN v_standing_issues.review_decision IS 'The latest reviewer''s decision on the finding (dismissed | confirmed), NULL when none.';

-- v_open_issues: the standing findings no reviewer dismissed (the latest decision on the
-- finding_id counts).
CREATE OR REPLACE VIEW v_open_issues AS
SELECT * FROM v_standing_issues
WHERE review_decision IS DISTINCT FROM 'dismissed';
COMMENT ON VIEW v_open_issues IS 'The findings that stand now, one row per finding_id: about the current version of each article, from its latest extraction or later, not superseded by a later evaluation of their subject, and not dismissed by a reviewer.';
COMMENT ON COLUMN v_open_issues.run_id IS 'The latest run that made the finding.';
COMMENT ON COLUMN v_open_issues.article_id IS 'The article the finding is about.';
COMMENT ON COLUMN v_open_issues.title IS 'The article''s title.';
COMMENT ON COLUMN v_open_issues.source_path IS 'Raw file path of the article, relative to the raw folder.';
COMMENT ON COLUMN v_open_issues.finding_id IS 'Stable id of the finding (quality_issues.finding_id): what a reviewer decides on in finding_reviews.';
COMMENT ON COLUMN v_open_issues.review_decision IS 'confirmed when a reviewer confirmed the finding, else NULL (dismissed findings are not in this view).';
