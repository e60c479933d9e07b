"""The coded output does not depend on Python's hash seed.

Set iteration order changes with PYTHONHASHSEED from one process to the next (and from one Spark worker to the
next). Any choice taken from a set must not change what is coded: the same text gives the same events and
stances in every process. The sentence is written for this test; before the fix, a stance cue's second word
was taken from a set intersection and the ceasefire stance came and went with the seed. The eighteenth session
found another (a counterpart chosen among equals by the order a set of country codes was walked: half J's j21
was aimed at Ethiopia or at Somaliland from run to run), so a second test codes a few development sets in two
processes with different seeds and compares their JSON byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "tests" / "compiled_dump.py"
# the bundled examples, the freshest development statements and two stance halves (j21 is the case above)
SETS = ("example:", "statements-s14.yaml:", "statements-s13.yaml:", "stance:half-j:", "stance:half-k:")

SCRIPT = """
import json, sys
from communique import code_text
coded = code_text(sys.argv[1])
print(json.dumps({
    "events": [[e.cameo, e.start, [a.code for a in e.sources], [a.code for a in e.targets]]
               for e in coded.events],
    "stances": [[s.actor.code, s.issue.id if s.issue else None, s.stance, [x.start for x in s.evidence]]
                for s in coded.stances],
}))
"""

TEXT = (
    "The chairman of the African Union Commission urged the army and the rebels to cease hostilities at once "
    "and to protect civilians caught in the fighting."
)


def _start(args: list[str], seed: str, cwd: Path | None = None, **env: str) -> subprocess.Popen[str]:
    """A process of this Python with the hash seed given (the runs of a test go at once, one a process)."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "COMMUNIQUE_SEMANTIC": "0", **env}
    return subprocess.Popen(
        [sys.executable, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd
    )


def _output(process: subprocess.Popen[str], timeout: float | None = None) -> str:
    """The standard output of a started process, which must succeed."""
    stdout, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 0, stderr[-3000:]
    return stdout


def test_same_output_whatever_the_hash_seed():
    started = [_start(["-c", SCRIPT, TEXT], str(seed)) for seed in (0, 1, 2)]
    runs = [json.loads(_output(p, timeout=300).strip().splitlines()[-1]) for p in started]
    assert runs[0]["stances"], runs[0]  # the text does take a stance (else the test proves nothing)
    assert runs[0] == runs[1] == runs[2], runs


def test_development_sets_code_the_same_whatever_the_hash_seed(tmp_path: Path):
    outs = {seed: tmp_path / f"seed{seed}.jsonl" for seed in ("1", "2")}
    args = {seed: ["-P", str(DUMP), str(out), *SETS] for seed, out in outs.items()}
    started = [_start(args[seed], seed, cwd=ROOT, PYTHONPATH=str(ROOT)) for seed in outs]
    for process in started:
        _output(process)
    first, second = (outs[seed].read_text(encoding="utf-8").splitlines()[1:] for seed in ("1", "2"))
    assert len(first) == len(second) > 100
    differ = [a.split("\t", 1)[0] for a, b in zip(first, second, strict=True) if a != b]
    assert not differ, f"{len(differ)} of {len(first)} documents code differently with another seed: {differ}"
