import { startPresenting, stopPresenting } from '../../store/presenter';

/**
 * Into presenter mode at the row in focus, full screen where the browser allows it: a request outside a
 * click or key press, or in a frame without permission, is refused, and the mode works without it.
 */
export function enterPresenterMode(): void {
  const active = document.activeElement;
  const row = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-activity]')?.dataset.activity : undefined;
  startPresenting(row);
  if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresenterMode(): void {
  stopPresenting();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
