"""The compiled build's rerun of the coding tests (test_compiled.py), started in the background.

The rerun is a second pytest process over the coding tests with PYTHONPATH on build/compiled (some 3600 of
the suite's 4800 tests, run once more). When a session collects test_coding_tests_pass_on_the_compiled_build,
conftest.py starts it here as soon as collection ends, so it runs beside the rest of the session (the machine
has two cores) instead of after it; the test then waits for it and checks its result as before. The test
files it runs only read the tree and write under their own tmp_path.

CI (.ci/run) builds the compiled build beside the suite too: it sets COMMUNIQUE_COMPILED_PENDING to a file the
build writes its exit status to when it ends, and whatever needs the build waits for that file first.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "build" / "compiled"
RERUN_TEST = "test_coding_tests_pass_on_the_compiled_build"
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
BUILD_WAIT_SECONDS = 3600


def build_support():  # type: ignore[no-untyped-def]
    """build_support/compiled.py, loaded from the tree."""
    path = ROOT / "build_support" / "compiled.py"
    spec = importlib.util.spec_from_file_location("communique_build_compiled", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wait_for_build() -> str:
    """Wait for a compiled build still being made (COMMUNIQUE_COMPILED_PENDING); "" or why it failed."""
    pending = os.environ.get("COMMUNIQUE_COMPILED_PENDING")
    if not pending:
        return ""
    status_file, deadline = Path(pending), time.monotonic() + BUILD_WAIT_SECONDS
    while not status_file.exists():
        if time.monotonic() > deadline:
            return f"the compiled build did not end in {BUILD_WAIT_SECONDS} s ({status_file} not written)"
        time.sleep(2)
    code = status_file.read_text(encoding="utf-8").strip()
    return "" if code == "0" else f"the compiled build failed (exit {code}; its log is beside {status_file})"


def env(pythonpath: Path) -> dict[str, str]:
    """This environment with PYTHONPATH choosing the build."""
    return dict(os.environ, PYTHONPATH=str(pythonpath), COMMUNIQUE_SEMANTIC="0")


def rerun_command(compiled: Path) -> list[str]:
    """The pytest command that runs the coding tests on the compiled build in ``compiled``."""
    files = sorted({str(p) for pattern in CODING_TESTS for p in (ROOT / "tests").glob(pattern)})
    # communique is imported (-P: from PYTHONPATH only) before pytest puts the tree first on sys.path
    code = (
        "import sys, communique, pytest; "
        f"assert communique.__file__.startswith({str(compiled)!r}), communique.__file__; "
        "sys.exit(pytest.main(sys.argv[1:]))"
    )
    return [sys.executable, "-P", "-c", code, "-q", "-x", "-p", "no:cacheprovider", *files]


def start(compiled: Path) -> subprocess.Popen[str]:
    """Start the coding tests on the compiled build."""
    return subprocess.Popen(
        rerun_command(compiled), env=env(compiled), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT,
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    """Wait for a started rerun."""
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


class Background:
    """The rerun in a thread of this session: started once the build is there and current, else not at all."""

    def __init__(self) -> None:
        self.result: subprocess.CompletedProcess[str] | None = None
        self.error: BaseException | None = None
        self.process: subprocess.Popen[str] | None = None
        self.stopped = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._main, name="compiled-rerun", daemon=True)

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def _main(self) -> None:
        try:
            if not wait_for_build() and not build_support().status(ROOT, COMPILED):
                with self._lock:
                    if self.stopped:
                        return
                    self.process = start(COMPILED)
                self.result = finish(self.process)
        except BaseException as exc:  # handed to the test, which reports it
            self.error = exc

    def join(self) -> subprocess.CompletedProcess[str] | None:
        """Wait for the rerun: its result, or None if it never started (no current build)."""
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.result

    def stop(self) -> None:
        """End the rerun if it still runs (the session ended before its test, e.g. interrupted or -x)."""
        with self._lock:
            self.stopped = True
            if self.process is not None and self.process.poll() is None:
                self.process.kill()


BACKGROUND: Background | None = None


def start_background() -> None:
    """Start the background rerun (once a session)."""
    global BACKGROUND
    if BACKGROUND is None:
        BACKGROUND = Background()
        BACKGROUND.start()


def stop_background() -> None:
    """Stop the background rerun, if one was started and still runs."""
    if BACKGROUND is not None:
        BACKGROUND.stop()
