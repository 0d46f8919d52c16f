import { coversAnyOf, parseUnicodeRange } from './unicodeRange';

/** Each font file as a data: address, read once a session (from the offline cache when there is no network). */
const inlined = new Map<string, Promise<string>>();

function dataAddress(url: string): Promise<string> {
  let address = inlined.get(url);
  if (!address) {
    address = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the font ${url} could not be read (${response.status})`);
        return response.blob();
      })
      .then((blob) => new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error ?? new Error(`the font ${url} could not be read`));
        reader.readAsDataURL(blob);
      }));
    // A failed read is tried again at the next export.
    address.catch(() => inlined.delete(url));
    inlined.set(url, address);
  }
  return address;
}

const familyName = (value: string) => value.trim().replace(/^["']|["']$/g, '');

/**
 * The @font-face rules of the app's font (`family`) that a picture of `text` needs, each with its file
 * inlined. The picture is drawn as an SVG image, which loads nothing of its own, so a font must travel
 * inside it; of the family's six files (330 KB), only those whose unicode-range
 * holds a character of the picture go in, as the browser itself chooses them: Latin, and Greek or Cyrillic
 * where names use them.
 */
export async function pictureFontCss(family: string, text: string): Promise<string> {
  const rules = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
    .filter((rule) => familyName(rule.style.getPropertyValue('font-family')) === familyName(family))
    .filter((rule) => coversAnyOf(parseUnicodeRange(rule.style.getPropertyValue('unicode-range')), text));
  const css = await Promise.all(
    rules.map(async (rule) => {
      const src = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!src) return '';
      const address = await dataAddress(new URL(src, rule.parentStyleSheet?.href ?? document.baseURI).href);
      return rule.cssText.replace(/url\([^)]*\)/, `url("${address}")`);
    }),
  );
  return css.join('\n');
}
