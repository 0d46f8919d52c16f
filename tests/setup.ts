import { afterEach } from 'vitest';

// Lazy dialogs and the PDF worker take longer on a busy machine (two runs on two cores): findBy* and
// waitFor keep polling for what a person would see instead of giving up after the default second.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}

// jsdom has no <dialog> modality; component tests only need open/close to toggle the attribute.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// jsdom does no layout, so it has no scrolling either; the app calls this to bring a row into view.
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
