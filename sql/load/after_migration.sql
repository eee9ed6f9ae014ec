-- After pantau.warehouse.migrate_tables rebuilt tables of an earlier version: fill what
-- the old rows lack and can be derived. Idempotent (only NULLs are filled).

-- Findings made before finding ids existed get one from what they are about, so a
-- reviewer can decide on them until their article is extracted again.
UPDATE quality_issues
SET finding_id = 'f' || substr(md5(concat_ws('|', article_id, check_name, start_char, end_char,
                                             coalesce(figure_ids, evidence))), 1, 12)
WHERE finding_id IS NULL;
