"""JSON-LD processing that never leaves this machine: a document loader over the contexts shipped in contexts/,
RDFC-1.0 (URDNA2015) canonicalisation, and the audit that no term of a credential is lost on the way."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pyld import jsonld

CONTEXTS_DIR = Path(__file__).parent / "contexts"

# URL -> file in contexts/ (copied unchanged from the 1EdTech / W3C publications; see contexts/README.md).
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://w3id.org/security/data-integrity/v1": "data-integrity-v1.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob_v3p0_context-3.0.3.json",
}
VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# The VC 2.0 context maps every undefined term here rather than dropping it: such a term is signed but means nothing.
ISSUER_DEPENDENT_VOCAB = "https://www.w3.org/ns/credentials/issuer-dependent#"


class OfflineContextError(Exception):
    """A document asked for a context we do not ship; we refuse rather than fetch it."""


@cache
def _context_document(url: str) -> dict:
    return json.loads((CONTEXTS_DIR / CONTEXT_FILES[url]).read_text(encoding="utf-8"))


def local_document_loader(url: str, options: dict | None = None) -> dict:
    if url not in CONTEXT_FILES:
        raise OfflineContextError(f"context {url} is not available offline")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": _context_document(url),
    }


class DroppedTermError(ValueError):
    pass


def _raise_on_drop(term: str | None) -> None:
    raise DroppedTermError(f"the term {term!r} is not defined by the credential's contexts")


def canonicalize(document: dict) -> str:
    """RDFC-1.0 N-Quads of `document`. Raises DroppedTermError if expansion would silently drop a property,
    OfflineContextError for an unknown context, and pyld's JsonLdError for malformed JSON-LD."""
    processor = jsonld.JsonLdProcessor(on_property_dropped=_raise_on_drop)
    return processor.normalize(
        document,
        {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": local_document_loader},
    )


def _iris(node, found: set[str]) -> set[str]:
    if isinstance(node, list):
        for item in node:
            _iris(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                found.add(key)
            elif key == "@type":
                found.update(value if isinstance(value, list) else [value])
            _iris(value, found)
    return found


def undefined_terms(document: dict) -> list[str]:
    """Properties and types of `document` that its contexts do not define: those dropped by expansion and those
    that only the VC 2.0 catch-all @vocab picks up. An empty list means every term has a defined meaning."""
    dropped: list[str] = []
    expanded = jsonld.expand(
        document, {"documentLoader": local_document_loader}, on_property_dropped=lambda term: dropped.append(str(term))
    )
    vague = sorted(
        iri.removeprefix(ISSUER_DEPENDENT_VOCAB)
        for iri in _iris(expanded, set())
        if iri.startswith(ISSUER_DEPENDENT_VOCAB)
    )
    return dropped + vague
