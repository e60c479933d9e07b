"""Who issued a statement: names and character spans from its title, byline, opening and signature block.

Issuers come out as ``Actor(via="issuer", code=None)``; the actors stage resolves their codes. Sources are
tried from the most to the least explicit: the title ("Joint Statement of A, B and C on ...") together with
an explicit signatories list; then a byline or masthead; then the opening sentence ("The Ministry ...
condemns", "We, the leaders of ...", "..., Human Rights Watch said today"); then a bare sign-off block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from communique.ingest.dates import find_date
from communique.ingest.structure import (
    ACRONYM_RE,
    CUT_MARKERS,
    INSTITUTION_RE,
    SKIP_LINE,
    STRONG_TYPES,
    WEAK_TYPES,
    Line,
    has_person_shape,
    is_masthead,
    is_name_like,
    is_paragraph,
    lines_of,
)
from communique.ingest.titles import is_label
from communique.ingest.vocabulary import alternation, words
from communique.model import Actor

Span = tuple[int, int]

_TYPES = rf"(?:{STRONG_TYPES}|{WEAK_TYPES})"
# "Statement by X", "Declaration of X", "Statement attributable to the Spokesperson for X".
_TYPE_THEN_WHO = re.compile(
    rf"\b{_TYPES}\s+(?:(?:issued|made|delivered|released|signed|adopted)\s+)?"
    r"(?:of|by|from|attributable\s+to|on\s+behalf\s+of)\s+",
    re.I,
)
# "Statement on Kazakhstan by the Foreign Ministers of ..." — a later "by" still names the issuer.
_LATER_BY = re.compile(r"\s(?:issued\s+)?by\s+(?=(?:the\s+)?[A-Z0-9])")
# "G7 Foreign Ministers' Statement on ...", "EU Statement on ...".
_WHO_THEN_TYPE = re.compile(
    rf"^(?:[^:]{{1,80}}:\s*)?(?P<who>[A-Z0-9][^:]*?)(?:'s?|’s?)?\s+(?i:{STRONG_TYPES})\b"
)
# "Press release — Human Rights Watch" and "Human Rights Watch | Press release".
_TYPE_DASH_WHO = re.compile(rf"^{_TYPES}\s*(?:[–—|:]|\s-)\s*(?P<who>.+)$", re.I)
_WHO_DASH_TYPE = re.compile(rf"^(?P<who>.+?)\s*(?:[–—|:]|\s-)\s*{_TYPES}\s*$", re.I)
# Where an issuer phrase in a title ends: the topic ("on ...", "regarding ..."), punctuation, a date.
_WHO_END = re.compile(
    rf"\s+(?:on(?!\s+behalf\b)|{alternation('topic_starters')})\b"
    r"|\s*[:;|(\[\"“]|\s+[–—-]\s+|\s*[–—]"
    rf"|['’]s\s+{alternation('possessive_topic_nouns')}\b",
    re.I,
)
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|our)\s+", re.I)
# Words after "Statement of ..." that are a topic, not an issuer ("Statement of Concern", "of Principles").
_NOT_ISSUER_HEADS = frozenset(words("not_issuer_heads"))
# Names with "and" inside that are one actor.
_PROTECTED_AND = re.compile(rf"\b{alternation('names_with_and')}\b", re.I)
_PREPOSITION = re.compile(r"\s(?:of|for|in|on|to|at|from|against)\s", re.I)
# Plural heads that distribute over a list ("the Foreign Ministers of France, Germany and Italy") with their
# "of", the longest head first ("Heads of State and Government of", not "Heads of").
_PLURAL_HEAD_OF = re.compile(
    rf"\b{alternation(sorted(words('plural_heads'), key=len, reverse=True))}\s+of\s+", re.I
)
# A comma (or semicolon) between list items, with an optional "and".
_LIST_COMMA = re.compile(r"\s*[;,]\s*(?:and\s+|&\s+)?")
# A list item that repeats the distributed "of": ", of Japan", "and of the United States".
_REPEATED_OF = re.compile(r"(?:\s*[;,]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)of\s+", re.I)
# A list item that names an office or body of its own, so a plural head is not distributed over it.
_OWN_OFFICE = re.compile(rf"\b{alternation('own_office_words')}\b", re.I)
# Department words and adjectives that cannot stand as an issuer ("Foreign", "International Trade").
_PORTFOLIO = frozenset(words("portfolio_words"))
# An appositive role after a person's name: "Josep Borrell, High Representative of the Union".
_ROLE_START = re.compile(
    rf"^(?:the\s+)?(?:{alternation('role_modifiers')}\s+)*{alternation('role_titles')}\b", re.I
)
# "We, the undersigned organisations, ..." announces a list of signatories at the end.
_UNDERSIGNED = re.compile(r"\b(?:the\s+)?undersigned\b", re.I)
_SIGNATORIES_HEADER = re.compile(
    r"^(?:list\s+of\s+|initial\s+)?(?:signatories|signatory\s+organi[sz]ations|signed(?:\s+by)?|endorsed\s+by"
    r"|endorsing\s+organi[sz]ations|supported\s+by|co-?signed\s+by|(?:the\s+)?undersigned(?:\s+organi[sz]ations)?"
    r"|signing\s+organi[sz]ations|joined\s+by|on\s+behalf\s+of|signatures?)\s*(?P<colon>:)?\s*(?P<rest>.*)$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|issued\s+by|from|published\s+by|posted\s+by|author)\s*:?\s+(?P<who>.+)$", re.I)
_STANCE_VERBS = (
    rf"{alternation('opening_stance_words')}"
    rf"|(?:is|are|has\s+been|have\s+been|was|were)\s+(?:{alternation('concern_degrees')}\s+)?"
    rf"{alternation('concern_states')}"
)
_OPENING_SUBJECT = re.compile(
    r"^(?:\(?[A-Z][\w .'-]{1,40},\s*[^)–—]{4,30}\)?\s*[–—-]\s*)?(?:today,?\s+|on\s+[^,]{3,40},\s+)?"
    rf"(?P<who>(?:the\s+)?[A-Z0-9][^,.;:!?]{{1,160}}?)\s+(?:{_STANCE_VERBS})\b",
    re.I,
)
# Verbs that, lower-case after a capitalised name, make it the statement's speaker ("Access Now condemns").
_CLEAR_STANCE_VERB = re.compile(
    rf"(?:{alternation('clear_stance_adverbs')}\s+)*{alternation('clear_stance_verbs')}\b"
)
_WE_THE = re.compile(r"^(?i:we),\s+(?P<who>.+?),\s+(?=(?!the\b|and\b)[a-z])")
_SAID_TODAY = re.compile(
    r"(?:^|[,.;]\s+|\s[–—]\s+)(?P<who>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’.&-]*)){0,8})"
    rf"\s+{alternation('reporting_verbs')}\s+(?:today|on\s+\w+day|in\s+a\s+(?:joint\s+)?(?:statement|letter"
    r"|press\s+release|report))",
)


def _strip(text: str, span: Span) -> Span:
    """Shrink a span past surrounding whitespace, punctuation and a leading determiner."""
    start, end = span
    while start < end and text[start] in " \t\n,;:.–—-|\"“”'‘’()[]*•·":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:–—-|\"“”'‘’()[]*•·":
        end -= 1
    # A final full stop belongs to the sentence unless it ends an abbreviation ("Inc.", "U.S.").
    if (
        end > start
        and text[end - 1] == "."
        and not re.search(r"(?:\b[A-Z]|Inc|Ltd|Co|Jr)\.$", text[start:end])
    ):
        end -= 1
    det = _DETERMINER.match(text[start:end])
    if det and end - start - det.end() > 2:
        start += det.end()
    return start, end


def _plausible(name: str) -> bool:
    """A name an issuer phrase can be: capitalised, short, not a topic word, not ending in a preposition."""
    words = name.split()
    if not words or len(words) > 18 or len(name) > 200:
        return False
    if not (name[0].isupper() or name[0].isdigit()):
        return False
    if words[0].lower().strip(",") in _NOT_ISSUER_HEADS:
        return False
    if words[-1].lower() in {"of", "for", "and", "the", "on", "in", "to", "by", "with", "at"}:
        return False
    return find_date(name) is None


def _split_on(text: str, span: Span, pattern: re.Pattern[str]) -> list[Span]:
    start, end = span
    parts: list[Span] = []
    cursor = start
    for match in pattern.finditer(text, start, end):
        parts.append((cursor, match.start()))
        cursor = match.end()
    parts.append((cursor, end))
    return [p for p in parts if text[p[0] : p[1]].strip()]


def _protected(text: str, span: Span) -> list[Span]:
    return [(m.start(), m.end()) for m in _PROTECTED_AND.finditer(text, span[0], span[1])]


def _split_and(text: str, span: Span, in_list: bool) -> list[Span]:
    """Split "A and B" when both sides are actors; keep "Ministry of Foreign Affairs and Trade" whole."""
    guards = _protected(text, span)
    for match in re.finditer(r"\s+(?:[Aa]nd|AND|&)\s+", text[span[0] : span[1]]):
        at, after = span[0] + match.start(), span[0] + match.end()
        if any(g0 <= at < g1 for g0, g1 in guards):
            continue
        left, right = text[span[0] : at].strip(), text[after : span[1]].strip()
        if not left or not right:
            continue
        right_starts_actor = bool(re.match(r"(?:the|The|THE)\s+[A-Z0-9]", right))
        simple = not _PREPOSITION.search(f" {left} ") and not _PREPOSITION.search(f" {right} ")
        capitalised = right[:1].isupper() or right[:1].isdigit()
        # "Information and Press Department", "Foreign and Commonwealth Office": the left side shares the
        # right side's head noun, so it is one body, unless the left names a body of its own.
        if not right_starts_actor and INSTITUTION_RE.search(right) and not _looks_like_actor(left):
            continue
        if right_starts_actor or (
            capitalised and (simple or (in_list and not _PREPOSITION.search(f" {left} ")))
        ):
            return [(span[0], at), *_split_and(text, (after, span[1]), in_list)]
    return [span]


def _distribute(text: str, span: Span) -> list[tuple[str, Span]] | None:
    """Distribute a plural head over a list: "the Foreign Ministers of France and Italy" → two names.

    Items after the countries that name an office of their own ("... and the High Representative of the
    EU") are issuers in their own right, not part of the distributed list.
    """
    # One way to find the head: the first plural head's "of", never the last "of" of the first item, which
    # made "the Presidents of the Republic of Korea and the United States" a "Presidents of the Republic".
    phrase = _DETERMINER.sub("", text[span[0] : span[1]])
    match = _PLURAL_HEAD_OF.search(phrase)
    # The head is the phrase's first words ("foreign ministers"), never a name with an "of" of its own.
    if not match or " of " in phrase[: match.start()] or len(phrase[: match.start()].split()) > 3:
        return None
    start = span[1] - len(phrase) + match.end()
    # "of Korea and of the United States": a repeated "of" starts the next item whatever the item holds.
    chunks = _split_on(text, (start, span[1]), _REPEATED_OF)
    after = [piece for chunk in chunks for piece in _split_on(text, chunk, _LIST_COMMA)]
    # "and" does not split a side holding "of" ("the Republic of Korea and Japan" stays one country) unless
    # the items are a list already.
    listed = [sub for piece in after for sub in _split_and(text, piece, in_list=len(after) > 1)]
    if len(listed) < 2:
        return None
    head = re.sub(r"\s+of\s+$", "", phrase[: match.end()])
    out: list[tuple[str, Span]] = []
    rest: list[Span] = []
    for item in listed:
        s, e = _strip(text, item)
        name = text[s:e]
        if rest or not name or _OWN_OFFICE.search(name) or len(name.split()) > 6 or not name[0].isupper():
            rest.append(item)
            continue
        out.append((f"{head} of {_raw(text, item)}", (s, e)))
    if len(out) < 2:
        return None
    for item in rest:
        out.extend(split_issuer_phrase(text, item))
    return out


def _bare_portfolio(name: str) -> bool:
    """ "Foreign", "International Trade": capitalised department words with no head noun of a body."""
    tokens = name.split()
    return (
        0 < len(tokens) <= 3
        and name[:1].isupper()
        and all(t.lower().strip(".") in _PORTFOLIO or t.lower() == "and" for t in tokens)
    )


def _joins_next(name: str, following: str) -> bool:
    """A comma piece that cannot stand as an issuer joins the next piece when that one names the body:
    "Foreign" + "Commonwealth and Development Office" is one office."""
    following = following.strip()
    # "Global Affairs Canada and the Foreign": a new name begun by "and the" after another body.
    last = re.split(r"\s(?:and|&)\s+the\s+", name)[-1]
    return (
        _bare_portfolio(last)
        and following[:1].isupper()
        and not _DETERMINER.match(following)
        and bool(INSTITUTION_RE.search(following))
    )


def _raw(text: str, span: Span) -> str:
    return text[span[0] : span[1]].strip(" ,;")


def split_issuer_phrase(text: str, span: Span) -> list[tuple[str, Span]]:
    """Split an issuer phrase into names with spans: "A, B and C" → three; "Ministry of X of Y" → one."""
    span = _strip(text, span)
    if span[0] >= span[1]:
        return []
    out: list[tuple[str, Span]] = []
    # "the High Representative on behalf of the EU": both the speaker and the body spoken for.
    for part in _split_on(text, span, _ON_BEHALF):
        distributed = _distribute(text, _strip(text, part))
        if distributed:
            out.extend(distributed)
            continue
        pieces = _split_on(text, part, re.compile(r"\s*[;,]\s*(?:and\s+|&\s+)?"))
        # "Ministry of Economy, Trade and Industry": a bare word list after an "X of Y" name is one name.
        if len(pieces) > 1 and re.search(r"\s(?:of|for)\s", text[pieces[0][0] : pieces[0][1]]):
            tail = [x for p in pieces[1:] for x in re.split(r"\s+(?:and|&)\s+", text[p[0] : p[1]].strip())]
            if all(
                len(t.split()) <= 2 and not re.match(r"(?:the|The)\s", t) and not _ROLE_START.match(t)
                for t in tail
            ):
                pieces = [part]
        merged: list[Span] = []
        for piece in pieces:
            piece_text = text[piece[0] : piece[1]].strip()
            if merged and _joins_next(_raw(text, _strip(text, merged[-1])), piece_text):
                merged[-1] = (merged[-1][0], piece[1])  # "Foreign, Commonwealth and Development Office"
            elif (
                merged
                and _ROLE_START.match(piece_text)
                and has_person_shape(text[merged[-1][0] : merged[-1][1]])
            ):
                merged[-1] = (merged[-1][0], piece[1])  # appositive role belongs to the person before it
            else:
                merged.append(piece)
        in_list = len(merged) > 1
        for piece in merged:
            for sub in _split_and(text, piece, in_list):
                s, e = _strip(text, sub)
                name = text[s:e]
                if "," in name and has_person_shape(name):
                    name = name.split(",", 1)[0].strip()  # "Josep Borrell, High Representative" → the person
                if _plausible(name):
                    out.append((name, (s, e)))
    return out


def _who_span(line: str, start: int) -> Span:
    """From ``start``, the issuer phrase runs up to the topic ("on ...") or the end of the title."""
    end_match = _WHO_END.search(line, start)
    end = end_match.start() if end_match else len(line)
    return start, end


def issuers_from_title(title: str) -> list[tuple[str, Span]]:
    """Issuer names with spans (relative to ``title``) named by a statement's title."""
    title = title.strip()
    for pattern in (_TYPE_DASH_WHO, _WHO_DASH_TYPE):
        match = pattern.match(title)
        if match and is_masthead(match.group("who")) and not _WHO_END.search(match.group("who")):
            return split_issuer_phrase(title, match.span("who"))
    match = _TYPE_THEN_WHO.search(title)
    if match:
        found = split_issuer_phrase(title, _who_span(title, match.end()))
        if found:
            return found
    match = _WHO_THEN_TYPE.match(title)
    if match:
        who = match.group("who")
        words = who.split()
        if len(words) <= 8 and words[0].lower() not in _NOT_ISSUER_HEADS:
            found = split_issuer_phrase(title, match.span("who"))
            if found and all(_looks_like_actor(name) for name, _ in found):
                return found
    # A headline with a speaker: "Press release: Amnesty International condemns ...", "EU calls for ...".
    headline = re.sub(rf"^(?:(?i:{_TYPES})\s*[:–—|-]\s*|[^:]{{1,60}}:\s+)", "", title)
    offset = len(title) - len(headline)
    subject = _OPENING_SUBJECT.match(headline)
    if (
        subject
        and _looks_like_actor(subject.group("who"))
        and _CLEAR_STANCE_VERB.match(headline[subject.end("who") :].lstrip())
    ):
        found = split_issuer_phrase(title, (offset + subject.start("who"), offset + subject.end("who")))
        if found:
            return found
    type_match = re.search(_TYPES, title, re.I)
    if type_match:
        later = _LATER_BY.search(title, type_match.end())
        if later:
            found = split_issuer_phrase(title, _who_span(title, later.end()))
            if found and all(_looks_like_actor(name) for name, _ in found):
                return found
    return []


def _is_title_case_name(name: str) -> bool:
    """ "Access Now", "Reporters Without Borders": every word capitalised except short function words."""
    words = _DETERMINER.sub("", name.strip()).split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "for", "the", "and", "on", "in"}
        for w in words
    )


