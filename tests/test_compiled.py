"""The compiled (mypyc) build against the pure source: the same output, and the coding tests pass on it.

The compiled build is build/compiled (``make compiled``; see build_support/compiled.py). Without it, or with
one older than the tree, these tests skip and say why; CI sets COMMUNIQUE_REQUIRE_COMPILED=1 after building
it, and then they fail instead. Each side runs in its own process, PYTHONPATH choosing the build.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "build" / "compiled"
DUMP = Path(__file__).with_name("compiled_dump.py")
# The tests of the compiled modules' stages, run once more on the compiled build
CODING_TESTS = [
    "test_actors*.py",
    "test_events*.py",
    "test_roles*.py",
    "test_stance*.py",
    "test_vocabulary*.py",
    "test_matcher*.py",
    "test_modality*.py",
    "test_clause_roles.py",
    "test_consequences.py",
    "test_determinism.py",
    "test_negation_focus.py",
    "test_precedence.py",
]


def _build_support():
    path = ROOT / "build_support" / "compiled.py"
    spec = importlib.util.spec_from_file_location("communique_build_compiled", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled():
    """build/compiled, when it is current; otherwise a skip (or a failure where CI requires the build)."""
    reason = _build_support().status(ROOT, COMPILED)
    if reason:
        if os.environ.get("COMMUNIQUE_REQUIRE_COMPILED") == "1":
            pytest.fail(f"COMMUNIQUE_REQUIRE_COMPILED=1 but {reason}")
        pytest.skip(reason)
    return COMPILED


def _env(pythonpath: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(pythonpath), COMMUNIQUE_SEMANTIC="0")


def test_compiled_build_imports_its_compiled_modules(compiled):
    build = _build_support()
    names = [m.removesuffix(".py").replace("/", ".") for m in build.MODULES]
    code = f"import importlib as i, json; print(json.dumps([i.import_module(n).__file__ for n in {names}]))"
    # -P: the current directory (here the tree) stays off sys.path, so PYTHONPATH alone chooses the build
    run = [sys.executable, "-P", "-c", code]
    out = subprocess.run(run, env=_env(compiled), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    files = json.loads(out.stdout)
    assert all(Path(f).is_relative_to(compiled) and f.endswith(".so") for f in files), files


def test_compiled_output_is_byte_identical_to_pure(compiled, tmp_path):
    outputs = {}
    for side, path in (("pure", ROOT), ("compiled", compiled)):
        out = tmp_path / f"{side}.jsonl"
        args = [sys.executable, str(DUMP), str(out)]
        run = subprocess.run(args, env=_env(path), capture_output=True, text=True, cwd=tmp_path)
        assert run.returncode == 0, f"{side}: {run.stderr[-3000:]}"
        header, *lines = out.read_text(encoding="utf-8").splitlines()
        outputs[side] = (json.loads(header), lines)
    (pure_head, pure), (comp_head, comp) = outputs["pure"], outputs["compiled"]
    assert pure_head["compiled"] == [] and Path(pure_head["package"]) == ROOT / "communique", pure_head
    assert comp_head["compiled"] and Path(comp_head["package"]).is_relative_to(compiled), comp_head
    assert len(pure) == len(comp) and len(pure) > 400
    differ = [a.split("\t", 1)[0] for a, b in zip(pure, comp, strict=True) if a != b]
    assert not differ, f"{len(differ)} of {len(pure)} documents code differently when compiled: {differ[:10]}"


def test_coding_tests_pass_on_the_compiled_build(compiled):
    files = sorted({str(p) for pattern in CODING_TESTS for p in (ROOT / "tests").glob(pattern)})
    # communique is imported (-P: from PYTHONPATH only) before pytest puts the tree first on sys.path
    code = (
        "import sys, communique, pytest; "
        f"assert communique.__file__.startswith({str(compiled)!r}), communique.__file__; "
        "sys.exit(pytest.main(sys.argv[1:]))"
    )
    args = [sys.executable, "-P", "-c", code, "-q", "-x", "-p", "no:cacheprovider", *files]
    run = subprocess.run(args, env=_env(compiled), capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]
