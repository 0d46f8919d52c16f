const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Each ancestor of the pictured element is copied as an empty shell: its tag, class and attributes, so
 * that every selector that matches on the screen (a theme, `[data-picturing] .cell`, the presenter's
 * class) matches the copy too, but none of the page's layout around it (a grid of 100vh, a scrolling pane).
 */
const SHELL_STYLE =
  'display:block;position:static;width:auto;height:auto;min-width:0;min-height:0;max-width:none;max-height:none;' +
  'margin:0;padding:0;border:0;overflow:visible;transform:none;contain:none;';

/**
 * The rules that style the screen now, as text. A media query is settled here, against the window: inside
 * the image it would be asked of the image's own size (the table's width, not the screen's), and a wide
 * board would be pictured in its tablet layout. @font-face rules are left out: an image loads no file of
 * its own, so the fonts travel inlined.
 */
function activeRules(list: CSSRuleList, into: string[]): string[] {
  for (const rule of [...list]) {
    if (rule instanceof CSSMediaRule) {
      if (window.matchMedia(rule.media.mediaText).matches) activeRules(rule.cssRules, into);
    } else if (!(rule instanceof CSSFontFaceRule)) into.push(rule.cssText);
  }
  return into;
}

function pageCss(): string {
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    try {
      activeRules(sheet.cssRules, rules);
    } catch {
      // A sheet of another origin cannot be read; the app has none.
    }
  }
  return rules.join('\n');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributesOf(element: Element, style?: string): string {
  const parts = [...element.attributes]
    .filter((attribute) => attribute.name !== 'style' && !attribute.name.startsWith('on') && !attribute.name.includes(':'))
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
  if (style !== undefined) parts.push(` style="${escapeAttribute(style)}"`);
  return parts.join('');
}

/**
 * `element` with its page's stylesheet, as one SVG image of `width` x `height` CSS pixels: the browser
 * lays the copy out by the same rules as the screen, so the picture is the screen as styled, at a cost of
 * one layout. (Copying every element's computed style instead, as picture libraries do, took 15 to 20 s
 * for the 15,000 elements of a 200 x 30 board.) The root's attributes go on the image's root, where
 * `:root` rules (the theme's colours) match; `fontCss` carries the fonts, inlined.
 */
export function elementSvg(element: HTMLElement, width: number, height: number, fontCss: string, ownStyle: string): string {
  // The picture's frame goes on the element for as long as it takes to write it out (no layout runs in
  // between, so the screen never shows it), after its own style. Through the style object, not the
  // attribute: the app's Content-Security-Policy refuses a style attribute set from script.
  const hadStyle = element.hasAttribute('style');
  const ownCss = element.style.cssText;
  element.style.cssText = `${ownCss};${ownStyle}`;
  let markup: string;
  try {
    markup = new XMLSerializer().serializeToString(element);
  } finally {
    element.style.cssText = ownCss;
    if (!hadStyle) element.removeAttribute('style');
  }
  for (let at = element.parentElement; at && at !== document.documentElement; at = at.parentElement) {
    const tag = at.localName;
    markup = `<${tag}${attributesOf(at, SHELL_STYLE)}>${markup}</${tag}>`;
  }
  const css = `${fontCss}\n${pageCss()}`.replace(/]]>/g, ']] >');
  const root = document.documentElement;
  return (
    `<svg xmlns="${SVG}"${attributesOf(root)} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style><![CDATA[${css}]]></style>` +
    `<foreignObject x="0" y="0" width="100%" height="100%">` +
    `<div xmlns="${XHTML}" style="${escapeAttribute(`width:${width}px;`)}">${markup.replace(` xmlns="${XHTML}"`, '')}</div>` +
    `</foreignObject></svg>`
  );
}

/**
 * Loads an SVG text as an image the canvas can draw. As a data: address, not a blob: one: Chromium marks a
 * canvas that drew a blob: SVG holding HTML as tainted, and its pixels could then not be read or saved.
 */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  return image;
}
