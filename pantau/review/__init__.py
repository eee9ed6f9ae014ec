"""What a reviewer works with: the warehouse's findings as one navigable report, the
decisions that stick (finding_reviews), and every text a reviewer reads in Bahasa
Indonesia or English.

    messages    finding messages (id, en) rendered from a finding's key and arguments
    notation    a computed figure written the way its article prints figures
    data        the report's queries: open findings by article, the figures they involve, runs
    pages       the report's pages (latest.html, runs.html, run-<id>.html, decisions.html)
    decisions   `pantau review`: recording decisions, one or many (CSV)
    gold        `pantau export-gold`: confirmed extraction mistakes as dev-set annotations
"""
