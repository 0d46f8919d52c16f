import { renderCharterPdf } from '../../charter/renderCharterPdf';
import type { CharterReply, CharterRequest } from './charterWorkerProtocol';

// The PDF is laid out here, off the main thread, so the board stays responsive however big the matrix.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CharterRequest>) => void) | null;
  postMessage: (reply: CharterReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { content, fonts, paper } = event.data;
  renderCharterPdf(content, { fonts, paper, onProgress: (done, step) => scope.postMessage({ kind: 'progress', done, step }) })
    .then((pdf) => scope.postMessage({ kind: 'done', pdf: pdf as Uint8Array<ArrayBuffer> }, [pdf.buffer]))
    .catch((error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