def _looks_like_actor(name: str) -> bool:
    return bool(INSTITUTION_RE.search(name) or ACRONYM_RE.search(name) or has_person_shape(name))


def _signatory_items(lines: Sequence[Line], text: str) -> tuple[list[tuple[str, Span]], bool]:
    """Items of an explicit "Signatories:" list (header, then inline items and/or one per line)."""
    out: list[tuple[str, Span]] = []
    found_header = False
    for i, line in enumerate(lines):
        match = _SIGNATORIES_HEADER.match(line.text)
        if not match:
            continue
        rest = match.group("rest")
        if rest and not match.group("colon"):
            continue  # "Signed by the President into law ..." is prose, not a header
        if not rest and len(line.text) > 45:
            continue
        found_header = True
        if rest:
            start = line.start + match.start("rest")
            out.extend(_list_items(text, (start, line.end)))
        for follower in lines[i + 1 :]:
            if CUT_MARKERS.match(follower.text) or is_paragraph(follower.text):
                break
            if not is_name_like(follower.text, strict=False):
                if find_date(follower.text):
                    continue
                break
            out.extend(_list_items(text, (follower.start, follower.end)))
    return out, found_header


def _list_items(text: str, span: Span) -> list[tuple[str, Span]]:
    """Names in one signatory line: "A, B and C", "1. A", "A (Country)"."""
    segment = text[span[0] : span[1]]
    bullet = re.match(r"^\s*(?:[-–—*•·▪●◦]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+", segment)
    start = span[0] + (bullet.end() if bullet else 0)
    # Country or city in parentheses after an organisation names where it is, not another signatory.
    paren = re.search(r"\s*\([^()]{1,60}\)\s*$", text[start : span[1]])
    end = start + paren.start() if paren else span[1]
    return split_issuer_phrase(text, (start, end))


