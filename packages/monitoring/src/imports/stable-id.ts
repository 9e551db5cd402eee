// Internal ids for imported rows, minted the same way every time from the authority, the case
// reference and the row's natural key, so importing a file twice plans the same upserts.
// Imports run only on the server (the API and the command line), so node:crypto is used here.
import { hash as digestOf } from 'node:crypto';

/** Cynnig's namespace for imported rows (a random UUID fixed once; never change it, or every id moves). */
const importNamespace = Buffer.from('6f0d3c52-8a71-4d2e-9b65-1c7e0a4f93d8'.replaceAll('-', ''), 'hex');

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name) for a row:
 * `stableId('W06000015', 'child', 'CDF-2019-0042')`. The parts are joined with a separator
 * that cannot occur in a case reference, so different parts never give the same name.
 */
export function stableId(authorityCode: string, ...parts: readonly string[]): string {
  const name = [authorityCode, ...parts].join('\u001f');
  const hash = digestOf('sha1', Buffer.concat([importNamespace, Buffer.from(name, 'utf8')]), 'buffer');
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
