"""Setuptools entry for the optional compiled build; everything else is in pyproject.toml.

Without ``COMMUNIQUE_MYPYC=1`` this is the pure package, exactly as pyproject.toml describes it. With it, the
modules of ``build_support/compiled.py``'s MODULES are compiled by mypyc into C extensions inside the wheel
(``make compiled`` builds and installs it into build/compiled). Never build it in place: an ``.so`` beside
its ``.py`` wins on import and would hide every later edit of that ``.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ext_modules = []
if os.environ.get("COMMUNIQUE_MYPYC") == "1":
    from mypyc.build import mypycify

    sys.path.insert(0, str(Path(__file__).resolve().parent / "build_support"))
    from compiled import MODULES

    # mypy's cache and the generated C stay in build/, apart from the development cache (.mypy_cache), which
    # was made with the venv's packages in view and this build environment has none of them
    # debug_level "0" (gcc -g0; mypyc's default is -g1): no debug line tables for ~19 MB of generated C. gcc's
    # -g never changes the code it generates, only what it writes beside it and how long that takes.
    ext_modules = mypycify(
        ["--cache-dir", "build/mypyc-cache", *MODULES], target_dir="build/mypyc", debug_level="0"
    )

setup(ext_modules=ext_modules)
