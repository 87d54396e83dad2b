// Offline check of a certificate's QR payload (ADR 0080): COSE_Sign1 over CBOR, Ed25519 via WebCrypto, revocation
// from the signed list saved with the page. Every failure to parse is "cannot read", every failed check "forged":
// nothing a scanned text contains may throw past verify().
"use strict";

(function () {
  const CONTENT_CERTIFICATE = "ictcft-cert/1";
  const CONTENT_STATUS_LIST = "ictcft-status/1";
  const MAX_PAYLOAD = 4096;

  class Unreadable extends Error {}
  class Forged extends Error {}

  // --- base64url and CBOR (just what COSE_Sign1 needs; bounds-checked) -------------------------------------------

  function b64urlDecode(text) {
    if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) throw new Unreadable("not base64url");
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
    let binary;
    try {
      binary = atob(b64);
    } catch (e) {
      throw new Unreadable("not base64url");
    }
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function cborDecode(bytes) {
    let pos = 0;
    const need = (n) => {
      if (pos + n > bytes.length) throw new Unreadable("truncated");
    };
    const uint = (info) => {
      if (info < 24) return info;
      const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
      if (!size) throw new Unreadable("bad length");
      need(size);
      let value = 0;
      for (let i = 0; i < size; i++) value = value * 256 + bytes[pos++];
      if (!Number.isSafeInteger(value)) throw new Unreadable("integer too large");
      return value;
    };
    const item = (depth) => {
      if (depth > 16) throw new Unreadable("nested too deep");
      need(1);
      const first = bytes[pos++];
      const major = first >> 5;
      const info = first & 31;
      if (major === 7) {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        throw new Unreadable("unsupported simple value");
      }
      const n = uint(info);
      switch (major) {
        case 0: return n;
        case 1: return -1 - n;
        case 2: need(n); pos += n; return bytes.slice(pos - n, pos);
        case 3: {
          need(n); pos += n;
          try {
            return new TextDecoder("utf-8", { fatal: true }).decode(bytes.slice(pos - n, pos));
          } catch (e) {
            throw new Unreadable("bad text");
          }
        }
        case 4: {
          if (n > 64) throw new Unreadable("array too long");
          const out = [];
          for (let i = 0; i < n; i++) out.push(item(depth + 1));
          return out;
        }
        case 5: {
          if (n > 64) throw new Unreadable("map too long");
          const out = new Map();
          for (let i = 0; i < n; i++) {
            const key = item(depth + 1);
            out.set(key, item(depth + 1));
          }
          return out;
        }
        case 6: return { tag: n, value: item(depth + 1) };
        default: throw new Unreadable("unsupported CBOR");
      }
    };
    const value = item(0);
    if (pos !== bytes.length) throw new Unreadable("trailing bytes");
    return value;
  }

  function cborHead(major, n) {
    if (n < 24) return [(major << 5) | n];
    if (n < 256) return [(major << 5) | 24, n];
    if (n < 65536) return [(major << 5) | 25, n >> 8, n & 255];
    return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  }

  function sigStructure(protectedBytes, payload) {
    // CBOR of ["Signature1", protected, h'', payload] (RFC 9052 §4.4).
    const label = new TextEncoder().encode("Signature1");
    const parts = [
      [0x84],
      cborHead(3, label.length), label,
      cborHead(2, protectedBytes.length), protectedBytes,
      [0x40],
      cborHead(2, payload.length), payload,
    ];
    const size = parts.reduce((sum, p) => sum + p.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

  // --- COSE_Sign1 --------------------------------------------------------------------------------------------------

  async function coseVerify(bytes, keys, contentType) {
    let message = cborDecode(bytes);
    if (message && message.tag !== undefined) {
      if (message.tag !== 18) throw new Unreadable("not COSE_Sign1");
      message = message.value;
    }
    if (!Array.isArray(message) || message.length !== 4) throw new Unreadable("not COSE_Sign1");
    const [protectedBytes, , payload, signature] = message;
    if (![protectedBytes, payload, signature].every((p) => p instanceof Uint8Array)) throw new Unreadable("not COSE_Sign1");
    const header = cborDecode(protectedBytes);
    const claims = cborDecode(payload);
    if (!(header instanceof Map) || header.get(1) !== -8) throw new Forged("not EdDSA");
    if (header.get(3) !== contentType) throw new Forged("wrong content type");
    if (signature.length !== 64) throw new Forged("bad signature length");
    const kid = header.get(4) instanceof Uint8Array ? hex(header.get(4)) : null;
    const data = sigStructure(protectedBytes, payload);
    for (const key of keys) {
      if (kid && key.kid !== kid) continue;
      if (await crypto.subtle.verify({ name: "Ed25519" }, key.cryptoKey, signature, data)) {
        if (!(claims instanceof Map)) throw new Forged("no claims");
        return claims;
      }
    }
    throw new Forged("signature does not verify");
  }

  async function gunzip(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // --- the checker ---------------------------------------------------------------------------------------------------

  async function loadKeys(data) {
    const keys = [];
    for (const key of data.keys || []) {
      try {
        const cryptoKey = await crypto.subtle.importKey("raw", b64urlDecode(key.raw), { name: "Ed25519" }, false, ["verify"]);
        keys.push({ kid: key.kid, cryptoKey });
      } catch (e) {
        // A key this browser cannot import is skipped; the payload then reads as not signed by us.
      }
    }
    return keys;
  }

  async function loadLists(data, keys) {
    const lists = new Map();
    for (const entry of data.lists || []) {
      try {
        const claims = await coseVerify(b64urlDecode(entry.payload), keys, CONTENT_STATUS_LIST);
        const bits = await gunzip(claims.get(4));
        lists.set(claims.get(1), { madeAt: new Date(claims.get(2) * 1000), bits });
      } catch (e) {
        // A damaged list is as good as none: the verdict says the status is unknown.
      }
    }
    return lists;
  }

  function payloadText(text) {
    let value = (text || "").trim();
    if (value.includes("#")) value = value.slice(value.lastIndexOf("#") + 1);
    value = value.replace(/\s+/g, "");
    if (!value) throw new Unreadable("empty");
    if (value.length > (MAX_PAYLOAD * 4) / 3 + 4) throw new Unreadable("too long");
    return value;
  }

  async function verify(text, keys, lists, listSize) {
    try {
      const claims = await coseVerify(b64urlDecode(payloadText(text)), keys, CONTENT_CERTIFICATE);
      const index = claims.get(8);
      const issued = claims.get(6);
      const expires = claims.get(7);
      if (typeof claims.get(1) !== "string" || typeof claims.get(2) !== "string" || !Number.isInteger(index) || !Number.isInteger(issued)) {
        return { verdict: "FORGED" };
      }
      const facts = {
        code: claims.get(1),
        holder: claims.get(2),
        level: [claims.get(4), claims.get(5)].filter(Boolean).join(" · "),
        issued: new Date(issued * 1000),
        expires: Number.isInteger(expires) ? new Date(expires * 1000) : null,
        language: typeof claims.get(9) === "string" ? claims.get(9) : "",
        // Claim 10 (ADR 0113): 0 earned by assessments, 1 issued by hand with approval; absent before it existed.
        earned: claims.get(10) === 1 ? "manual" : claims.get(10) === 0 ? "assessments" : "",
      };
      const list = lists.get(Math.floor(index / listSize) + 1);
      if (!list) return { verdict: "UNKNOWN", facts };
      const position = index % listSize;
      const byte = list.bits[position >> 3];
      if (byte === undefined) return { verdict: "UNKNOWN", facts };
      if (byte & (0x80 >> (position & 7))) return { verdict: "REVOKED", facts, listDate: list.madeAt };
      if (facts.expires && facts.expires.getTime() <= Date.now()) return { verdict: "EXPIRED", facts, listDate: list.madeAt };
      return { verdict: "VALID", facts, listDate: list.madeAt };
    } catch (e) {
      if (e instanceof Forged) return { verdict: "FORGED" };
      return { verdict: "UNREADABLE" };
    }
  }

  // --- the page ------------------------------------------------------------------------------------------------------

  function json(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : {};
  }

  function fill(template, date) {
    return template.replace("%(date)s", date);
  }

  function show(root, strings, result) {
    const lang = document.documentElement.lang || undefined;
    const day = (d) => new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(d);
    const when = (d) => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(d);
    const section = root.querySelector("#offline-result");
    const classes = { VALID: "valid", REVOKED: "revoked", EXPIRED: "expired", FORGED: "revoked", UNREADABLE: "notfound", UNKNOWN: "notfound" };
    section.className = "cert-status cert-status--" + classes[result.verdict];
    section.dataset.verdict = result.verdict;
    root.querySelector("#offline-verdict").textContent = strings[result.verdict];
    const listDate = result.listDate ? when(result.listDate) : "";
    const messages = {
      VALID: fill(strings.valid, listDate),
      REVOKED: fill(strings.revoked, listDate),
      EXPIRED: result.facts && result.facts.expires ? fill(strings.expired, day(result.facts.expires)) : "",
      FORGED: strings.forged,
      UNREADABLE: strings.unreadable,
      UNKNOWN: strings.unknown,
    };
    root.querySelector("#offline-message").textContent = messages[result.verdict];
    const facts = root.querySelector("#offline-facts");
    facts.replaceChildren();
    if (result.facts && result.verdict !== "FORGED") {
      const f = result.facts;
      const rows = [
        [strings.holder, f.holder, true],
        [strings.level, f.level, false],
        [strings.issued, day(f.issued), false],
        [strings.expires, f.expires ? day(f.expires) : strings.never, false],
        [strings.code, f.code, false],
      ];
      if (f.earned) rows.push([strings.earned, f.earned === "manual" ? strings.earnedManual : strings.earnedAssessments, false]);
      for (const [label, value, isolate] of rows) {
        const dt = document.createElement("dt");
        dt.textContent = label;
        const dd = document.createElement("dd");
        if (isolate) {
          // The holder's name keeps its own direction inside a page of either direction.
          const bdi = document.createElement("bdi");
          bdi.textContent = value;
          if (f.language) bdi.lang = f.language;
          dd.appendChild(bdi);
        } else {
          dd.textContent = value;
        }
        facts.append(dt, dd);
      }
    }
    const note = root.querySelector("#offline-list-date");
    note.textContent = result.listDate ? fill(strings.listDate, when(result.listDate)) : "";
    note.hidden = !result.listDate;
    section.hidden = false;
  }

  async function readQr(source) {
    const detector = new BarcodeDetector({ formats: ["qr_code"] });
    const codes = await detector.detect(source);
    return codes.length ? codes[0].rawValue : null;
  }

  async function start() {
    const root = document.getElementById("offline-verifier");
    if (!root) return;
    const strings = json("offline-strings");
    const data = json("offline-data");
    root.hidden = false;
    const ready = root.querySelector("#offline-ready");
    if (!(window.crypto && crypto.subtle)) {
      ready.textContent = strings.noCrypto;
      return;
    }
    const keys = await loadKeys(data);
    const lists = await loadLists(data, keys);
    const listSize = data.listSize || 131072;
    root.dataset.ready = "true";

    if ("serviceWorker" in navigator) {
      navigator.serviceWorker
        .register(root.dataset.sw, { scope: root.dataset.scope })
        .then(() => navigator.serviceWorker.ready)
        .then(() => { ready.textContent = strings.ready; })
        .catch(() => { ready.textContent = strings.notReady; });
    } else {
      ready.textContent = strings.notReady;
    }

    const input = root.querySelector("#offline-input");
    const check = async (text) => show(root, strings, await verify(text, keys, lists, listSize));
    root.querySelector("#offline-form").addEventListener("submit", (event) => {
      event.preventDefault();
      check(input.value);
    });
    // Opened from a certificate's link (/verify/offline/#payload): check at once.
    if (location.hash.length > 1) {
      input.value = location.href;
      check(location.hash);
    }

    if ("BarcodeDetector" in window) {
      root.querySelector("#offline-qr").hidden = false;
      root.querySelector("#offline-image").addEventListener("change", async (event) => {
        const file = event.target.files && event.target.files[0];
        if (!file) return;
        try {
          const text = await readQr(await createImageBitmap(file));
          if (text) {
            input.value = text;
            check(text);
          } else {
            show(root, strings, { verdict: "UNREADABLE" });
          }
        } catch (e) {
          show(root, strings, { verdict: "UNREADABLE" });
        }
      });
      const video = root.querySelector("#offline-video");
      root.querySelector("#offline-camera").addEventListener("click", async () => {
        try {
          const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
          video.srcObject = stream;
          video.hidden = false;
          await video.play();
          const scan = async () => {
            const text = await readQr(video).catch(() => null);
            if (text) {
              stream.getTracks().forEach((t) => t.stop());
              video.hidden = true;
              input.value = text;
              check(text);
            } else if (!video.hidden) {
              setTimeout(scan, 300);
            }
          };
          scan();
        } catch (e) {
          const note = root.querySelector("#offline-no-qr");
          note.textContent = strings.noCamera;
          note.hidden = false;
        }
      });
    } else {
      const note = root.querySelector("#offline-no-qr");
      note.textContent = strings.noCamera;
      note.hidden = false;
    }
  }

  // Exposed for tests and for other pages that want to check a payload with the same code.
  window.certificateOffline = { verify, loadKeys, loadLists, cborDecode };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
