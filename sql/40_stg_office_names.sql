-- Staging: every office name as the extractor wrote it -> the one office it stands for.
-- An alias of office_aliases matches the whole name (office_key) or, for a Kanwil, its
-- region alone ('Kanwil Jatim' -> 'jatim'); a user's alias wins over the seed's. A name no
-- alias maps is kept as written (with 'Kantor Cabang'/'KC' spelled 'Cabang'):
-- v_unmapped_offices lists those.
CREATE OR REPLACE VIEW stg_office_names AS
WITH written AS (
    SELECT office AS office_as_written FROM claim_figures
    UNION SELECT office FROM membership_figures
    UNION SELECT office FROM articles
),
aliases AS (
    SELECT office_key(alias) AS alias_key,
           first(office ORDER BY source = 'seed', alias) AS office
    FROM office_aliases
    GROUP BY ALL
),
keyed AS (
    SELECT office_as_written, office_key(office_as_written) AS name_key
    FROM written
    WHERE nullif(trim(office_as_written), '') IS NOT NULL
)
SELECT k.office_as_written,
       coalesce(whole.office, region.office, office_as_written(k.office_as_written)) AS office,
       CASE WHEN whole.office IS NOT NULL THEN 'alias'
            WHEN region.office IS NOT NULL THEN 'region alias'
            ELSE 'as written' END AS matched_by
FROM keyed k
LEFT JOIN aliases whole ON whole.alias_key = k.name_key
LEFT JOIN aliases region ON region.alias_key = CASE WHEN starts_with(k.name_key, 'kanwil ')
                                                    THEN substr(k.name_key, 8) END;
COMMENT ON VIEW stg_office_names IS 'Staging: each office name as written in any figure or article -> the one office name the marts use (via office_aliases).';
COMMENT ON COLUMN stg_office_names.office_as_written IS 'An office name exactly as the extractor wrote it (claim_figures.office, membership_figures.office, articles.office).';
COMMENT ON COLUMN stg_office_names.office IS 'The one office name it stands for: the alias''s office, else the name as written with Kantor Cabang/KC spelled Cabang.';
COMMENT ON COLUMN stg_office_names.matched_by IS 'alias (the whole name is an alias) | region alias (a Kanwil found by its region) | as written (no alias: listed in v_unmapped_offices).';
