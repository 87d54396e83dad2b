"""JSON-LD processing that never leaves this machine: a document loader over the contexts shipped in contexts/,
RDFC-1.0 (URDNA2015) canonicalisation, and the audit that no term of a credential is lost or made up on the way.

Like Digital Bazaar's "safe mode" (ADR 0110), canonicalisation refuses what a processor would silently drop or
invent: a property no context defines, and a relative IRI (a type, an id) that would be resolved against a base
nobody chose. pyld resolves those against http://example.org/base/, so a signature would cover a statement every
conformant verifier drops."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from pyld import jsonld

CONTEXTS_DIR = Path(__file__).parent / "contexts"

# URL -> file in contexts/ (copied unchanged from the 1EdTech / W3C publications; see contexts/README.md).
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://w3id.org/security/data-integrity/v1": "data-integrity-v1.jsonld",
    "https://w3id.org/security/data-integrity/v2": "data-integrity-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob_v3p0_context-3.0.3.json",
}
VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# For signed documents that are not credentials (the issuer Profile): Digital Bazaar's verifiers add this context to
# the proof configuration unless the document has it (or the VC 2.0 context), so a signature over any other would fail.
DATA_INTEGRITY_CONTEXT = "https://w3id.org/security/data-integrity/v2"
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


# Relative IRIs are resolved against this base, which names nothing (RFC 2606 reserves .invalid), so that every one
# of them shows up in the N-Quads and is refused.
RELATIVE_BASE = "https://relative-iri.invalid/"
_RELATIVE_IRI = re.compile(r"<" + re.escape(RELATIVE_BASE) + r"([^>]*)>")


class DroppedTermError(ValueError):
    """A property or type of the document has no meaning under its contexts."""


class RelativeIriError(DroppedTermError):
    """A type or id of the document is a relative IRI: its meaning would depend on a base nobody chose."""


def _raise_on_drop(term: str | None) -> None:
    raise DroppedTermError(f"the term {term!r} is not defined by the credential's contexts")


def _normalize(document: dict, *, base: str) -> str:
    processor = jsonld.JsonLdProcessor(on_property_dropped=_raise_on_drop)
    return processor.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": local_document_loader,
            "base": base,
        },
    )


def canonicalize(document: dict, *, allow_relative: frozenset[str] = frozenset()) -> str:
    """RDFC-1.0 N-Quads of `document`. Raises DroppedTermError if expansion would silently drop a property,
    RelativeIriError for a relative IRI, OfflineContextError for an unknown context, and pyld's JsonLdError for
    malformed JSON-LD.

    allow_relative: relative IRIs tolerated (for a signature made before ADR 0110, whose signer resolved them
    against pyld's default base); the N-Quads are then the ones that signer produced."""
    nquads = _normalize(document, base=RELATIVE_BASE)
    relative = set(_RELATIVE_IRI.findall(nquads))
    if not relative:
        return nquads
    if relative <= allow_relative:
        return _normalize(document, base="")
    raise RelativeIriError(
        "relative IRIs that no context defines (a conformant verifier drops them): " + ", ".join(sorted(relative))
    )


def _iris(node, found: set[str]) -> set[str]:
    if isinstance(node, list):
        for item in node:
            _iris(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                found.add(key)
            elif key in ("@type", "@id") and "@value" not in node:
                found.update(item for item in (value if isinstance(value, list) else [value]) if isinstance(item, str))
            _iris(value, found)
    return found


def undefined_terms(document: dict) -> list[str]:
    """Properties, types and ids of `document` without a defined meaning: properties dropped by expansion, terms
    only a catch-all @vocab picks up, and relative IRIs. An empty list means every term has a defined meaning."""
    dropped: list[str] = []
    expanded = jsonld.expand(
        document,
        {"documentLoader": local_document_loader, "base": RELATIVE_BASE},
        on_property_dropped=lambda term: dropped.append(str(term)),
    )
    iris = _iris(expanded, set())
    vague = sorted(
        iri.removeprefix(ISSUER_DEPENDENT_VOCAB).removeprefix(RELATIVE_BASE)
        for iri in iris
        if iri.startswith((ISSUER_DEPENDENT_VOCAB, RELATIVE_BASE))
    )
    return dropped + vague
