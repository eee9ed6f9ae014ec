-- Macros the views share: how office names are matched, how far a printed figure may be
-- from the quantity it states, and what kind of period a (start, end) pair is.

-- office_key: a name reduced to what identifies the office. Case and punctuation are
-- ignored; the agency's name and the word 'dan' are dropped; 'Kantor Wilayah' reads
-- 'kanwil' and a leading 'Kantor Cabang (Perintis|Pembantu)', 'KC', 'KCP', 'Kacab' reads
-- 'cabang'. 'Kantor Wilayah BPJS Ketenagakerjaan Jawa-Timur' -> 'kanwil jawa timur'.
CREATE OR REPLACE MACRO office_key(name) AS
    trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        lower(name), '[^[:alnum:]]+', ' ', 'g'),
        '\b(bpjs ketenagakerjaan|bpjs tk|bpjstk|bpjamsostek|bp jamsostek|jamsostek|dan)\b', ' ', 'g'),
        '\bkantor wilayah\b', 'kanwil', 'g'),
        '^\s*(kantor cabang perintis|kantor cabang pembantu|kantor cabang|kcp|kc|kacab)\b', 'cabang'),
        '\s+', ' ', 'g'));

-- office_as_written: a name kept as written, but with its office type spelled the one way
-- ('Kantor Cabang Sidoarjo' and 'KC Sidoarjo' -> 'Cabang Sidoarjo'), for names no alias maps.
CREATE OR REPLACE MACRO office_as_written(name) AS
    regexp_replace(regexp_replace(regexp_replace(trim(name),
        '(?i)^(kantor\s+cabang(\s+(perintis|pembantu))?|kcp|kc|kacab)\s+', 'Cabang '),
        '(?i)^kantor\s+wilayah\s+', 'Kanwil '),
        '\s+', ' ', 'g');

-- The rounding a printed figure allows, except that a whole number printed to the unit is
-- exact (pantau.checks.precision.effective_tolerance).
CREATE OR REPLACE MACRO effective_tolerance(value, tolerance) AS
    CASE WHEN value IS NULL THEN 0.0
         WHEN abs(coalesce(tolerance, 0.0)) <= 0.5 AND value::DOUBLE = round(value::DOUBLE) THEN 0.0
         ELSE abs(coalesce(tolerance, 0.0)) END;

-- figures_agree: two printed figures can state the same quantity: within both roundings,
-- or the coarser one is the finer cut (truncated) to its last printed digit (1,47 triliun
-- vs 1.474.200.000.000). The rule of pantau.checks.conflicts.compatible, in SQL.
CREATE OR REPLACE MACRO figures_agree(a, ta, b, tb) AS
    abs(a - b) <= ta + tb + 1e-9 * greatest(abs(a), abs(b), 1.0)
    OR (CASE WHEN ta >= tb THEN ta ELSE tb END) > 0 AND
       abs(floor((CASE WHEN ta >= tb THEN b ELSE a END) / (2.0 * greatest(ta, tb)) + 1e-9) * (2.0 * greatest(ta, tb))
           - (CASE WHEN ta >= tb THEN a ELSE b END))
       <= 1e-9 * greatest(abs(CASE WHEN ta >= tb THEN a ELSE b END), 2.0 * greatest(ta, tb));

-- period_kind: month | quarter | semester | year (a whole calendar period), year_to_date
-- (from 1 January to a day before the year ends: cumulative figures), other, or unknown.
CREATE OR REPLACE MACRO period_kind(period_start, period_end) AS
    CASE
        WHEN period_start IS NULL OR period_end IS NULL THEN 'unknown'
        WHEN day(period_start) = 1 AND period_end = last_day(period_end)
             AND date_diff('month', period_start, period_end) = 0 THEN 'month'
        WHEN day(period_start) = 1 AND month(period_start) IN (1, 4, 7, 10) AND period_end = last_day(period_end)
             AND date_diff('month', period_start, period_end) = 2 THEN 'quarter'
        WHEN day(period_start) = 1 AND month(period_start) IN (1, 7) AND period_end = last_day(period_end)
             AND date_diff('month', period_start, period_end) = 5 THEN 'semester'
        WHEN day(period_start) = 1 AND month(period_start) = 1 AND month(period_end) = 12 AND day(period_end) = 31
             AND year(period_start) = year(period_end) THEN 'year'
        WHEN day(period_start) = 1 AND month(period_start) = 1 AND year(period_start) = year(period_end)
             THEN 'year_to_date'
        ELSE 'other'
    END;
