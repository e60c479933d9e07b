"""API load benchmark: GET /api/v1/events with filters over a generated 100,000-document corpus.

1. Generate coded documents (synthetic but shaped like real output: issuers, actor mentions with spans,
   events with sources/targets, stances with evidence) and store them through ``Corpus.add_many``, the
   store's bulk path.
2. Start ``communique serve`` in a separate process on 127.0.0.1.
3. Load it from this process with a fixed number of keep-alive connections for a bounded time; report the
   median requests/s over one-second windows, latency percentiles and errors (target: >= 300 req/s, 0 errors).
4. Time page renders (server time, ``X-Render-Ms``) on the same corpus, and the seed document page.

Usage: python bench/api.py [--docs 100000] [--seconds 20] [--connections 4] [--db PATH]
The generated database is kept in bench/out/ and reused when it already holds enough documents.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: PYTHONPATH (make bench: build/compiled) picks the build

from communique.model import Actor, CodedDocument, Document, Event, Evidence, Issue, Sentence, Stance  # noqa: E402

COUNTRIES = [
    ("BLR", "Belarus", "Belarusian"),
    ("KAZ", "Kazakhstan", "Kazakh"),
    ("RUS", "Russia", "Russian"),
    ("UKR", "Ukraine", "Ukrainian"),
    ("USA", "United States", "American"),
    ("FRA", "France", "French"),
    ("DEU", "Germany", "German"),
    ("POL", "Poland", "Polish"),
    ("LTU", "Lithuania", "Lithuanian"),
    ("CHN", "China", "Chinese"),
    ("TUR", "Turkey", "Turkish"),
    ("ARM", "Armenia", "Armenian"),
    ("AZE", "Azerbaijan", "Azerbaijani"),
    ("GEO", "Georgia", "Georgian"),
    ("IRN", "Iran", "Iranian"),
]
SECTORS = [
    ("GOV", "government"),
    ("OPP", "opposition"),
    ("MIL", "armed forces"),
    ("CVL", "civil society"),
    ("LEG", "parliament"),
    ("MED", "media"),
]
IGOS = [
    ("IGOCSTO", "Collective Security Treaty Organization"),
    ("IGOEU", "European Union"),
    ("IGOUNO", "United Nations"),
    ("IGOOSCE", "OSCE"),
    ("IGONATO", "NATO"),
]
EVENTS = [
    ("010", "Make statement", "express", "CONSULT"),
    ("020", "Appeal", "call on", "REQUEST"),
    ("036", "Express intent to meet or negotiate", "offer talks with", "CONSULT"),
    ("043", "Rally support", "stand with", "SUPPORT"),
    ("051", "Praise or endorse", "welcome", "SUPPORT"),
    ("057", "Sign formal agreement", "sign an agreement with", "AGREE"),
    ("071", "Provide economic aid", "provide aid to", "AID"),
    ("0871", "Return, release", "release", "RETREAT"),
    ("112", "Accuse", "accuse", "ACCUSE"),
    ("120", "Reject", "do not accept", "REJECT"),
    ("122", "Reject request for aid", "refuse", "REJECT"),
    ("130", "Threaten", "threaten", "THREATEN"),
    ("141", "Demonstrate", "protest against", "PROTEST"),
    ("163", "Impose embargo", "impose sanctions on", "SANCTION"),
    ("173", "Arrest, detain", "detain", "COERCE"),
    ("190", "Use conventional military force", "attack", "ASSAULT"),
]
ISSUES = [
    ("military-intervention", "foreign military intervention"),
    ("sanctions", "sanctions"),
    ("election-legitimacy", "election legitimacy"),
    ("political-prisoners", "political prisoners"),
    ("peace-talks", "peace talks"),
    ("protest-violence", "use of force against protesters"),
    ("humanitarian-access", "humanitarian access"),
    ("territorial-integrity", "territorial integrity"),
]
STANCES = ["support", "oppose", "neutral", "mixed"]
MODALITIES = ["asserted"] * 6 + ["future", "hypothetical", "conditional", "historical"]
WORDS = [
    "region",
    "security",
    "dialogue",
    "crisis",
    "border",
    "troops",
    "citizens",
    "rights",
    "elections",
    "parliament",
    "economy",
    "cooperation",
    "agreement",
    "ministers",
    "negotiations",
    "humanitarian",
    "corridor",
    "ceasefire",
    "observers",
    "reforms",
    "statement",
    "concern",
    "sovereignty",
    "stability",
    "assistance",
    "detention",
    "journalists",
    "sanctions",
    "energy",
    "transit",
    "grain",
    "talks",
]


def actor_pool() -> list[tuple[str, str, str]]:
    """(code, name, country) of the synthetic actors."""
    pool = [(f"{c}{s}", f"the {adj} {label}", c) for c, _, adj in COUNTRIES for s, label in SECTORS]
    pool += [(code, name, "IGO") for code, name in IGOS]
    return pool


def make_document(i: int, rng: random.Random, actors: list[tuple[str, str, str]]) -> CodedDocument:
    """One synthetic coded statement with realistic structure and unique text."""
    issuer = rng.choice(actors)
    year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024))
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = f"Statement {i} of {issuer[1]} on {rng.choice(ISSUES)[1]}"
    parts: list[str] = [title, "\n\n"]
    offset = len(title) + 2
    sentences: list[Sentence] = [Sentence(0, 0, len(title), title)]
    mentions: list[Actor] = []
    events: list[Event] = []
    stances: list[Stance] = []
    for s in range(1, rng.randint(4, 9)):
        target = rng.choice(actors)
        code, name, verb, plover = rng.choice(EVENTS)
        filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))
        text = f"{issuer[1].capitalize()} {verb} {target[1]} over {filler} ({i}.{s})."
        start = offset
        src_actor = Actor(
            name=issuer[1],
            code=issuer[0],
            country=issuer[2],
            text=issuer[1].capitalize(),
            start=start,
            end=start + len(issuer[1]),
            sentence_index=s,
            via="entity",
        )
        t_start = start + len(issuer[1]) + 1 + len(verb) + 1
        tgt_actor = Actor(
            name=target[1],
            code=target[0],
            country=target[2],
            text=target[1],
            start=t_start,
            end=t_start + len(target[1]),
            sentence_index=s,
            via="entity",
        )
        mentions += [src_actor, tgt_actor]
        v_start = start + len(issuer[1]) + 1
        events.append(
            Event(
                id=f"e{i}-{s}",
                sentence_index=s,
                start=v_start,
                end=v_start + len(verb),
                trigger=verb,
                sentence=text,
                cameo=code,
                cameo_root=code[:2],
                cameo_name=name,
                plover=plover,
                sources=[src_actor],
                targets=[tgt_actor],
                modality=rng.choice(MODALITIES),
                negated=rng.random() < 0.05,
                pattern=f"bench.{code}",
            )
        )
        sentences.append(Sentence(s, start, start + len(text), text))
        parts.append(text + " ")
        offset += len(text) + 1
    for issue_id, label in rng.sample(ISSUES, rng.randint(1, 2)):
        ev_sentence = rng.choice(sentences[1:])
        stances.append(
            Stance(
                actor=Actor(name=issuer[1], code=issuer[0], country=issuer[2]),
                issue=Issue(issue_id, label),
                stance=rng.choice(STANCES),
                confidence=round(rng.uniform(0.5, 1.0), 2),
                evidence=[Evidence(ev_sentence.index, ev_sentence.start, ev_sentence.end, ev_sentence.text)],
            )
        )
    document = Document(
        id=f"bench{i:08d}",
        text="".join(parts).rstrip(),
        source=f"bench/{i}.txt",
        title=title,
        date=date,
        language="en",
        issuers=[Actor(name=issuer[1], code=issuer[0], country=issuer[2], via="issuer")],
        sentences=sentences,
    )
    return CodedDocument(document=document, actors=mentions, events=events, stances=stances)


def generate(n: int, seed: int = 7) -> Iterator[CodedDocument]:
    """``n`` synthetic coded documents, deterministic for a seed."""
    rng = random.Random(seed)
    actors = actor_pool()
    for i in range(n):
        yield make_document(i, rng, actors)


def build_corpus(db_path: Path, n: int) -> float:
    """Store ``n`` generated documents through the bulk path (reused if already there); return seconds."""
    from communique.store import Corpus

    url = f"sqlite:///{db_path}"
    corpus = Corpus(url, dedup=False)
    have = corpus.count()["documents"]
    if have >= n:
        corpus.close()
        return 0.0
    started = time.perf_counter()
    corpus.add_many(generate(n), batch_size=1000)
    # Planner statistics: the server computes them at start-up when missing (views.ensure_planner_stats).
    corpus.close()
    return time.perf_counter() - started


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db_url: str, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    """Run ``communique serve`` in its own process and wait until it answers."""
    env = {**os.environ, "COMMUNIQUE_TOKEN": ""}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "communique",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=str(ROOT),
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/openapi.json")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 120 s")


def event_queries(rng: random.Random, k: int = 200) -> list[str]:
    """Realistic filter combinations for GET /api/v1/events."""
    actors = [a for a, _, _ in actor_pool()]
    out = []
    for _ in range(k):
        params: dict[str, str] = {}
        choice = rng.random()
        if choice < 0.3:
            params["actor"] = rng.choice(actors)
        elif choice < 0.55:
            params["event"] = rng.choice(EVENTS)[0][:2]
        elif choice < 0.75:
            params["actor"] = rng.choice(actors)
            params["event"] = rng.choice(EVENTS)[0][:2]
            params["since"] = f"{rng.choice((2020, 2021, 2022))}-01-01"
        elif choice < 0.9:
            y = rng.choice((2019, 2020, 2021, 2022, 2023))
            params["since"], params["until"] = f"{y}-03-01", f"{y}-06-30"
            params["modality"] = "asserted"
        else:
            params["event"] = rng.choice(EVENTS)[3]
        params["limit"] = "20"
        out.append("/api/v1/events?" + urlencode(params))
    return out


def load(port: int, paths: list[str], seconds: float, connections: int) -> dict[str, object]:
    """Hit the server with keep-alive connections for ``seconds``; per-second throughput and latencies."""
    stop = time.perf_counter() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    stamps: list[float] = []
    errors: list[str] = []

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = offset
        local_lat, local_st, local_err = [], [], []
        while time.perf_counter() < stop:
            path = paths[i % len(paths)]
            i += connections
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    local_err.append(f"{resp.status} {path} {body[:200]!r}")
                else:
                    json.loads(body)
            except Exception as exc:  # a benchmark counts every failure, whatever it is
                local_err.append(f"{type(exc).__name__} {path}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            t1 = time.perf_counter()
            local_lat.append(t1 - t0)
            local_st.append(t1)
        with lock:
            latencies.extend(local_lat)
            stamps.extend(local_st)
            errors.extend(local_err)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(connections)]
    t_start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    windows: dict[int, int] = {}
    for s in stamps:
        w = int(s - t_start)
        if w < int(seconds):
            windows[w] = windows.get(w, 0) + 1
    per_second = [windows.get(w, 0) for w in range(int(seconds))]
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "rps_median": statistics.median(per_second) if per_second else 0,
        "rps_min": min(per_second) if per_second else 0,
        "latency_ms_p50": 1000 * latencies[len(latencies) // 2] if latencies else 0,
        "latency_ms_p95": 1000 * latencies[int(len(latencies) * 0.95)] if latencies else 0,
    }


def page_times(port: int, paths: list[str], repeat: int = 5) -> list[tuple[str, float, float, float, int]]:
    """(path, first-hit server ms, median server ms from X-Render-Ms, median wall ms, status) per page.

    The first hit computes the page's aggregates; later hits may be served from the page cache.
    """
    out = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    for path in paths:
        server, wall, status = [], [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            conn.request("GET", path, headers={"Accept": "text/html"})
            resp = conn.getresponse()
            resp.read()
            wall.append(1000 * (time.perf_counter() - t0))
            server.append(float(resp.getheader("X-Render-Ms") or "nan"))
            status = resp.status
        out.append((path, server[0], statistics.median(server), statistics.median(wall), status))
    return out


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--settle", type=float, default=30.0, help="seconds to let the server warm up")
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "api-bench-v2.db")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)

    built = build_corpus(args.db, args.docs)
    if built:
        print(
            f"corpus: stored {args.docs} generated documents in {built:.1f} s "
            f"({args.docs / built:.0f} docs/s)"
        )
    else:
        print(f"corpus: reusing {args.db} (>= {args.docs} documents)")

    # The seed statement, coded for real, goes in too so its page can be timed.
    from communique.ingest import load_source
    from communique.pipeline import default_coder
    from communique.store import Corpus

    (seed_doc,) = list(load_source(str(ROOT / "examples" / "belarus-opposition-kazakhstan-2022.txt")))
    seed = default_coder().code_document(seed_doc)
    corpus = Corpus(f"sqlite:///{args.db}", dedup=False)
    corpus.add(seed)
    corpus.close()

    port = free_port()
    server = start_server(f"sqlite:///{args.db}", port, args.workers)
    try:
        # The server precomputes corpus-wide aggregates at start; let that finish before measuring.
        time.sleep(args.settle)
        rng = random.Random(11)
        paths = event_queries(rng)
        load(port, paths[:20], 2.0, args.connections)  # warm-up: first imports, SQLite page cache
        baseline = load(port, ["/api/v1/openapi.json"], 5.0, args.connections)
        result = load(port, paths, args.seconds, args.connections)
        print(
            f"GET /api/v1/events with filters over {args.docs} documents, {args.workers} worker(s), "
            f"{args.connections} connections, "
            f"{args.seconds:.0f} s: median {result['rps_median']:.0f} req/s (min {result['rps_min']}), "
            f"{result['requests']} requests, {result['errors']} errors, latency p50 "
            f"{result['latency_ms_p50']:.1f} ms p95 {result['latency_ms_p95']:.1f} ms"
        )
        base_rps = float(baseline["rps_median"])  # type: ignore[arg-type]
        print(
            f"side by side: /api/v1/openapi.json (framework only, cached JSON) {base_rps:.0f} req/s; "
            f"events/baseline ratio {float(result['rps_median']) / max(1.0, base_rps):.2f}; "  # type: ignore[arg-type]
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        for sample in result["error_samples"]:  # type: ignore[attr-defined]
            print("  error:", sample)
        print(
            f"target >= 300 req/s: {'met' if float(result['rps_median']) >= 300 else 'NOT met'}"  # type: ignore[arg-type]
            f"; ratio to target {float(result['rps_median']) / 300:.2f}"
        )  # type: ignore[arg-type]
        pages = [
            f"/documents/{seed.document.id}",
            "/",
            "/search",
            "/search?q=ceasefire",
            "/search?actor=BLRGOV",
            "/search?event=12&since=2022-01-01",
            "/reactions",
            "/issues/sanctions",
            "/reactions/evidence?actor=RUSGOV&issue=sanctions",
            "/actors/BLRGOV",
            "/actors/IGOCSTO",
            "/documents/bench00000042",
        ]
        print("page                                               first ms  median ms   wall ms  status")
        worst = 0.0
        for path, first_ms, server_ms, wall_ms, status in page_times(port, pages):
            worst = max(worst, first_ms)
            print(f"{path[:50]:50s} {first_ms:9.1f} {server_ms:9.1f} {wall_ms:9.1f}  {status}")
        seed_ms = page_times(port, [f"/documents/{seed.document.id}"])[0][2]
        print(
            f"pages < 300 ms on first hit: {'met' if worst < 300 else 'NOT met'} (worst {worst:.0f} ms); "
            f"seed document page < 100 ms: {'met' if seed_ms < 100 else 'NOT met'} ({seed_ms:.1f} ms)"
        )
        if result["errors"]:
            raise SystemExit(1)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
