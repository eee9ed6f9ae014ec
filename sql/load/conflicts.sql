-- conflicting_figures, set-based. Input: temp table conflict_figures (kind, figure_id,
-- article_id, key, office, period_start, period_end, is_prior_period, value_field, value,
-- tolerance, start_char, end_char, is_new, sentence_start); $max_figures and $max_values: the most figures,
-- and different printed values, one group is compared in. Output: temp table
-- conflict_findings, one row per article and group that holds a conflict, or that is over
-- a limit (limited = true: not compared, reported as such).
--
-- A group is one subject (kind, program or metric, office, period, prior flag) and value
-- field; a group is evaluated when it holds a figure marked is_new. What is NOT a conflict
-- (pantau.checks.conflicts has the words): a restatement that rounds or truncates, the
-- parts of a stated breakdown within one article, a claim of one case (one payout).

-- Two printed figures can state the same quantity: within both printed roundings, or the
-- coarser one is the finer cut (not rounded) to its last printed digit.
CREATE OR REPLACE TEMP MACRO pantau_truncates(coarse, coarse_tol, fine) AS
    coalesce(coarse_tol > 0
             AND abs(floor(fine / (2 * coarse_tol) + 1e-9) * (2 * coarse_tol) - coarse)
                 <= 1e-9 * greatest(abs(coarse), 2 * coarse_tol), false);

-- Close enough to be meant as one quantity ($max_ratio: pantau.checks.conflicts.MAX_CONFLICT_RATIO):
-- values further apart are two subjects the words did not tell apart.
CREATE OR REPLACE TEMP MACRO pantau_close(a, b, max_ratio) AS
    least(abs(a), abs(b)) > 0 AND greatest(abs(a), abs(b)) / least(abs(a), abs(b)) <= max_ratio;

CREATE OR REPLACE TEMP MACRO pantau_compatible(a, ta, b, tb) AS
    abs(a - b) <= ta + tb + 1e-9 * greatest(abs(a), abs(b), 1.0)
    OR (ta >= tb AND pantau_truncates(a, ta, b))
    OR (ta < tb AND pantau_truncates(b, tb, a));

