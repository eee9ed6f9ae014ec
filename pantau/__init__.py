"""pantau: BPJS Ketenagakerjaan figures from Indonesian press text into DuckDB."""

__version__ = "0.1.0"
# Bump when extraction or checks change what they produce: articles loaded by an
# older version are extracted and validated again on the next run.
EXTRACTOR_VERSION = "2026.11.24-1"
