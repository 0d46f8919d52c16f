import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { createSocialMediaWorkshop } from '../../src/domain/templates/socialMedia';
import { serializeWorkshop } from '../../src/format/serializeWorkshop';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  MAX_SHARE_LINK_LENGTH,
} from '../../src/format/shareLink';
import { expectSameDocument, stamp, workshopDocument } from './workshopArbitrary';
import { propertyRuns } from '../propertyRuns';

const example = createExampleWorkshop('2026-11-22');

async function deflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(out).toString('base64url');
}

describe('share links', () => {
  it('carry a workshop whole, through the file codec', async () => {
    const fragment = await encodeShareFragment(serializeWorkshop(example, stamp));
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, document: example, warnings: [], ignored: [] });
  });

  it('keep the template and the filled example well under the link limit', async () => {
    for (const doc of [createSocialMediaWorkshop('2026-11-22'), example]) {
      const fragment = await encodeShareFragment(serializeWorkshop(doc, stamp));
      expect(fragment.length).toBeLessThan(MAX_SHARE_LINK_LENGTH / 4);
    }
  });

  it('refuse a link cut short on the way, with a message that says so', async () => {
    const fragment = await encodeShareFragment(serializeWorkshop(example, stamp));
    const result = await decodeShareFragment(fragment.slice(0, fragment.length / 2));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/cut short/);
  });

  it('refuse what is not a share link, or not base64', async () => {
    for (const hash of ['', '#', '#board', '#share=', '#share=1.', '#share=1.***', '#share=1.AAAA']) {
      const result = await decodeShareFragment(hash);
      expect(result.ok, hash).toBe(false);
    }
  });

  it('name a link of a newer encoding as such', async () => {
    const result = await decodeShareFragment('#share=2.abc');
    expect(!result.ok && result.error.kind).toBe('newer-version');
  });

  it('refuse a link that inflates past the file size limit, without inflating it all', async () => {
    const bomb = await deflate(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
    const result = await decodeShareFragment(`#share=1.${bomb}`);
    expect(!result.ok && result.error.kind).toBe('too-large');
  });

  it('say what is wrong with a link that carries something other than a workshop', async () => {
    const notJson = await deflate(new TextEncoder().encode('hello'));
    const result = await decodeShareFragment(`#share=1.${notJson}`);
    expect(!result.ok && result.error.kind).toBe('not-json');
  });

  it('never throw, whatever the fragment', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.base64String(), fc.string({ unit: 'binary' })), async (tail) => {
        const result = await decodeShareFragment(`#share=1.${tail}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('carry any valid workshop there and back unchanged', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(workshopDocument, async (doc) => {
        const fragment = await encodeShareFragment(serializeWorkshop(doc, stamp));
        expectSameDocument(await decodeShareFragment(`#${fragment}`), doc);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
