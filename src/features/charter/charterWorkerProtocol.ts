import type { CharterContent } from '../../charter/charterContent';
import type { CharterFonts } from '../../charter/renderCharterPdf';
import type { PaperSize } from '../../domain/paperSize';

export interface CharterRequest {
  readonly content: CharterContent;
  readonly fonts: CharterFonts;
  readonly paper: PaperSize;
}

export type CharterReply =
  | { readonly kind: 'progress'; readonly done: number; readonly step: string }
  | { readonly kind: 'done'; readonly pdf: Uint8Array<ArrayBuffer> }
  | { readonly kind: 'failed'; readonly message: string };
