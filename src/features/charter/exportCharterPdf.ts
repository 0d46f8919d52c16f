import type { CharterContent } from '../../charter/charterContent';
import type { CharterFonts } from '../../charter/renderCharterPdf';
import type { PaperSize } from '../../domain/paperSize';
import type { CharterReply } from './charterWorkerProtocol';

export type Progress = (done: number, step: string) => void;

function inWorker(content: CharterContent, fonts: CharterFonts, paper: PaperSize, onProgress: Progress): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./charterWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CharterReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return onProgress(reply.done, reply.step);
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.pdf);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The PDF could not be made.'));
    };
    worker.postMessage({ content, fonts, paper });
  });
}

/** Where workers are missing (old browsers, tests), the same module runs here, pausing between sections. */
async function onThisThread(content: CharterContent, fonts: CharterFonts, paper: PaperSize, onProgress: Progress): Promise<Uint8Array<ArrayBuffer>> {
  const { renderCharterPdf } = await import('../../charter/renderCharterPdf');
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return (await renderCharterPdf(content, { fonts, paper, onProgress, pause })) as Uint8Array<ArrayBuffer>;
}

/** Lays the charter out as PDF bytes, in a worker where the browser has one. */
export function exportCharterPdf(content: CharterContent, fonts: CharterFonts, paper: PaperSize, onProgress: Progress): Promise<Uint8Array<ArrayBuffer>> {
  return typeof Worker === 'function' ? inWorker(content, fonts, paper, onProgress) : onThisThread(content, fonts, paper, onProgress);
}
