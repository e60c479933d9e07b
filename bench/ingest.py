"""Ingestion throughput next to bare trafilatura on the same generated pages (no spaCy involved).

Builds realistic statement pages (navigation, breadcrumbs, sidebars, related links, cookie banners,
scripts and footers around a statement of 4-9 paragraphs), then times in one run, alternating rounds:

- bare: ``trafilatura.extract(page_bytes)`` on each file's bytes;
- ingest: ``communique.ingest.load_source(path)``: read, decode, extract with metadata (title, date),
  clean, detect language, find title, date and issuers, hash.

Prints documents/s for both and the overhead of ingestion over bare extraction (target: under 25%).
Times are CPU time of this process (``time.process_time``), page by page, so the other processes that
share this machine's two cores do not land on whichever method happened to run during a busy spell.
Usage: python bench/ingest.py [--pages 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ISSUERS = [
    "the Ministry of Foreign Affairs of Lithuania",
    "the Office of the High Commissioner for Human Rights",
    "Human Rights Watch",
    "the Government of Canada",
    "the Spokesperson of the European External Action Service",
    "the Foreign Ministers of Estonia, Latvia and Lithuania",
    "Amnesty International",
    "the Coordination Council",
]
TOPICS = [
    ("the situation in Kazakhstan", "Kazakhstan", "Almaty"),
    ("the presidential elections in Belarus", "Belarus", "Minsk"),
    ("the detention of journalists", "Georgia", "Tbilisi"),
    ("the internet shutdown", "Uzbekistan", "Nukus"),
    ("the crackdown on peaceful protesters", "Kyrgyzstan", "Bishkek"),
]
SENTENCES = [
    "{Issuer} is following closely the developments in {country} and is deeply concerned by the violence.",
    "We call on all sides to exercise restraint, refrain from violence and resolve differences peacefully.",
    "The authorities must respect the rights of peaceful assembly and freedom of expression.",
    "Those detained solely for exercising their rights must be released immediately and unconditionally.",
    "We condemn the use of lethal force against protesters in {city} and call for an independent inquiry.",
    "Any use of force by the security forces must comply with international human rights standards.",
    "Sending troops to suppress internal protests would set a dangerous precedent for the whole region.",
    "We stand ready to support a genuine and inclusive dialogue between the authorities and society.",
    "Access to the internet and to independent information must be restored without delay.",
    "The international community should speak with one voice and hold those responsible to account.",
    "We express our condolences to the families of the victims and wish a swift recovery to the injured.",
    "Journalists must be able to work freely and safely, without fear of reprisal.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def make_page(i: int, rng: random.Random) -> str:
    """One statement page with a site's boilerplate around it."""
    issuer = rng.choice(ISSUERS)
    topic, country, city = rng.choice(TOPICS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 10), rng.choice([2020, 2021, 2022, 2023])
    title = f"Statement by {issuer} on {topic}"
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        chosen = rng.sample(SENTENCES, rng.randint(2, 4))
        text = " ".join(
            s.format(Issuer=issuer[0].upper() + issuer[1:], country=country, city=city) for s in chosen
        )
        paragraphs.append(f"<p>{text}</p>")
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(12))
    related = "".join(
        f'<li><a href="/news/{i}-{k}">Related news item number {k} on {country}</a></li>' for k in range(8)
    )
    footer_links = " · ".join(f'<a href="/f/{k}">Footer link {k}</a>' for k in range(10))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Press centre</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{year}-{month:02d}-{day:02d}T10:00:00+00:00">
<meta name="description" content="Statement on {topic}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body{{font-family:sans-serif}} .nav li{{display:inline}}</style>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience.
<button>Accept</button> <button>Decline</button></div>
<header><div class="logo">Press centre</div><nav class="nav"><ul>{nav}</ul></nav>
<form role="search"><input type="search" placeholder="Search"></form></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/press">Press</a> &gt;
<span>Statements</span></div>
<div class="layout"><aside class="left"><h3>In this section</h3><ul>{nav}</ul></aside>
<main><article>
<h1>{title}</h1>
<p class="meta">{day} {MONTHS[month - 1]} {year}</p>
{"".join(paragraphs)}
<div class="share">Share this page: Facebook · Twitter · Email · Print</div>
</article></main>
<aside class="right"><h3>Related</h3><ul>{related}</ul></aside></div>
<footer><p>{footer_links}</p><p>© {year} Press centre. All rights reserved.</p>
<p>Privacy policy · Accessibility · Sitemap · Contact</p></footer>
<script>document.querySelectorAll('a').forEach(function(a){{a.rel='noopener';}});</script>
</body></html>"""


def main() -> int:
    """Generate pages, time both paths in alternating rounds, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import trafilatura

    from communique.ingest import IngestOptions, load_source
    from communique.ingest.language import get_detector

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        paths = []
        for i in range(args.pages):
            path = Path(tmp) / f"page-{i:04d}.html"
            path.write_text(make_page(i, rng), encoding="utf-8")
            paths.append(path)
        options = IngestOptions()
        get_detector()  # one-off model build is not per-document cost
        # Warm-up: imports, regex compilation, lazy models, file cache.
        for path in paths[:10]:
            trafilatura.extract(path.read_bytes())
            list(load_source(str(path), options))

        # Side by side, page by page: each page is ingested both ways back to back (the order alternating),
        # and each page's best CPU time per method over the rounds is kept.
        best_bare = [float("inf")] * len(paths)
        best_ingest = [float("inf")] * len(paths)
        counts = {"bare": 0, "ingest": 0}
        for round_no in range(args.rounds):
            counts = {"bare": 0, "ingest": 0}
            for i, path in enumerate(paths):
                order = ("bare", "ingest") if (i + round_no) % 2 == 0 else ("ingest", "bare")
                for name in order:
                    started = time.process_time()
                    if name == "bare":
                        counts["bare"] += bool(trafilatura.extract(path.read_bytes()))
                        best_bare[i] = min(best_bare[i], time.process_time() - started)
                    else:
                        counts["ingest"] += len(list(load_source(str(path), options)))
                        best_ingest[i] = min(best_ingest[i], time.process_time() - started)
        best = {"bare": sum(best_bare), "ingest": sum(best_ingest)}
        sample = next(iter(load_source(str(paths[0]), options)))

    bare_rate = args.pages / best["bare"]
    ingest_rate = args.pages / best["ingest"]
    overhead = best["ingest"] / best["bare"] - 1
    print(f"pages: {args.pages}, rounds: {args.rounds} (CPU time; per page the best round of each method)")
    print(f"bare trafilatura.extract : {bare_rate:8.1f} docs/s  ({counts['bare']} with text)")
    print(f"communique ingestion     : {ingest_rate:8.1f} docs/s  ({counts['ingest']} documents)")
    print(f"ingestion overhead over bare extraction: {overhead:+.1%} (target < 25%)")
    print(f"sample: title={sample.title!r} date={sample.date} language={sample.language} "
          f"issuers={[a.name for a in sample.issuers]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
