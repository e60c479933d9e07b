"""The compiled (mypyc) build of communique: which modules, how it is built, and whether it is current.

Development, the editable install and the pure test run stay pure Python. The compiled build is a wheel built
with ``COMMUNIQUE_MYPYC=1`` (setup.py compiles MODULES with mypyc) and installed, without dependencies, into
build/compiled, so that ``PYTHONPATH=build/compiled`` runs it over the venv's dependencies:

    python build_support/compiled.py build    # make compiled: rebuild if a compiled source changed, then sync
    python build_support/compiled.py status   # exit 0 if build/compiled is current, else 1 and the reason

The build records a hash of what was compiled (MODULES' sources, setup.py and backend.py). Only a change there
asks for a new compilation (several minutes); every other file of the package (the modules that stay pure,
the YAML, the templates) is copied from the tree into build/compiled by each ``build``, in seconds.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The hot modules of the coding stages; each compiles and gives byte-identical output. The stance modules read
# a sentence's entities from the view (matching.sentence_ents): spaCy's stub types Span.ents a tuple, it is a
# list, and compiled code checks the stub's type.
MODULES = (
    "communique/nlp/view.py",
    "communique/events/roles.py",
    "communique/events/coder.py",
    "communique/events/matcher.py",
    "communique/events/modality.py",
    "communique/stance/polarity.py",
    "communique/actors/resolver.py",
    "communique/stance/__init__.py",
    "communique/stance/matching.py",
)
BUILD_FILES = ("setup.py", "build_support/backend.py")
HASH_FILE = "COMPILED-SOURCES"  # in the target: the hash and the compiled modules, one a line


def source_hash(root: Path = ROOT) -> str:
    """Hash of the compiled modules' sources and the build files: a new one means a new compilation."""
    h = hashlib.sha256()
    for name in (*MODULES, *BUILD_FILES):
        h.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return h.hexdigest()


def _package_files(base: Path) -> dict[str, Path]:
    """Every file of the package under ``base`` (no caches, no compiled objects), by relative path."""
    out = {}
    for path in (base / "communique").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".so"):
            out[path.relative_to(base).as_posix()] = path
    return out


def status(root: Path = ROOT, target: Path | None = None) -> str:
    """Why the compiled build in ``target`` is not current ("" when it is)."""
    target = target or root / "build" / "compiled"
    recorded = target / HASH_FILE
    if not recorded.exists():
        return f"no compiled build in {target} (make compiled builds it)"
    if recorded.read_text(encoding="utf-8").split("\n", 1)[0] != source_hash(root):
        return f"{target} is stale: a compiled module or build file changed (make compiled)"
    tree, built = _package_files(root), _package_files(target)
    differ = sorted(set(tree) ^ set(built)) or [
        k for k in sorted(tree) if not filecmp.cmp(tree[k], built[k], shallow=False)
    ]
    if differ:
        return f"{target} is out of step with the tree ({differ[0]}, {len(differ)} files): make compiled"
    return ""


def sync(root: Path, target: Path) -> int:
    """Copy the tree's package files that differ into ``target``, drop those the tree no longer has."""
    tree, built = _package_files(root), _package_files(target)
    changed = 0
    for rel, path in tree.items():
        if rel not in built or not filecmp.cmp(path, built[rel], shallow=False):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / rel)
            changed += 1
    for rel in set(built) - set(tree):
        (target / rel).unlink()
        changed += 1
    return changed


def build(root: Path = ROOT, target: Path | None = None, python: str = sys.executable) -> None:
    """Build and install the compiled wheel into ``target`` if a compiled source changed; then sync."""
    target = target or root / "build" / "compiled"
    digest = source_hash(root)
    recorded = target / HASH_FILE
    if not recorded.exists() or recorded.read_text(encoding="utf-8").split("\n", 1)[0] != digest:
        # setuptools' own staging dirs would carry files of an earlier build into the wheel: start them anew
        for stale in (root / "build").glob("*"):
            if stale.name.startswith(("lib", "bdist", "temp")):
                shutil.rmtree(stale)
        dist = root / "build" / "dist"
        shutil.rmtree(dist, ignore_errors=True)
        env = dict(os.environ, COMMUNIQUE_MYPYC="1")
        cmd = [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(root)]
        subprocess.run(cmd, check=True, env=env, cwd=root)
        (wheel,) = dist.glob("communique-*.whl")
        staging = Path(tempfile.mkdtemp(prefix="compiled-", dir=root / "build"))
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(staging), str(wheel)],
            check=True,
        )
        if not list((staging / "communique").rglob("*.so")):
            raise SystemExit(f"{wheel.name} holds no compiled module: did setup.py see COMMUNIQUE_MYPYC=1?")
        (staging / HASH_FILE).write_text("\n".join((digest, *MODULES)) + "\n", encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        print(f"compiled build installed in {target} ({len(MODULES)} modules compiled)")
    changed = sync(root, target)
    if changed:
        print(f"compiled build: {changed} pure files brought up to date from the tree")


def main() -> None:
    """``build`` or ``status``, on this checkout's build/compiled."""
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "build":
        build()
    elif command == "status":
        reason = status()
        print(reason or "compiled build is current")
        raise SystemExit(1 if reason else 0)
    else:
        raise SystemExit(f"usage: {sys.argv[0]} build|status")


if __name__ == "__main__":
    main()
