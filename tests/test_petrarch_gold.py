"""The PETRARCH validation-record reader used by ``communique evaluate --format petrarch``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from communique.events.evaluate import NONE, STATEMENT
from communique.events.petrarch_gold import load_petrarch
from communique.model import InputError
from tests.conftest import BENCHMARKS

# Our own records, written in the quirks of the real files: a banner outside comments, a self-closing opener
# followed by a closing tag, several codings, a no-event record and a parser-error record.
OWN_RECORDS = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
#### banner with a literal <EventCoding...> inside ####
<Sentences>
<Sentence date="20200105" id="OWN-1" category="TEST"/>
<EventCoding eventcode="042" sourcecode="FRAGOV" targetcode="DEU" />
<EventCoding eventcode="043" sourcecode="FRA" targetcode="ITA" />
<EventCoding eventcode="190" sourcecode="FRA" targetcode="ESP" />
<Text>
The French president visited Berlin and Rome,
and French troops fought in Spain.
</Text>
</Sentence>
<Sentence date="20200106" id="OWN-2" category="TEST">
<!-- a comment with <EventCoding eventcode="999"> inside is ignored -->
<EventCoding noevents="True" />
<Text>It rained in Paris on Monday.</Text>
</Sentence>
<Sentence date="20200107" id="OWN-3" category="ERROR">
<EventCoding error="too long" />
<Text>Broken record.</Text>
</Sentence>
<Sentence date="20200108" id="OWN-4">
<EventCoding eventcode="010" sourcecode="---" targetcode="RUSGOV" />
<Text>A spokesman said Moscow &amp; Kyiv would talk.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_reads_records_with_the_real_files_quirks(tmp_path):
    path = tmp_path / "own.xml"
    path.write_text(OWN_RECORDS, encoding="utf-8")
    records = load_petrarch(path)
    assert [r.id for r in records] == ["OWN-1", "OWN-2", "OWN-4"]  # the parser-error record is left out
    visit, rain, said = records
    assert visit.text == "The French president visited Berlin and Rome, and French troops fought in Spain."
    assert (visit.category, visit.cameo) == ("CONSULT", "042")
    # codings of the first coding's category give the countries; the 190 fight is another category
    assert visit.sources == ["FRA", "FRA"] and visit.targets == ["DEU", "ITA"]
    assert (rain.category, rain.cameo, rain.triples()) == (NONE, None, set())
    assert said.category == STATEMENT and said.sources == [] and said.targets == ["RUS"]
    assert said.text == "A spokesman said Moscow & Kyiv would talk."


def test_invented_event_codes_are_refused_with_the_record_id(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text(
        '<Sentence id="X-9"><EventCoding eventcode="17K" sourcecode="ARN" /><Text>a</Text></Sentence>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="X-9: event code '17K' is not a CAMEO code"):
        load_petrarch(path)


def test_a_file_without_sentences_or_text_is_an_error(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_text("<Validation></Validation>", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "communique", "evaluate", str(empty), "--format", "petrarch"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "no <Sentence> records found" in result.stderr
    notext = tmp_path / "notext.xml"
    notext.write_text('<Sentence id="N-1"><EventCoding noevents="True"/></Sentence>', encoding="utf-8")
    with pytest.raises(InputError, match="N-1: sentence without <Text>"):
        load_petrarch(notext)


PETR_GSR = BENCHMARKS / "petrarch-validation" / "universalpetrarch" / "PETR2_GSR_validation.xml"


@pytest.mark.skipif(not PETR_GSR.exists(), reason="../shared PETRARCH validation records not present")
def test_real_petrarch_gsr_file_loads_every_sentence():
    records = load_petrarch(PETR_GSR)
    assert len(records) == 78  # the README's count: 78 sentences, 12 of them with no event
    assert sum(r.category == NONE for r in records) == 12