def _opening_issuers(
    lines: Sequence[Line], text: str, *, relaxed: bool = False
) -> tuple[list[tuple[str, Span]], bool]:
    """Issuers named by the opening paragraph, and whether it announces "the undersigned"."""
    paragraphs = [line for line in lines if is_paragraph(line.text)][:2]
    undersigned = False
    for para in paragraphs:
        we = _WE_THE.match(para.text)
        if we:
            if _UNDERSIGNED.search(we.group("who")):
                undersigned = True
                continue
            span = (para.start + we.start("who"), para.start + we.end("who"))
            found = split_issuer_phrase(text, span)
            if found:
                return found, undersigned
        if _UNDERSIGNED.search(para.text[:200]):
            undersigned = True
    if paragraphs:
        first = paragraphs[0]
        match = _OPENING_SUBJECT.match(first.text)
        if match:
            who = match.group("who")
            after = first.text[match.end("who") :].lstrip()
            actor_like = _looks_like_actor(who) or (
                relaxed and _is_title_case_name(who) and bool(_CLEAR_STANCE_VERB.match(after))
            )
            if actor_like and not re.search(r"\b(?:we|our|they|it|this|these)\b", who, re.I):
                span = (first.start + match.start("who"), first.start + match.end("who"))
                found = split_issuer_phrase(text, span)
                if found:
                    return found, undersigned
    for para in paragraphs:
        for said in _SAID_TODAY.finditer(para.text):
            who = said.group("who")
            if _looks_like_actor(who):
                span = (para.start + said.start("who"), para.start + said.end("who"))
                found = split_issuer_phrase(text, span)
                if found:
                    return found, undersigned
    return [], undersigned


