/**
 * Installs the service worker of the build (tools/offlineServiceWorker.ts), so the board, the PDF fonts and
 * everything else keep working when the room's Wi-Fi does not. Not in development, where files change.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    // Without it the app still works online; nothing to tell the user.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
