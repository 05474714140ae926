"""Duplicate articles: the same URL, the same text, or a lightly edited copy (MinHash LSH)."""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from parley.model import Article

DuplicateKind = Literal["url", "hash", "near"]
# Tracking parameters that change nothing about the page.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 1
_MAGIC = b"PMH1"  # marks (and versions) the signature layout kept by the store


@dataclass(frozen=True, slots=True)
class DuplicateOf:
    """The article already seen that this one copies, how it was found, and how similar it is."""

    key: str
    kind: DuplicateKind
    similarity: float = 1.0


def normalise_url(url: str) -> str:
    """The URL with a lower-case scheme and host, no default port, fragment, tracking params or final slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS]
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def normalise_words(text: str) -> list[str]:
    """The text's words, lower-cased, punctuation and spacing gone."""
    return _WORD.findall(text.casefold())


def hash_text(text: str) -> str:
    """SHA-256 of the text with case, punctuation and whitespace normalised: equal for exact copies."""
    return hashlib.sha256(" ".join(normalise_words(text)).encode("utf-8")).hexdigest()


def shingles(words: list[str], size: int) -> set[bytes]:
    """The set of ``size``-word windows (the whole text as one when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass(frozen=True, slots=True)
class _Sketch:
    """An article's MinHash and how many distinct shingles went into it."""

    minhash: LeanMinHash
    size: int


class Deduper:
    """Finds an article's earlier copy by URL, by normalised-text hash, or by MinHash LSH similarity.

    Near copies are judged by *containment*: the share of the shorter text's word shingles that also
    occur in the other text, estimated from the MinHash Jaccard and the two shingle counts. Syndicated
    copies are usually trimmed, and trimming lowers Jaccard a lot while containment barely moves.
    ``threshold`` applies to that share. LSH picks candidates at a lower Jaccard (half the threshold),
    which also keeps a short brief from matching a long feature that quotes it.

    Shingles are 3 words long by default: short enough that a handful of edited words costs only a
    few percent, long enough that two reports of the same story in their own words share little.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 3) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.candidate_threshold = max(0.2, threshold / 2)
        self._lsh = MinHashLSH(threshold=self.candidate_threshold, num_perm=num_perm)
        self._sketches: dict[str, _Sketch] = {}
        self._urls: dict[str, str] = {}
        self._hashes: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._sketches)

    def sketch(self, article: Article) -> _Sketch:
        """The MinHash of the article's word shingles, with the shingle count."""
        grams = shingles(normalise_words(article.text), self.shingle_size)
        minhash = MinHash(num_perm=self.num_perm, seed=_SEED)
        minhash.update_batch(grams)
        return _Sketch(LeanMinHash(minhash), len(grams))

    def signature(self, article: Article) -> bytes:
        """The sketch as bytes (a magic tag, the shingle count, the hash values) for the store to keep."""
        sketch = self.sketch(article)
        values = np.asarray(sketch.minhash.hashvalues)
        return _MAGIC + struct.pack("<IB", sketch.size, values.itemsize) + values.tobytes()

    def find(self, article: Article) -> DuplicateOf | None:
        """The earlier article this one duplicates (same URL, same text, or a near copy), else None."""
        if article.url:
            key = self._urls.get(normalise_url(article.url))
            if key is not None:
                return DuplicateOf(key, "url", 1.0)
        # The store may hand back either hash (see add_signature), so both are looked up.
        key = self._hashes.get(hash_text(article.text)) or self._hashes.get(article.content_hash)
        if key is not None:
            return DuplicateOf(key, "hash", 1.0)
        if not self._sketches:
            return None
        sketch = self.sketch(article)
        best: DuplicateOf | None = None
        # LSH gives candidates cheaply; the containment estimate decides, so loose candidates drop out.
        for candidate in self._lsh.query(sketch.minhash):
            similarity = estimate_containment(sketch, self._sketches[candidate])
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = DuplicateOf(candidate, "near", round(similarity, 4))
        return best

    def add(self, key: str, article: Article) -> None:
        """Remember an article under ``key`` (the store's id, or its doc name)."""
        self._hashes.setdefault(article.content_hash, key)
        self._remember(key, article.url, hash_text(article.text), self.sketch(article))

    def add_signature(self, key: str, url: str | None, content_hash: str,
                      signature_bytes: bytes | None) -> None:
        """Remember an article from what the store kept: URL, hash and ``signature`` (None: exact only).

        ``content_hash`` may be ``hash_text(text)`` (also catches copies differing in case or spacing)
        or ``Article.content_hash``. A signature of another layout or ``num_perm`` raises ValueError.
        """
        sketch = self._from_bytes(signature_bytes) if signature_bytes is not None else None
        self._remember(key, url, content_hash, sketch)

    def _from_bytes(self, data: bytes) -> _Sketch:
        head = len(_MAGIC) + 5
        if not data.startswith(_MAGIC) or len(data) < head:
            raise ValueError("not a Parley dedupe signature; re-read the article to make one")
        size, width = struct.unpack("<IB", data[len(_MAGIC) : head])
        if width not in (4, 8) or len(data) - head != width * self.num_perm:
            raise ValueError(f"a signature of {len(data) - head} bytes does not fit num_perm={self.num_perm}")
        template = LeanMinHash(MinHash(num_perm=self.num_perm, seed=_SEED))
        if np.asarray(template.hashvalues).itemsize != width:
            raise ValueError("the signature was made by another datasketch hashing scheme; re-read the texts")
        values = np.frombuffer(data[head:], dtype=np.uint32 if width == 4 else np.uint64).copy()
        minhash = LeanMinHash(seed=_SEED, hashvalues=values, scheme=getattr(template, "scheme", None))
        return _Sketch(minhash, size)

    def _remember(self, key: str, url: str | None, content_hash: str, sketch: _Sketch | None) -> None:
        if url:
            self._urls.setdefault(normalise_url(url), key)
        self._hashes.setdefault(content_hash, key)
        if sketch is None:
            return
        if key in self._sketches:
            self._lsh.remove(key)
        self._sketches[key] = sketch
        self._lsh.insert(key, sketch.minhash)


def estimate_containment(a: _Sketch, b: _Sketch) -> float:
    """Share of the smaller shingle set found in the other: |A∩B| = J(|A|+|B|)/(1+J), over min size."""
    jaccard = float(a.minhash.jaccard(b.minhash))
    common = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return min(1.0, common / max(1, min(a.size, b.size)))
