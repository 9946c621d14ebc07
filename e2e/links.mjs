// Link payloads made the way the Rust codec makes them (crates/core/src/domain/
// share.rs and bank.rs), for the end-to-end tests and the benchmarks: the
// bank's fingerprint, sealing bytes with their CRC-32, and `#r=` payloads.
// Plain Node (no Playwright), so scripts/ can import it too.
import zlib from 'node:zlib';

/** `Bank::fingerprint` (bank.rs): 64-bit FNV-1a of the bank's structure, as 16 hex digits. */
export function fingerprint(bank) {
  let key = `v${bank.version}`;
  for (const g of bank.groups) key += `|g:${g.id}:${g.side === 'inside' ? 'i' : 'o'}`;
  for (const q of bank.questions) {
    key += `|q:${q.id}:${q.group}`;
    for (const o of q.options) key += `:${o.id}=${o.score}`;
  }
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(key)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** A payload's bytes (without a checksum) with their CRC-32 appended, in base64url. */
export function seal(body) {
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(zlib.crc32(Uint8Array.from(body)) >>> 0);
  return Buffer.concat([Buffer.from(body), crc]).toString('base64url');
}

/** A payload's bytes with a fresh CRC-32 over all but the last four. */
export function reseal(bytes) {
  return seal(bytes.subarray(0, bytes.length - 4));
}

/**
 * A `#r=` payload for `bank`: format 1, or 2 with a name. `asked` are question
 * indices, `pick(i)` the chosen option's position in question i; `print` is
 * the bank fingerprint written into it (another bank's, to make one that is
 * refused).
 */
export function sharePayload(bank, { asked, pick, name, print = fingerprint(bank) }) {
  const n = bank.questions.length;
  const sorted = [...asked].sort((a, b) => a - b);
  const mask = new Array(Math.ceil(n / 8)).fill(0);
  for (const i of sorted) mask[i >> 3] |= 1 << (i % 8);
  const packed = new Array(Math.ceil((2 * sorted.length) / 8)).fill(0);
  sorted.forEach((i, j) => { packed[j >> 2] |= pick(i) << (2 * (j % 4)); });
  const fp = Number(BigInt('0x' + print) & 0xffffffffn);
  const body = [name ? 2 : 1, (fp >>> 24) & 255, (fp >>> 16) & 255, (fp >>> 8) & 255, fp & 255, ...mask, ...packed];
  if (name) {
    const utf8 = [...new TextEncoder().encode(name)];
    body.push(1, utf8.length, ...utf8);
  }
  return seal(body);
}
