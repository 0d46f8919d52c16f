/**
 * How a share link's URL fragment starts and how long a link may be (the codec is in shareLink.ts). Apart,
 * so the app can tell a share link at start-up without loading the code that decodes one.
 */
export const SHARE_FRAGMENT_START = 'share=';

/**
 * Longer links get cut by mail and chat programs (and some refuse them), so the app suggests a file above
 * this length rather than hand out a link that arrives broken.
 */
export const MAX_SHARE_LINK_LENGTH = 32_000;

/** Whether a URL fragment (with or without its "#") is a share link's. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_FRAGMENT_START);
}