def _trailing_block(lines: Sequence[Line]) -> list[Line]:
    """The lines after the last body paragraph, cut at contact details, notes to editors and the like."""
    last_para = max((i for i, line in enumerate(lines) if is_paragraph(line.text)), default=-1)
    block: list[Line] = []
    for line in lines[last_para + 1 :][:60]:
        if CUT_MARKERS.match(line.text):
            break
        block.append(line)
    return block


def _signoff_issuers(lines: Sequence[Line], text: str, *, relaxed: bool) -> list[tuple[str, Span]]:
    """Names in a sign-off block at the end; ``relaxed`` when the opening announced "the undersigned"."""
    block = [line for line in _trailing_block(lines) if not (find_date(line.text) and len(line.text) < 60)]
    if not block:
        return []
    names = [line for line in block if is_name_like(line.text, strict=not relaxed)]
    if len(names) * 2 < len(block):
        return []  # mostly prose or navigation: not a signature block
    out: list[tuple[str, Span]] = []
    for line in names:
        out.extend(_list_items(text, (line.start, line.end)))
    return out


def _byline_issuers(lines: Sequence[Line], text: str, title: Line | None) -> list[tuple[str, Span]]:
    """A "By X" / "Issued by: X" line or a masthead name above the body."""
    out: list[tuple[str, Span]] = []
    for line in lines[:12]:
        if is_paragraph(line.text):
            break
        if (title is not None and line.start == title.start) or SKIP_LINE.match(line.text):
            continue
        if is_label(line.text):
            out.extend(
                (name, (s + line.start, e + line.start)) for name, (s, e) in issuers_from_title(line.text)
            )
            continue
        match = _BYLINE.match(line.text)
        if match and is_name_like(match.group("who"), strict=False):
            out.extend(split_issuer_phrase(text, (line.start + match.start("who"), line.end)))
        elif is_masthead(line.text):
            out.extend(split_issuer_phrase(text, (line.start, line.end)))
    return out


