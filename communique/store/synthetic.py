"""Synthetic coded statements for benchmarks and tests of the store (never used for accuracy claims).

The generator builds varied, short, well-formed ``CodedDocument`` records directly (no NLP), with real
offsets: every sentence, actor mention, event and evidence span points at its text in ``Document.text``.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator

from communique.ingest.text import document_id
from communique.model import Actor, CodedDocument, Document, Event, Evidence, Issue, Sentence, Stance

ACTORS: list[tuple[str, str, str]] = [
    ("the Government of Belarus", "BLRGOV", "BLR"),
    ("the Belarusian opposition", "BLROPP", "BLR"),
    ("Kazakhstan", "KAZ", "KAZ"),
    ("the Government of Kazakhstan", "KAZGOV", "KAZ"),
    ("Russia", "RUS", "RUS"),
    ("the Kremlin", "RUSGOV", "RUS"),
    ("the European Union", "IGOEU", "IGO"),
    ("the United Nations", "IGOUNO", "IGO"),
    ("Ukraine", "UKR", "UKR"),
    ("the Ministry of Foreign Affairs of Ukraine", "UKRGOV", "UKR"),
    ("Poland", "POL", "POL"),
    ("Lithuania", "LTU", "LTU"),
    ("the United States", "USA", "USA"),
    ("the Pentagon", "USAMIL", "USA"),
    ("Germany", "DEU", "DEU"),
    ("France", "FRA", "FRA"),
    ("the CSTO", "IGOCST", "IGO"),
    ("NATO", "IGONAT", "IGO"),
    ("China", "CHN", "CHN"),
    ("Georgia", "GEO", "GEO"),
]
VERBS: list[tuple[str, str, str, str]] = [
    ("condemns", "111", "Criticize or denounce", "DISAPPROVE"),
    ("rejects", "120", "Reject, not specified below", "REJECT"),
    ("welcomes", "051", "Praise or endorse", "COOPERATE"),
    ("calls on", "020", "Make an appeal or request", "CONSULT"),
    ("demands that", "100", "Demand, not specified below", "DEMAND"),
    ("supports", "051", "Praise or endorse", "SUPPORT"),
    ("accuses", "112", "Accuse, not specified below", "ACCUSE"),
    ("threatens", "130", "Threaten, not specified below", "THREATEN"),
    ("meets with", "040", "Consult, not specified below", "CONSULT"),
    ("urges", "020", "Make an appeal or request", "CONSULT"),
]
TOPICS = [
    "the deployment of troops to Kazakhstan",
    "the sanctions package",
    "the detention of journalists",
    "the peace talks in Geneva",
    "the humanitarian corridor",
    "the election results",
    "the gas transit agreement",
    "the border closure",
    "the military exercises near the border",
    "the release of political prisoners",
]
FILLER = [
    "The statement was published after an emergency session.",
    "Officials said further steps would follow.",
    "The ministry reiterated its position on international law.",
    "Diplomats described the situation as serious.",
    "Observers expect a response within days.",
    "The decision was taken unanimously.",
]


def synthetic_documents(
    n: int, *, seed: int = 1, start_year: int = 2015, years: int = 10
) -> Iterator[CodedDocument]:
    """Yield ``n`` distinct synthetic coded documents (ids differ; texts are not near-duplicates)."""
    rng = random.Random(seed)
    for k in range(n):
        parts: list[str] = []
        sentences: list[Sentence] = []
        actors: list[Actor] = []
        events: list[Event] = []
        stances: list[Stance] = []
        offset = 0
        issuer_name, issuer_code, issuer_country = rng.choice(ACTORS)
        serial = hashlib.blake2b(f"{seed}-{k}".encode(), digest_size=6).hexdigest()
        n_sent = rng.randint(2, 5)
        for si in range(n_sent):
            # The issuer speaks first; later sentences report other actors.
            sname, scode, scountry = (
                (issuer_name, issuer_code, issuer_country) if si == 0 else rng.choice(ACTORS)
            )
            tname, tcode, tcountry = rng.choice(ACTORS)
            verb, cameo, cname, plover = rng.choice(VERBS)
            topic = rng.choice(TOPICS)
            filler = rng.choice(FILLER)
            s_text = f"{sname[0].upper() + sname[1:]} {verb} {tname} over {topic} (ref {serial}-{si})."
            if rng.random() < 0.5:
                s_text += " " + filler
            start = offset
            end = start + len(s_text)
            sentences.append(Sentence(index=si, start=start, end=end, text=s_text))
            s_start = start
            s_actor = Actor(
                name=sname,
                code=scode,
                country=scountry,
                text=s_text[: len(sname)],
                start=s_start,
                end=s_start + len(sname),
                sentence_index=si,
                via="entity",
            )
            t_start = start + s_text.index(tname, len(sname))
            t_actor = Actor(
                name=tname,
                code=tcode,
                country=tcountry,
                text=tname,
                start=t_start,
                end=t_start + len(tname),
                sentence_index=si,
                via="entity",
            )
            actors.extend([s_actor, t_actor])
            v_start = start + len(sname) + 1
            ev = Event(
                id=f"e{si}",
                sentence_index=si,
                start=v_start,
                end=v_start + len(verb),
                trigger=verb,
                sentence=s_text,
                cameo=cameo,
                cameo_root=cameo[:2],
                cameo_name=cname,
                plover=plover,
                sources=[s_actor],
                targets=[t_actor],
                negated=rng.random() < 0.05,
                modality=rng.choice(["asserted"] * 8 + ["future", "conditional"]),
                pattern=f"synthetic:{verb}",
                confidence=round(rng.uniform(0.6, 1.0), 2),
            )
            events.append(ev)
            if cameo[:2] in ("11", "12", "05") and rng.random() < 0.6:
                polarity = "support" if cameo[:2] == "05" else "oppose"
                stances.append(
                    Stance(
                        actor=s_actor,
                        issue=Issue(id=topic.replace("the ", "").replace(" ", "-"), label=topic),
                        stance=polarity,
                        confidence=ev.confidence,
                        evidence=[
                            Evidence(
                                sentence_index=si,
                                start=start,
                                end=end,
                                text=s_text,
                                event_id=ev.id,
                                polarity=polarity,
                            )
                        ],
                    )
                )
            parts.append(s_text)
            offset = end + 1
        text = "\n".join(parts)
        year = start_year + rng.randrange(years)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc_id = document_id(text)
        issuer_actor = Actor(
            name=issuer_name, code=issuer_code, country=issuer_country, text=issuer_name, via="issuer"
        )
        doc = Document(
            id=doc_id,
            text=text,
            source=f"synthetic/{k}.txt",
            title=f"Statement {serial} by {issuer_name}",
            date=date,
            language="en",
            issuers=[issuer_actor],
            sentences=sentences,
        )
        yield CodedDocument(document=doc, actors=actors, events=events, stances=stances)
