import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CharterFonts } from '../charter/renderCharterPdf';

const require = createRequire(import.meta.url);

/** The same Noto Sans files the browser loads, read from the installed package. */
export async function nodeCharterFonts(): Promise<CharterFonts> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    readFile(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