def find_issuers(text: str, title: str | None = None, title_start: int | None = None) -> list[Actor]:
    """Return the statement's issuers as ``Actor(via="issuer")`` with spans into ``text`` where found there.

    ``title`` is the detected or given title; ``title_start`` its offset in ``text`` when it is a line of
    the text (names found in a title that is not in the text get no span).
    """
    lines = lines_of(text)
    if title is not None and title_start is None:
        at = text.find(title)
        title_start = at if at >= 0 else None
    found: list[tuple[str, Span | None]] = []
    if title:
        for name, (s, e) in issuers_from_title(title):
            found.append((name, (s + title_start, e + title_start) if title_start is not None else None))
    signatories, has_header = _signatory_items(lines, text)
    found.extend(signatories)
    title_line = next((ln for ln in lines if title_start is not None and ln.start == title_start), None)
    if not found:
        found.extend(_byline_issuers(lines, text, title_line))
    undersigned = False
    if not found:
        opening, undersigned = _opening_issuers(lines, text)
        found.extend(opening)
    if not found and not has_header:
        found.extend(_signoff_issuers(lines, text, relaxed=undersigned))
    if not found:
        # Last resort: a capitalised name that is the subject of a clear stance verb ("Access Now condemns").
        found.extend(_opening_issuers(lines, text, relaxed=True)[0])
    return _dedupe(found, text)


