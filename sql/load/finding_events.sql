-- What run $run_id changed in the standing findings (finding_events), and how many stay
-- open after it (runs.open_errors, open_warnings). Runs inside the loader's transaction,
-- after the run's row is written (v_standing_issues joins runs). $now: a timestamp.

-- A warehouse from before finding_events: each standing finding was opened by the first
-- run that made it, so this run does not claim the whole backlog as its own.
INSERT INTO finding_events BY NAME
SELECT first_run AS run_id, s.finding_id, 'opened' AS event, s.article_id, s.check_name, s.severity,
       first_started AS recorded_at
FROM v_standing_issues s
JOIN (SELECT i.finding_id, arg_min(i.run_id, r.started_at) AS first_run, min(r.started_at) AS first_started
      FROM quality_issues i JOIN runs r USING (run_id)
      WHERE r.run_id <> $run_id
      GROUP BY i.finding_id) f USING (finding_id)
WHERE NOT EXISTS (SELECT 1 FROM finding_events)
  AND EXISTS (SELECT 1 FROM runs WHERE run_id <> $run_id);

INSERT INTO finding_events BY NAME
WITH standing_before AS (
    SELECT finding_id, arg_max(event, recorded_at) AS last_event, arg_max(article_id, recorded_at) AS article_id,
           arg_max(check_name, recorded_at) AS check_name, arg_max(severity, recorded_at) AS severity
    FROM finding_events
    GROUP BY finding_id
    HAVING last_event = 'opened'
),
standing_now AS (
    SELECT finding_id, article_id, check_name, severity FROM v_standing_issues
)
SELECT $run_id AS run_id, n.finding_id, 'opened' AS event, n.article_id, n.check_name, n.severity, $now AS recorded_at
FROM standing_now n
WHERE n.finding_id NOT IN (SELECT finding_id FROM standing_before)
UNION ALL
SELECT $run_id, b.finding_id, 'closed', b.article_id, b.check_name, b.severity, $now
FROM standing_before b
WHERE b.finding_id NOT IN (SELECT finding_id FROM standing_now);

UPDATE runs SET
    open_errors = (SELECT count(*) FROM v_open_issues WHERE severity = 'error'),
    open_warnings = (SELECT count(*) FROM v_open_issues WHERE severity = 'warning')
WHERE run_id = $run_id;