-- Readable figures with their effective tolerance (a whole number printed to the unit is
-- exact: pantau.checks.precision), numbered by group; single payouts left out.
CREATE OR REPLACE TEMP TABLE conflict_rows AS
WITH readable AS (
    SELECT *, abs(coalesce(tolerance, 0.0)) AS printed
    FROM conflict_figures
    WHERE value IS NOT NULL AND isfinite(value)
),
single_payouts AS (
    SELECT DISTINCT figure_id FROM readable WHERE kind = 'claim' AND value_field = 'cases' AND value = 1
)
SELECT r.kind, r.figure_id, r.article_id, r.key, r.office, r.period_start, r.period_end, r.is_prior_period,
       r.value_field, r.value, r.start_char, r.end_char, coalesce(r.is_new, false) AS is_new, r.sentence_start,
       CASE WHEN NOT isfinite(r.printed) THEN 0.0
            WHEN r.printed <= 0.5 AND r.value = floor(r.value) THEN 0.0
            ELSE r.printed END AS tol,
       -- (two articles' values for a period neither states are not compared: each article is its own group)
       dense_rank() OVER (ORDER BY r.kind, r.key, r.office, r.period_start, r.period_end, r.is_prior_period,
                                   r.value_field, CASE WHEN r.period_end IS NULL THEN r.article_id END) AS grp
FROM readable r
WHERE r.figure_id NOT IN (SELECT figure_id FROM single_payouts);

-- Groups to evaluate: a figure marked new, and two different values. Compared when within
-- both limits: the pairwise work grows with the square of either.
CREATE OR REPLACE TEMP TABLE conflict_groups AS
SELECT grp, count(*) AS n_figures, count(DISTINCT (value, tol)) AS n_labels,
       count(*) <= $max_figures AND count(DISTINCT (value, tol)) <= $max_values AS compared
FROM conflict_rows
GROUP BY grp
HAVING bool_or(is_new) AND count(DISTINCT value) >= 2;

-- Within one article, two or more smaller figures that together stay within its largest
-- figure of the group are taken as that figure's parts (a stated breakdown); a claim whose
-- amount is such a part has its case count taken as a part too ("Rp4.067.386.459 ... kepada
-- 7 orang. Dana itu dengan rincian Rp1.708.809.850 ... kepada 5 orang ahli waris dan
-- Rp2.320.477.204 ...": 5 is some of the 7, not the 7 said again).
CREATE OR REPLACE TEMP TABLE conflict_parts AS
WITH per_article AS (
    SELECT grp, article_id, max(value) AS largest
    FROM conflict_rows
    WHERE grp IN (SELECT grp FROM conflict_groups WHERE compared)
    GROUP BY grp, article_id
    HAVING count(*) >= 3
),
tops AS (
    SELECT p.grp, p.article_id, p.largest, max(r.tol) AS largest_tol
    FROM per_article p
    JOIN conflict_rows r ON r.grp = p.grp AND r.article_id = p.article_id AND r.value = p.largest
    GROUP BY p.grp, p.article_id, p.largest
),
smaller AS (
    SELECT r.grp, r.article_id, r.figure_id, r.value, r.tol, t.largest, t.largest_tol
    FROM conflict_rows r
    JOIN tops t ON t.grp = r.grp AND t.article_id = r.article_id
    WHERE NOT pantau_compatible(r.value, r.tol, t.largest, t.largest_tol)
),
breakdowns AS (
    SELECT grp, article_id
    FROM smaller
    GROUP BY grp, article_id
    HAVING count(*) >= 2 AND sum(value) <= any_value(largest) + any_value(largest_tol) + sum(tol)
),
stated_parts AS (
    SELECT s.grp, s.figure_id
    FROM smaller s
    JOIN breakdowns b ON b.grp = s.grp AND b.article_id = s.article_id
)
SELECT grp, figure_id FROM stated_parts
UNION
SELECT c.grp, c.figure_id
FROM stated_parts p
JOIN conflict_rows a ON a.grp = p.grp AND a.figure_id = p.figure_id AND a.value_field = 'amount_idr'
JOIN conflict_rows c ON c.figure_id = a.figure_id AND c.value_field = 'cases';

-- Two different values of one group in one sentence of one article are two things the
-- sentence lists ("mengundurkan diri 933.762 kasus dan PHK 674.113 kasus"), not one said twice.
CREATE OR REPLACE TEMP TABLE conflict_listed AS
SELECT DISTINCT x.grp, x.figure_id
FROM conflict_rows x
JOIN conflict_rows y ON y.grp = x.grp AND y.article_id = x.article_id AND y.figure_id <> x.figure_id
 AND y.value <> x.value AND y.sentence_start = x.sentence_start;

CREATE OR REPLACE TEMP TABLE conflict_kept AS
SELECT r.*
FROM conflict_rows r
WHERE r.grp IN (SELECT grp FROM conflict_groups WHERE compared)
  AND NOT EXISTS (SELECT 1 FROM conflict_parts p WHERE p.grp = r.grp AND p.figure_id = r.figure_id)
  AND NOT EXISTS (SELECT 1 FROM conflict_listed l WHERE l.grp = r.grp AND l.figure_id = r.figure_id);

-- Distinct printed (value, tolerance) labels per group: a national figure restated by a
-- thousand articles costs a handful of comparisons.
CREATE OR REPLACE TEMP TABLE conflict_labels AS
SELECT grp, value, tol, row_number() OVER (PARTITION BY grp ORDER BY value, tol) AS label
FROM (SELECT DISTINCT grp, value, tol FROM conflict_kept)
WHERE grp IN (SELECT grp FROM conflict_kept GROUP BY grp HAVING count(DISTINCT value) >= 2);

-- Labels that cannot be the same quantity, both ways round.
CREATE OR REPLACE TEMP TABLE conflict_clash AS
WITH pairs AS (
    SELECT a.grp, a.label AS a_label, b.label AS b_label
    FROM conflict_labels a
    JOIN conflict_labels b ON b.grp = a.grp AND b.label > a.label
    WHERE NOT pantau_compatible(a.value, a.tol, b.value, b.tol) AND pantau_close(a.value, b.value, $max_ratio)
)
SELECT grp, a_label AS label, b_label AS other FROM pairs
UNION ALL
SELECT grp, b_label, a_label FROM pairs;

CREATE OR REPLACE TEMP TABLE conflict_involved AS
SELECT k.*, l.label
FROM conflict_kept k
JOIN conflict_labels l ON l.grp = k.grp AND l.value = k.value AND l.tol = k.tol
WHERE EXISTS (SELECT 1 FROM conflict_clash c WHERE c.grp = k.grp AND c.label = l.label);

-- Each article's own clashing figures, and the figures of other articles they clash with.
CREATE OR REPLACE TEMP TABLE conflict_others AS
SELECT DISTINCT o.grp, o.article_id, p.article_id AS other_article_id, p.value, p.start_char, p.end_char
FROM (SELECT DISTINCT grp, article_id, label FROM conflict_involved) o
JOIN conflict_clash c ON c.grp = o.grp AND c.label = o.label
JOIN conflict_involved p ON p.grp = c.grp AND p.label = c.other AND p.article_id <> o.article_id;

CREATE OR REPLACE TEMP TABLE conflict_findings AS
WITH own AS (
    SELECT grp, article_id, any_value(kind) AS kind, any_value(key) AS key, any_value(office) AS office,
           any_value(period_start) AS period_start, any_value(period_end) AS period_end,
           any_value(is_prior_period) AS is_prior_period, any_value(value_field) AS value_field,
           list(figure_id ORDER BY start_char, figure_id) AS figure_ids,
           list(value ORDER BY start_char, figure_id) AS own_values,
           list({'start_char': start_char, 'end_char': end_char, 'value': value} ORDER BY start_char, figure_id)
               AS own_spans,
           min(start_char) AS start_char, arg_min(end_char, start_char) AS end_char
    FROM conflict_involved
    GROUP BY grp, article_id
),
others AS (
    SELECT grp, article_id,
           list(value ORDER BY other_article_id, start_char) AS other_values,
           list(DISTINCT other_article_id ORDER BY other_article_id) AS other_article_ids,
           list({'start_char': start_char, 'end_char': end_char, 'article_id': other_article_id, 'value': value}
                ORDER BY other_article_id, start_char) AS other_spans
    FROM conflict_others
    GROUP BY grp, article_id
),
limited AS (
    SELECT r.grp, r.article_id, any_value(r.kind) AS kind, any_value(r.key) AS key, any_value(r.office) AS office,
           any_value(r.period_start) AS period_start, any_value(r.period_end) AS period_end,
           any_value(r.is_prior_period) AS is_prior_period, any_value(r.value_field) AS value_field,
           list(r.figure_id ORDER BY r.start_char, r.figure_id) AS figure_ids,
           min(r.start_char) AS start_char, arg_min(r.end_char, r.start_char) AS end_char
    FROM conflict_rows r
    JOIN conflict_groups g ON g.grp = r.grp AND NOT g.compared
    GROUP BY r.grp, r.article_id
),
limited_size AS (
    SELECT grp, count(*) AS n_figures, count(DISTINCT value) AS n_values, count(DISTINCT article_id) AS n_articles
    FROM conflict_rows
    WHERE grp IN (SELECT grp FROM limited)
    GROUP BY grp
)
SELECT own.*, others.other_values, others.other_article_ids, others.other_spans, false AS limited,
       NULL::BIGINT AS n_figures, NULL::BIGINT AS n_values, NULL::BIGINT AS n_articles
FROM own LEFT JOIN others USING (grp, article_id)
-- Three and more values of one subject within one article are a series its words tell apart (years,
-- places, months the figures' period and office do not), not one quantity said differently.
WHERE others.other_article_ids IS NOT NULL OR len(list_distinct(own.own_values)) < 3
UNION ALL
SELECT l.grp, l.article_id, l.kind, l.key, l.office, l.period_start, l.period_end, l.is_prior_period,
       l.value_field, l.figure_ids, NULL, NULL, l.start_char, l.end_char, NULL, NULL, NULL, true,
       s.n_figures, s.n_values, s.n_articles
FROM limited l JOIN limited_size s USING (grp)
ORDER BY grp, article_id;
