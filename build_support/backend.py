"""The build backend: setuptools', plus mypy in the build environment when ``COMMUNIQUE_MYPYC=1``.

A compiled wheel needs mypyc (it ships with mypy) at build time; a pure one, the editable install of
development included, does not, so mypy is asked for only when a compiled build is asked for (as black's
build does). The pin is the compiler the compiled build was checked with; ``make compiled`` uses it.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F403  (the other hooks, unchanged)

MYPYC_REQUIRES = ["mypy==2.4.1"]


def _compiling() -> bool:
    return os.environ.get("COMMUNIQUE_MYPYC") == "1"


def get_requires_for_build_wheel(config_settings=None):  # type: ignore[no-untyped-def]
    """Setuptools' wheel requirements, and mypy when building the compiled wheel."""
    if not _compiling():
        return _orig.get_requires_for_build_wheel(config_settings)
    # setuptools runs setup.py to find its requirements, before mypy is installed: run it as a pure build
    os.environ.pop("COMMUNIQUE_MYPYC")
    try:
        return _orig.get_requires_for_build_wheel(config_settings) + MYPYC_REQUIRES
    finally:
        os.environ["COMMUNIQUE_MYPYC"] = "1"
