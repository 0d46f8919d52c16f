import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { CharterFonts } from '../../charter/renderCharterPdf';

let loading: Promise<CharterFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font for the PDF could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Noto Sans regular and bold, from this site (never another origin), fetched once per visit. */
export function loadCharterFonts(): Promise<CharterFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
