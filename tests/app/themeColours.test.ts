import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeColours, themeIds } from '../../src/domain/themeColours';
import { themes } from '../../src/store/themeChoice';

const stylesheet = readFileSync(new URL('../../src/app/app.css', import.meta.url), 'utf8');

/** A theme's custom properties as the stylesheet declares them; the dark and contrast blocks override light's. */
function declared(theme: string): Map<string, string> {
  const block = (selector: string) => {
    const start = stylesheet.indexOf(`${selector} {`);
    return start < 0 ? '' : stylesheet.slice(start, stylesheet.indexOf('}', start));
  };
  const properties = new Map<string, string>();
  for (const text of [block(':root'), theme === 'light' ? '' : block(`:root[data-theme='${theme}']`)]) {
    for (const [, name, value] of text.matchAll(/(--[\w-]+):\s*([^;]+);/g)) properties.set(name ?? '', (value ?? '').trim());
  }
  return properties;
}

const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

describe("each theme's page colours, as the department colours are worked out against them", () => {
  it.each(themeIds)('%s: the stylesheet draws the pages the colour math assumes', (theme) => {
    const properties = declared(theme);
    const pages = ['--surface', '--panel', '--band'].map((name) => long(properties.get(name) ?? 'missing'));
    expect([...new Set(pages)].sort()).toEqual([...new Set(themeColours[theme].pages)].sort());
  });

  it('offers every theme the math knows, and no other', () => {
    expect(themes.map((t) => t.id)).toEqual(themeIds);
  });
});
