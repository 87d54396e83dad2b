// Verifies our credentials with Digital Bazaar's VC library, as the VC playground and Learner Credential Wallet do:
// eddsa-rdfc-2022 Data Integrity proofs, JSON-LD safe mode, issuer = controller of the verification method, and
// Bitstring Status List revocation. Run by tests/certificates/test_vc_interop.py (ADR 0110).
//
// stdin: {"checks": {"<name>": {"kind": "credential" | "document", "document": {...}}, ...},
//         "documents": {"<url>": {...}}, "contexts": {"<context url>": "<file path>"}}
//   "credential": @digitalbazaar/vc verifyCredential (with checkStatus when it has a credentialStatus);
//   "document": jsonld-signatures verify with an assertionMethod proof purpose (the issuer Profile).
// The document loader serves only the files in "contexts", the DID / Multikey contexts of their npm packages, and
// "documents" (a DID document, keyed by its DID, also answers for its verification methods): no network.
// stdout: {"<name>": {"verified": bool, "errors": [..], "statusVerified": bool|null, "revoked": bool|null,
//                     "unsafe": "<safe-mode expansion error of the document>" | null}, ...,
//          "documents": {"<url>": "<safe-mode expansion error>" | null}}
import {readFileSync} from 'node:fs';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import didContext from 'did-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import jsigs from 'jsonld-signatures';
import jsonld from 'jsonld';

const input = JSON.parse(readFileSync(0, 'utf8'));
const contexts = new Map([
  [didContext.CONTEXT_URL, didContext.CONTEXT],
  [multikeyContext.CONTEXT_URL, multikeyContext.CONTEXT],
]);
for(const [url, path] of Object.entries(input.contexts || {})) {
  contexts.set(url, JSON.parse(readFileSync(path, 'utf8')));
}
const documents = input.documents || {};

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  const [base, fragment] = url.split('#');
  const document = documents[url] ?? documents[base];
  if(document !== undefined && fragment === undefined) {
    return {contextUrl: null, documentUrl: url, document};
  }
  if(document !== undefined) {
    // A verification method of a DID document, as did:web resolvers dereference it.
    const method = (document.verificationMethod || []).find(m => m.id === url);
    if(method) {
      return {
        contextUrl: null,
        documentUrl: url,
        document: {'@context': multikeyContext.CONTEXT_URL, ...method},
      };
    }
  }
  throw new Error(`offline document loader: no document for "${url}"`);
}

function messages(error, out = []) {
  if(!error) {
    return out;
  }
  if(Array.isArray(error)) {
    error.forEach(e => messages(e, out));
    return out;
  }
  if(error.message) {
    out.push(error.message);
  }
  const event = error.details && error.details.event;
  if(event) {
    // Safe mode says what it refused: "relative @type reference", "invalid property", with the term.
    out.push(`${event.code}: ${JSON.stringify(event.details)}`);
  }
  messages(error.errors, out);
  if(error.cause && error.cause !== error) {
    messages(error.cause, out);
  }
  return out;
}

async function unsafe(document) {
  // Safe-mode expansion: an undefined term or a relative IRI is an error here.
  try {
    await jsonld.expand(document, {documentLoader, safe: true, base: null});
    return null;
  } catch(error) {
    return messages(error).join('; ') || String(error);
  }
}

async function verify({kind, document}) {
  const output = {verified: false, errors: [], statusVerified: null, revoked: null};
  try {
    let result;
    if(kind === 'credential') {
      result = await vc.verifyCredential({credential: document, suite, documentLoader, checkStatus});
      if(result.statusResult) {
        output.statusVerified = result.statusResult.verified;
        const statuses = result.statusResult.results || [];
        output.revoked = statuses.length ? statuses.some(s => s.status === true) : null;
        output.errors.push(...messages(result.statusResult.error));
      }
    } else {
      result = await jsigs.verify(document, {
        suite, documentLoader, purpose: new jsigs.purposes.AssertionProofPurpose(),
      });
    }
    output.verified = result.verified === true;
    output.errors.push(...messages(result.error));
    for(const item of result.results || []) {
      output.errors.push(...messages(item.error));
    }
  } catch(error) {
    output.errors.push(...messages(error));
  }
  output.errors = [...new Set(output.errors)];
  output.unsafe = await unsafe(document);
  return output;
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
const report = {documents: {}};
for(const [name, check] of Object.entries(input.checks || {})) {
  report[name] = await verify(check);
}
for(const [url, document] of Object.entries(documents)) {
  report.documents[url] = await unsafe(document);
}
process.stdout.write(JSON.stringify(report) + '\n');