def _dedupe(found: Iterable[tuple[str, Span | None]], text: str) -> list[Actor]:
    seen: set[str] = set()
    out: list[Actor] = []
    for name, span in found:
        key = re.sub(r"\W+", " ", name.casefold()).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        if name.isupper() and len(name) > 6 and " " in name:
            name = _uncap(name)
        if span is None:
            out.append(Actor(name=name, text=name, via="issuer"))
        else:
            out.append(
                Actor(name=name, text=text[span[0] : span[1]], start=span[0], end=span[1], via="issuer")
            )
    return out


_SMALL_WORDS = {"of", "for", "the", "and", "on", "in", "to", "at", "de", "du", "des", "la", "le"}


def _uncap(name: str) -> str:
    """Un-capitalise an all-caps name: "OFFICE OF THE EU" → "Office of the EU" (EU, OSCE kept)."""
    words = []
    for i, word in enumerate(name.split(" ")):
        lower = word.lower()
        if i > 0 and lower in _SMALL_WORDS:
            words.append(lower)
        elif len(word) <= 4 and word.isalpha() and lower not in _SMALL_WORDS:
            words.append(word)  # EU, UN, OSCE, NATO
        else:
            words.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


def issuers_from_names(names: Sequence[str], text: str) -> list[Actor]:
    """Issuers given by the user (``--issuer``): spans where the name occurs in the text."""
    out: list[Actor] = []
    folded = text.casefold()
    given = [name.strip() for name in names if name.strip()]
    # A list split at every comma ("[A, Foreign, Commonwealth and Development Office]") gives "Foreign" alone:
    # it is the start of the next name.
    joined: list[str] = []
    for name in given:
        if joined and _joins_next(joined[-1], name):
            joined[-1] = f"{joined[-1]}, {name}"
        else:
            joined.append(name)
    for name in joined:
        at = folded.find(name.casefold())
        if at >= 0:
            out.append(
                Actor(name=name, text=text[at : at + len(name)], start=at, end=at + len(name), via="issuer")
            )
        else:
            out.append(Actor(name=name, text=name, via="issuer"))
    return out
