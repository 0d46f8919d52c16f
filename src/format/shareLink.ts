import { fileError, MAX_FILE_BYTES, tooLargeError } from './fileErrors';
import { parseWorkshopFile, type ParseResult } from './parseWorkshopFile';
import { SHARE_FRAGMENT_START as FRAGMENT_START } from './shareFragment';

export { isShareFragment, MAX_SHARE_LINK_LENGTH } from './shareFragment';

/**
 * A share link carries the whole `.raci.json` text in the URL fragment, which browsers never send to a
 * server: `#share=1.<base64url of the deflated text>`. The "1." names this encoding, so a later one can be
 * told apart.
 */
const ENCODING = '1.';


/** Runs bytes through a (de)compression stream; undefined when the output passes `limit` bytes. */
async function pipeThrough(stream: CompressionStream | DecompressionStream, input: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  // Not awaited: the writes only settle as the output is read below. Their errors surface there too.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // A few kilobytes of link must not inflate into gigabytes of memory.
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The fragment (without "#") for a workshop file's text. */
export async function encodeShareFragment(fileText: string): Promise<string> {
  const deflated = await pipeThrough(new CompressionStream('deflate-raw'), new TextEncoder().encode(fileText), Number.POSITIVE_INFINITY);
  return `${FRAGMENT_START}${ENCODING}${toBase64Url(deflated ?? new Uint8Array())}`;
}

const brokenLink = () =>
  fileError('not-raci', 'The link does not carry a workshop, or it was cut short on the way: ask for the link again, or for the file.');

/** Reads a share link's fragment through the same codec as a file. Never throws. */
export async function decodeShareFragment(hash: string): Promise<ParseResult> {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(FRAGMENT_START)) return { ok: false, error: brokenLink() };
  const payload = body.slice(FRAGMENT_START.length);
  if (!payload.startsWith(ENCODING)) {
    return { ok: false, error: fileError('newer-version', 'The link was made by a newer version of the app. Update the app, or ask for the file.') };
  }
  const bytes = fromBase64Url(payload.slice(ENCODING.length));
  if (!bytes || bytes.length === 0) return { ok: false, error: brokenLink() };
  try {
    const inflated = await pipeThrough(new DecompressionStream('deflate-raw'), bytes, MAX_FILE_BYTES);
    if (!inflated) return { ok: false, error: tooLargeError() };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    return parseWorkshopFile(text);
  } catch {
    return { ok: false, error: brokenLink() };
  }
}
