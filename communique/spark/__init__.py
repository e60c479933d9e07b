"""Scale-out stage: code JSONL corpora on Apache Spark with the same results as one machine.

Each partition builds one coder per executor process (the spaCy model and dictionaries load once) and
streams its documents through ``nlp.pipe``, exactly as ``communique code`` does locally, so a document's
record is identical whichever machine coded it.
"""

from communique.spark.job import (
    CODED_SCHEMA,
    EVENT_SCHEMA,
    InputMissing,
    OutputExists,
    OutputRefused,
    SparkJobSummary,
    check_inputs,
    check_outputs,
    code_jsonl,
    code_lines,
    event_rows,
    run_spark_job,
    spark_session,
)

__all__ = [
    "CODED_SCHEMA",
    "EVENT_SCHEMA",
    "InputMissing",
    "OutputExists",
    "OutputRefused",
    "SparkJobSummary",
    "check_inputs",
    "check_outputs",
    "code_jsonl",
    "code_lines",
    "event_rows",
    "run_spark_job",
    "spark_session",
]
