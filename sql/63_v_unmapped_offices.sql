-- v_unmapped_offices: office names no alias maps, kept as written. Add a row to
-- office_aliases (or the seed file) for each that means an office already known.
CREATE OR REPLACE VIEW v_unmapped_offices AS
SELECT o.office_as_written, o.office,
       count(DISTINCT f.figure_id) AS figures,
       count(DISTINCT f.article_id) AS articles
FROM stg_office_names o
LEFT JOIN (SELECT figure_id, article_id, office FROM claims
           UNION ALL SELECT figure_id, article_id, office FROM membership) f
  ON f.office = o.office_as_written
WHERE o.matched_by = 'as written'
GROUP BY ALL
ORDER BY figures DESC, o.office_as_written;
COMMENT ON VIEW v_unmapped_offices IS 'Office names that no office_aliases row maps: kept as written. Map one with INSERT INTO office_aliases VALUES (name, office, note, ''user'').';
COMMENT ON COLUMN v_unmapped_offices.office IS 'The name the marts use for it now (as written, Kantor Cabang spelled Cabang).';
COMMENT ON COLUMN v_unmapped_offices.figures IS 'Current figures written with this name (count).';
COMMENT ON COLUMN v_unmapped_offices.articles IS 'Current articles with such figures (count).';
