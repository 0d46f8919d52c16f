import type { RaciDocument } from '../../domain/model';
import { serializeWorkshop } from '../../format/serializeWorkshop';
import { MAX_SHARE_LINK_LENGTH } from '../../format/shareFragment';

export type ShareLink =
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'too-big'; readonly length: number };

/** A link to this page that carries `doc` in its fragment, which the browser never sends to any server. */
export async function createShareLink(doc: RaciDocument, now: Date = new Date()): Promise<ShareLink> {
  const text = serializeWorkshop(doc, { savedAt: now.toISOString(), appVersion: __APP_VERSION__ });
  const { encodeShareFragment } = await import('../../format/shareLink');
  const fragment = await encodeShareFragment(text);
  const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`;
  return url.length > MAX_SHARE_LINK_LENGTH ? { kind: 'too-big', length: url.length } : { kind: 'ready', url };
}

/** Removes a share fragment from the address bar without reloading, so a reload does not offer it again. */
export function forgetShareFragment(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}
