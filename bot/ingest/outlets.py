"""Outlet names for well-known hosts, so drafts say "UN News" rather than "news.un.org"."""
from __future__ import annotations

from urllib.parse import urlsplit

_KNOWN_HOSTS = {
    "news.un.org": "UN News",
    "press.un.org": "UN Press",
    "wikinews.org": "Wikinews",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "afp.com": "AFP",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "aljazeera.com": "Al Jazeera",
    "france24.com": "France 24",
    "dw.com": "DW",
    "tass.com": "TASS",
    "state.gov": "U.S. Department of State",
    "gov.uk": "GOV.UK",
    "mid.ru": "Russian Ministry of Foreign Affairs",
    "fmprc.gov.cn": "Chinese Ministry of Foreign Affairs",
    "mfa.gov.cn": "Chinese Ministry of Foreign Affairs",
    "mea.gov.in": "Indian Ministry of External Affairs",
    "kremlin.ru": "Kremlin",
    "nato.int": "NATO",
    "plataformamedia.com": "Plataforma",
}


def outlet_for_url(url: str) -> str | None:
    """Known outlet name for the URL's host (or a parent domain), else the host without "www."."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    labels = host.split(".")
    for start in range(len(labels) - 1):
        name = _KNOWN_HOSTS.get(".".join(labels[start:]))
        if name:
            return name
    return host[4:] if host.startswith("www.") else host
