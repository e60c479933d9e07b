"""The dictionary version stored with every coded document: what changes it and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.pipeline import CodingOptions
from communique.stance import semantic
from communique.store.version import dictionary_version


def test_same_options_same_version_and_user_files_change_it(tmp_path: Path):
    assert dictionary_version(CodingOptions()) == dictionary_version(CodingOptions())
    extra = tmp_path / "my-actors.yaml"
    extra.write_text("actors: []\n", encoding="utf-8")
    plain, _ = dictionary_version(CodingOptions())
    with_file, detail = dictionary_version(CodingOptions(actor_files=[extra]))
    assert with_file != plain and str(extra) in detail["files"]


@pytest.mark.parametrize("adhoc", [(), ("grain deal",)])
def test_semantic_matching_is_part_of_the_version_only_where_it_serves_an_issue(monkeypatch, adhoc):
    options = CodingOptions(adhoc_issues=adhoc)
    monkeypatch.setattr(semantic, "enabled", lambda: False)
    off, off_detail = dictionary_version(options)
    monkeypatch.setattr(semantic, "enabled", lambda: True)
    on, on_detail = dictionary_version(options)
    if adhoc:
        assert on != off and on_detail["semantic"] and not off_detail["semantic"]
    else:
        # without --issue the extra changes nothing, so installing it must not change every version
        assert on == off and not on_detail["semantic"]
