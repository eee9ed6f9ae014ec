-- office_aliases from the seed file ($seed_file: sql/seeds/office_aliases.csv), refreshed
-- by the first run after the file changed (pantau.warehouse.apply_schema): new seed rows are
-- added, changed ones updated, removed ones deleted. A row a
-- user added (source other than 'seed') is never touched, and wins over a seed row.
INSERT INTO office_aliases (alias, office, note, source)
SELECT DISTINCT ON (trim(alias)) trim(alias), trim(office), note, 'seed'
FROM read_csv($seed_file, header = true, all_varchar = true, comment = '#')
WHERE trim(alias) <> '' AND trim(alias) NOT IN (SELECT alias FROM office_aliases WHERE source IS DISTINCT FROM 'seed')
ON CONFLICT (alias) DO UPDATE SET office = excluded.office, note = excluded.note;

DELETE FROM office_aliases
WHERE source = 'seed'
  AND alias NOT IN (SELECT trim(alias) FROM read_csv($seed_file, header = true, all_varchar = true, comment = '#'));
