"""Spark inputs on a cluster's default file system (UX19, a UX18 leftover).

A plain input path is read by Spark from the default file system, which on a cluster is HDFS or ViewFS, not
this machine's disk. The CLI looked plain paths up locally and refused a corpus the cluster had as "no such
file". ViewFS, configured through ``$HADOOP_CONF_DIR`` as a cluster's would be, maps ``/data`` to a local
directory, so the test needs no HDFS: ``/data/corpus.jsonl`` exists for Spark and not on the local disk.

Real pyspark: a ``local[1]`` session in this process, and the real CLI in a subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.spark import InputMissing, run_spark_job
from tests.conftest_spark import LINE, spark_cli

MOUNT = "/communique-ux19-data"
OUT = "/communique-ux19-out"


def test_a_library_caller_gets_the_missing_input_by_name(spark, tmp_path):
    """run_spark_job let Spark fail on it: a Java 'Path does not exist' (or 'matches 0 files') error."""
    for path, problem in (
        (tmp_path / "absent.jsonl", "no such file"),
        (tmp_path / "ab*.jsonl", "matches no file"),
    ):
        with pytest.raises(InputMissing) as error:
            run_spark_job(spark, [str(path)], str(tmp_path / "out"))
        assert str(error.value) == f"{path}: {problem}" and error.value.path == str(path)
    assert not (tmp_path / "out").exists()


@pytest.fixture
def cluster(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    """A Hadoop configuration whose default file system is ViewFS, with /data and /out mounted locally."""
    assert not Path(MOUNT).exists() and not Path(OUT).exists(), "the mount points must not exist locally"
    data, out, conf = tmp_path / "data", tmp_path / "out", tmp_path / "conf"
    data.mkdir()
    conf.mkdir()
    (data / "corpus.jsonl").write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    (conf / "core-site.xml").write_text(
        '<?xml version="1.0"?><configuration>'
        "<property><name>fs.defaultFS</name><value>viewfs://cluster/</value></property>"
        f"<property><name>fs.viewfs.mounttable.cluster.link.{MOUNT}</name><value>file://{data}</value></property>"
        f"<property><name>fs.viewfs.mounttable.cluster.link.{OUT}</name><value>file://{out}</value></property>"
        "</configuration>",
        encoding="utf-8",
    )
    return {"HADOOP_CONF_DIR": str(conf)}, data, out


def test_a_plain_input_on_the_clusters_default_file_system_is_coded(spark, cluster):
    """'corpus.jsonl: no such file' (exit 2) before Spark started, though Spark would have read it."""
    env, _data, out = cluster
    done = spark_cli(f"{MOUNT}/corpus.jsonl", "-o", f"{OUT}/coded", env=env)
    assert done.returncode == 0, done.stderr
    records = [
        json.loads(line)
        for p in sorted((out / "coded").glob("part-*"))
        for line in p.read_text().splitlines()
    ]
    assert [r["document"]["external_id"] for r in records] == [LINE["id"]]
    # A typo there is still a usage error naming the input, found by the job through Hadoop.
    typo = spark_cli(f"{MOUNT}/corpus.jsonl", f"{MOUNT}/corpsu.jsonl", "-o", f"{OUT}/again", env=env)
    assert typo.returncode == 2, typo.stderr
    said = " ".join(typo.stderr.replace("│", " ").split())
    assert f"Invalid value for INPUTS: {MOUNT}/corpsu.jsonl: no such file" in said, said
    assert not (out / "again").exists()
