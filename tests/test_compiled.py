"""The compiled (mypyc) build against the pure source: the same output, and the coding tests pass on it.

The compiled build is build/compiled (``make compiled``; see build_support/compiled.py). Without it, or with
one older than the tree, these tests skip and say why; CI sets COMMUNIQUE_REQUIRE_COMPILED=1 after building
it, and then they fail instead. Each side runs in its own process, PYTHONPATH choosing the build. These tests
run last in a session (conftest.py); the rerun of the coding tests is started when the session has been
collected and runs beside it (tests/compiled_rerun.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import compiled_rerun
from tests.compiled_rerun import COMPILED, ROOT, build_support, env, wait_for_build

DUMP = Path(__file__).with_name("compiled_dump.py")


@pytest.fixture(scope="module")
def compiled():
    """build/compiled, when it is current; otherwise a skip (or a failure where CI requires the build)."""
    reason = wait_for_build() or build_support().status(ROOT, COMPILED)
    if reason:
        if os.environ.get("COMMUNIQUE_REQUIRE_COMPILED") == "1":
            pytest.fail(f"COMMUNIQUE_REQUIRE_COMPILED=1 but {reason}")
        pytest.skip(reason)
    return COMPILED


def test_compiled_build_imports_its_compiled_modules(compiled):
    build = build_support()
    names = [m.removesuffix(".py").replace("/", ".") for m in build.MODULES]
    code = f"import importlib as i, json; print(json.dumps([i.import_module(n).__file__ for n in {names}]))"
    # -P: the current directory (here the tree) stays off sys.path, so PYTHONPATH alone chooses the build
    run = [sys.executable, "-P", "-c", code]
    out = subprocess.run(run, env=env(compiled), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    files = json.loads(out.stdout)
    assert all(Path(f).is_relative_to(compiled) and f.endswith(".so") for f in files), files


def test_compiled_output_is_byte_identical_to_pure(compiled, tmp_path):
    # the two sides run at once, each in its own process
    runs = {}
    for side, path in (("pure", ROOT), ("compiled", compiled)):
        args = [sys.executable, str(DUMP), str(tmp_path / f"{side}.jsonl")]
        runs[side] = subprocess.Popen(
            args, env=env(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path
        )
    outputs = {}
    for side, process in runs.items():
        _, stderr = process.communicate()
        assert process.returncode == 0, f"{side}: {stderr[-3000:]}"
        header, *lines = (tmp_path / f"{side}.jsonl").read_text(encoding="utf-8").splitlines()
        outputs[side] = (json.loads(header), lines)
    (pure_head, pure), (comp_head, comp) = outputs["pure"], outputs["compiled"]
    assert pure_head["compiled"] == [] and Path(pure_head["package"]) == ROOT / "communique", pure_head
    assert comp_head["compiled"] and Path(comp_head["package"]).is_relative_to(compiled), comp_head
    assert len(pure) == len(comp) and len(pure) > 400
    differ = [a.split("\t", 1)[0] for a, b in zip(pure, comp, strict=True) if a != b]
    assert not differ, f"{len(differ)} of {len(pure)} documents code differently when compiled: {differ[:10]}"


def test_coding_tests_pass_on_the_compiled_build(compiled):
    # started in the background when the session was collected (conftest.py), else run here
    background = compiled_rerun.BACKGROUND
    run = background.join() if background is not None else None
    run = run or compiled_rerun.finish(compiled_rerun.start(compiled))
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
