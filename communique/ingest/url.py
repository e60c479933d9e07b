"""Fetch URLs safely: http(s) only, no private addresses, every redirect re-checked, time and size capped.

``check_url`` and ``fetch_url`` are the one guard every URL fetch in communique goes through (CLI, feeds,
API): the host is resolved once, every address it resolves to must be public (unless ``allow_private``), and
the connection is made to that checked address, so a DNS answer cannot change between check and use.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from communique.model import InputError

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "communique/0.1 (+statement coder)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass
class FetchResult:
    """A fetched resource: final URL after redirects, its content type and body bytes."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    content: bytes


def is_public_address(address: IPAddress) -> bool:
    """True for globally routable unicast addresses; IPv4-mapped/compatible IPv6 is judged as IPv4."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public_address(mapped)
        if address.teredo is not None:
            return is_public_address(address.teredo[1])
    return bool(
        address.is_global
        and not address.is_multicast
        and not address.is_private
        and not address.is_loopback
        and not address.is_link_local
        and not address.is_reserved
        and not address.is_unspecified
    )


def resolve_host(host: str, port: int, source: str) -> list[IPAddress]:
    """Resolve a host name (or literal address) to all its IP addresses."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise InputError(source, f"cannot resolve host {host!r}") from exc
    out: list[IPAddress] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone index
        addr = ipaddress.ip_address(raw)
        if addr not in out:
            out.append(addr)
    if not out:
        raise InputError(source, f"cannot resolve host {host!r}")
    return out


def check_url(url: str, *, allow_private: bool = False, source: str | None = None) -> list[IPAddress]:
    """Validate a URL for fetching and return the addresses it resolves to; raise ``InputError`` if refused.

    Refuses other schemes than http/https, credentials in the URL, and (unless ``allow_private``) any host
    that resolves to a loopback, private, link-local, reserved, multicast or otherwise non-public address.
    """
    where = source or url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(
            where, f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}"
        )
    if parts.username or parts.password:
        raise InputError(where, "URLs with credentials are refused")
    host = parts.hostname
    if not host:
        raise InputError(where, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise InputError(where, "URL has an invalid port") from exc
    addresses = resolve_host(host, port, where)
    if not allow_private:
        for addr in addresses:
            if not is_public_address(addr):
                raise InputError(
                    where,
                    f"refused: {host} resolves to a private or reserved address ({addr});"
                    " use --allow-private",
                )
    return addresses


def _pinned(url: str, address: IPAddress) -> tuple[str, str]:
    """Rewrite ``url`` to connect to ``address``; return it and the original Host header value."""
    parts = urlsplit(url)
    host_header = parts.netloc.rsplit("@", 1)[-1]
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), host_header


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    accept: str = ACCEPT,
) -> FetchResult:
    """GET a URL through the address guard, following up to ``MAX_REDIRECTS`` redirects by hand.

    Each hop is checked again; the body is streamed and abandoned once it passes ``max_bytes``; ``timeout``
    bounds each network operation and the whole fetch.
    """
    import httpx

    deadline = time.monotonic() + timeout
    current = url
    with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout), trust_env=False) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            addresses = check_url(current, allow_private=allow_private, source=url)
            hostname = urlsplit(current).hostname or ""
            response = None
            last_error: Exception | None = None
            # Try each checked address in turn (an unreachable IPv6 address must not hide a working IPv4).
            for address in addresses[:4]:
                target, host_header = _pinned(current, address)
                headers = {
                    "Host": host_header,
                    "User-Agent": USER_AGENT,
                    "Accept": accept,
                    # Only encodings _decode_content can undo under the size cap.
                    "Accept-Encoding": "gzip, deflate",
                }
                try:
                    request = client.build_request(
                        "GET", target, headers=headers, extensions={"sni_hostname": hostname}
                    )
                    response = client.send(request, stream=True)
                    break
                except httpx.TimeoutException as exc:
                    raise InputError(url, f"timed out after {timeout:g} s") from exc
                except httpx.ConnectError as exc:
                    last_error = exc
                    continue
                except httpx.HTTPError as exc:
                    raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}") from exc
            if response is None:
                raise InputError(url, f"fetch failed: cannot connect ({last_error})")
            try:
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if not location:
                        raise InputError(url, f"redirect {response.status_code} without a Location")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(url, f"too large: {declared} bytes, limit {max_bytes}")
                body = bytearray()
                try:
                    for chunk in response.iter_raw():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise InputError(url, f"too large: more than {max_bytes} bytes")
                        if time.monotonic() > deadline:
                            raise InputError(url, f"timed out after {timeout:g} s")
                except httpx.TimeoutException as exc:
                    raise InputError(url, f"timed out after {timeout:g} s") from exc
                except httpx.HTTPError as exc:
                    raise InputError(url, f"fetch failed: {type(exc).__name__}") from exc
                content = _decode_content(
                    bytes(body), response.headers.get("content-encoding"), url, max_bytes
                )
                content_type = response.headers.get("content-type", "")
                charset = response.charset_encoding
                return FetchResult(
                    url=url,
                    final_url=current,
                    status=response.status_code,
                    content_type=content_type.split(";", 1)[0].strip().lower(),
                    charset=charset,
                    content=content,
                )
            finally:
                response.close()
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _decode_content(raw: bytes, encoding: str | None, url: str, max_bytes: int) -> bytes:
    """Undo gzip/deflate content-encoding with the same size cap (no decompression bombs)."""
    import zlib

    if not encoding or encoding.strip().lower() in ("identity", ""):
        return raw
    kind = encoding.strip().lower()
    if kind not in ("gzip", "x-gzip", "deflate"):
        raise InputError(url, f"unsupported content-encoding {encoding!r}")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in kind else zlib.MAX_WBITS
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(raw, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(url, "corrupt compressed body") from exc
    if len(out) > max_bytes:
        raise InputError(url, f"too large: more than {max_bytes} bytes after decompression")
    return out
