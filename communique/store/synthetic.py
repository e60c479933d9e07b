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
    n: int, *, seed: int = 1, start_year: int = 2015, years: int = 10, style: str = "templated"
) -> Iterator[CodedDocument]:
    """Yield ``n`` distinct synthetic coded documents (ids differ; texts are not near-duplicates).

    ``style="templated"`` (the default, unchanged for a seed) fills one sentence template from small pools,
    so every statement shares most of its word 3-shingles with thousands of others: the worst case for
    near-duplicate candidate lookups. ``style="varied"`` appends one to three sentences drawn from a
    20,000-word vocabulary (Zipf-like frequencies) to each coded sentence, so texts are longer and share
    few shingles, closer to real statements. The coded records (actors, events, stances) are the same kind.
    """
    if style not in ("templated", "varied"):
        raise ValueError(f"unknown style {style!r} (templated or varied)")
    rng = random.Random(seed)
    # A separate generator for the varied prose, so the templated records stay identical for a seed.
    prose = random.Random(seed * 7919 + 17) if style == "varied" else None
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
            if prose is not None:
                s_text += " " + " ".join(varied_sentence(prose) for _ in range(prose.randint(1, 3)))
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


_ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s",
           "sh", "st", "t", "tr", "v", "w", "z"]  # fmt: skip
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
_CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk"]
_FUNCTION = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "that", "by", "as", "its", "is",
             "was", "will", "has", "at", "from", "this", "their", "are", "be", "an"]  # fmt: skip
VOCABULARY_SIZE = 20_000


def _vocabulary() -> list[str]:
    """A fixed list of ``VOCABULARY_SIZE`` distinct pronounceable pseudo-words (deterministic)."""
    rng = random.Random(4242)
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(rng.randint(1, 4))
        )
        if word not in seen and len(word) > 2:
            seen.add(word)
            words.append(word)
    return words


_VOCAB: list[str] = []
_CUMULATIVE: list[float] = []


def varied_sentence(rng: random.Random, n_words: tuple[int, int] = (8, 24)) -> str:
    """One sentence of content words from a 20,000-word vocabulary (Zipf-like) and function words."""
    if not _VOCAB:
        _VOCAB.extend(_vocabulary())
        total = 0.0
        for rank in range(1, VOCABULARY_SIZE + 1):
            total += rank**-1.05
            _CUMULATIVE.append(total)
    k = rng.randint(*n_words)
    content = rng.choices(_VOCAB, cum_weights=_CUMULATIVE, k=k)
    words = [w if rng.random() < 0.7 else rng.choice(_FUNCTION) + " " + w for w in content]
    return words[0][0].upper() + " ".join(words)[1:] + "."


_HEADERS = [
    "Skip to main content\nHome | News | Press releases | Contacts\nShare this: Facebook Twitter Email Print",
    "Menu\nAbout us | Newsroom | Media contacts | Search\nPrint this page",
    "You are here: Home > Media > Statements\nFont size: A A A",
    "Breaking | World | Politics | Opinion\nSubscribe to our newsletter",
]
_FOOTERS = [
    "Follow the ministry on social media.\n(c) All rights reserved. Privacy policy. Cookie settings.",
    "Related articles\nMost read this week\nTerms of use | Accessibility | Sitemap",
    "Share on Facebook | Share on X | Send by email\nReport a problem with this page",
]


def synthetic_reposts(
    n_originals: int, *, seed: int = 1, repost_share: float = 0.6
) -> list[tuple[CodedDocument, int | None]]:
    """Statements and reposts of them, with the truth: ``(coded, index of the original or None)``.

    Originals are multi-paragraph statements from the varied vocabulary, some of them filled in from one
    ministry template (same frame, different event: separate statements). Reposts copy an earlier
    original within days and change what mirrors change: site boilerplate around it, "today" for "on
    Thursday", a trimmed last paragraph, or all three. Reposts carry no coding of their own.
    """
    rng = random.Random(seed)
    out: list[tuple[CodedDocument, int | None]] = []
    originals: list[int] = []
    ids: set[str] = set()
    template = (
        "The Ministry of Foreign Affairs of {a} strongly condemns the {e} today in {p} and calls on the "
        "authorities to bring those responsible to justice.\n\nThe Ministry expresses its condolences to "
        "the families of the victims and its solidarity with the people of {p}.\n\n{x}\n\nWe will "
        "continue to follow the situation closely together with our partners."
    )
    while len(originals) < n_originals:
        if originals and rng.random() < repost_share:
            k = rng.choice(originals[-50:])
            base = out[k][0].document
            kind = rng.choice(["boilerplate", "thursday", "trimmed", "all_three"])
            body = base.text
            paragraphs = body.split("\n\n")
            if kind in ("trimmed", "all_three") and len(paragraphs) > 2:
                body = "\n\n".join(paragraphs[:-1])
            if kind in ("thursday", "all_three"):
                body = body.replace("today", "on Thursday", 1)
            if kind in ("boilerplate", "all_three"):
                body = rng.choice(_HEADERS) + "\n\n" + body + "\n\n" + rng.choice(_FOOTERS)
            day = int((base.date or "2022-01-01")[8:10])
            date = f"{(base.date or '2022-01-01')[:8]}{min(28, day + rng.randint(0, 3)):02d}"
            doc_id = document_id(body)
            if doc_id in ids:  # the same change to the same original: an exact copy, not a new text
                continue
            ids.add(doc_id)
            doc = Document(id=doc_id, text=body, source=f"mirror-{len(out)}", date=date, language="en")
            out.append((CodedDocument(document=doc), k))
            continue
        if rng.random() < 0.25:
            body = template.format(
                a=rng.choice(_VOCAB or _vocabulary()).title(),
                e=" ".join(varied_sentence(rng, (2, 4)).rstrip(".").lower().split()[:4]),
                p=rng.choice(ACTORS)[0],
                x=" ".join(varied_sentence(rng) for _ in range(rng.randint(1, 3))),
            )
        else:
            paragraphs = [
                " ".join(varied_sentence(rng) for _ in range(rng.randint(2, 5)))
                for _ in range(rng.randint(3, 6))
            ]
            paragraphs[0] = (
                paragraphs[0].replace(" ", " today ", 1) if "today" not in paragraphs[0] else paragraphs[0]
            )
            body = "\n\n".join(paragraphs)
        date = f"{2015 + rng.randrange(10)}-{rng.randint(1, 12):02d}-{rng.randint(1, 24):02d}"
        doc_id = document_id(body)
        if doc_id in ids:
            continue
        ids.add(doc_id)
        doc = Document(id=doc_id, text=body, source=f"site-{len(out)}", date=date, language="en")
        originals.append(len(out))
        out.append((CodedDocument(document=doc), None))
    return out
