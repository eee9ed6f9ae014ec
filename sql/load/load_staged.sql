-- Load one run's staged rows (temp views staged_*, planned_sources, early_rejections).
-- Runs inside the loader's transaction; $run_id, $now and $raw_dir are bound parameters.
-- A source is a path inside a raw folder: (raw_dir, source_path).

-- Rows of warehouses made before raw_dir belong to the first raw folder that holds their path.
UPDATE source_files SET raw_dir = $raw_dir
WHERE raw_dir IS NULL
  AND source_path IN (SELECT source_path FROM run_files UNION SELECT source_path FROM early_rejections);

UPDATE rejected_files SET raw_dir = $raw_dir
WHERE raw_dir IS NULL
  AND source_path IN (SELECT source_path FROM run_files UNION SELECT source_path FROM early_rejections);

-- Articles extracted again (changed extractor) keep where they were first seen. A run
-- that extracted an article with the version it already has (another run loaded it
-- while this one was extracting) changes nothing: its figures and findings are dropped
-- below, so the warehouse holds one extraction per article and version.
UPDATE articles SET
    title = s.title, body_text = s.body_text, published_date = s.published_date, office = s.office,
    dateline_city = s.dateline_city, source_url = coalesce(s.source_url, articles.source_url),
    fetched_at = coalesce(s.fetched_at, articles.fetched_at), encoding = s.encoding,
    loaded_run_id = s.loaded_run_id, extractor_version = s.extractor_version,
    extraction_errors = s.extraction_errors, extraction_error_rules = s.extraction_error_rules
FROM staged_articles s
WHERE articles.article_id = s.article_id
  AND articles.extractor_version IS DISTINCT FROM s.extractor_version;

INSERT INTO articles BY NAME
SELECT * FROM staged_articles
WHERE article_id NOT IN (SELECT article_id FROM articles);

INSERT INTO claim_figures BY NAME
SELECT * FROM staged_claim_figures s
WHERE NOT EXISTS (SELECT 1 FROM claim_figures k WHERE k.figure_id = s.figure_id AND k.run_id = s.run_id)
  AND s.article_id IN (SELECT article_id FROM articles WHERE loaded_run_id = $run_id);

INSERT INTO membership_figures BY NAME
SELECT * FROM staged_membership_figures s
WHERE NOT EXISTS (SELECT 1 FROM membership_figures k WHERE k.figure_id = s.figure_id AND k.run_id = s.run_id)
  AND s.article_id IN (SELECT article_id FROM articles WHERE loaded_run_id = $run_id);

INSERT INTO quality_issues BY NAME
SELECT * FROM staged_quality_issues
WHERE article_id IN (SELECT article_id FROM articles WHERE loaded_run_id = $run_id);

-- A rejected content is rejected under every path that holds it; each (path, content,
-- reason) is recorded once, so a re-run adds nothing.
INSERT INTO rejected_files BY NAME
SELECT DISTINCT r.source_path, r.reason, $run_id AS run_id, r.content_sha256, $raw_dir AS raw_dir
FROM (
    SELECT source_path, reason, content_sha256 FROM early_rejections
    UNION ALL
    SELECT p.source_path, s.reason, p.content_sha256
    FROM planned_sources p JOIN staged_rejected_files s USING (content_sha256)
    UNION ALL
    -- A path planned with a content no file of this run was read as: the one copy read of
    -- that content changed while it was read. Recorded without a hash, so the next run
    -- reads the path again.
    SELECT p.source_path, 'not read this run: another copy of the same content changed while pantau read it; '
                          || 'the next run reads this file again', NULL
    FROM planned_sources p
    WHERE p.article_id NOT IN (SELECT article_id FROM articles)
      AND p.content_sha256 NOT IN (SELECT content_sha256 FROM staged_rejected_files)
) r
WHERE NOT EXISTS (SELECT 1 FROM rejected_files k
                  WHERE k.source_path = r.source_path
                    AND k.raw_dir IS NOT DISTINCT FROM $raw_dir
                    AND k.content_sha256 IS NOT DISTINCT FROM r.content_sha256
                    AND k.reason = r.reason);

-- A path that holds again a content it held before (a file changed back) is seen anew:
-- its row keeps the run that first saw the pair, and seen_at makes it the path's latest.
UPDATE source_files SET seen_at = $now
FROM planned_sources p
WHERE source_files.source_path = p.source_path AND source_files.content_sha256 = p.content_sha256
  AND source_files.raw_dir = $raw_dir;

-- Path/content pairs not yet recorded; one row per pair, even when two runs planned
-- the same new file at once. A content that could not be read is recorded with no
-- article, so the path's previous article stops being current (a file emptied or
-- corrupted after it was loaded).
INSERT INTO source_files BY NAME
SELECT p.source_path,
       CASE WHEN p.content_sha256 IN (SELECT content_sha256 FROM staged_rejected_files) THEN NULL
            ELSE p.article_id END AS article_id,
       p.content_sha256, $run_id AS run_id, $now AS seen_at, $raw_dir AS raw_dir
FROM planned_sources p
WHERE (p.content_sha256 IN (SELECT content_sha256 FROM staged_rejected_files)
       OR p.article_id IN (SELECT article_id FROM articles))
  AND NOT EXISTS (SELECT 1 FROM source_files k
                  WHERE k.source_path = p.source_path AND k.content_sha256 = p.content_sha256
                    AND k.raw_dir IS NOT DISTINCT FROM $raw_dir);

-- An article is current while some source's latest content is it.
UPDATE articles SET is_current = article_id IN (
    -- coalesce: arg_max skips NULL args, and an unreadable latest content means "none"
    SELECT arg_max(coalesce(article_id, ''), seen_at) FROM source_files GROUP BY raw_dir, source_path
);
