// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementSvg } from '../../../src/features/picture/elementImage';

function page(css: string): HTMLElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.documentElement.dataset.theme = 'dark';
  document.body.innerHTML = '<div class="app app--presenting"><main class="pane" style="height: 100vh"><table id="t" style="color: red"><tr><td>A &amp; B</td></tr></table></main></div>';
  return document.getElementById('t') as HTMLElement;
}

describe('the picture of an element', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    delete document.documentElement.dataset.theme;
    vi.unstubAllGlobals();
  });

  it('keeps what the screen matches: the root attributes (the theme), each ancestor as a bare shell, the element with its frame', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width') }));
    const target = page('td { padding: 4px }');
    const svg = elementSvg(target, 300, 200, '', 'width:300px');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" data-theme="dark" width="300" height="200"/);
    expect(svg).toContain('<div class="app app--presenting" style="display:block;');
    // The pane's own height (100vh of a window) is not carried over: the shell has no frame of its own.
    expect(svg).not.toContain('100vh');
    expect(svg).toMatch(/<table id="t" style="color: red;+ *width: *300px;?">/);
    expect(svg).toContain('<td>A &amp; B</td>');
    // The element itself is left as it was.
    expect(target.style.cssText).toBe('color: red;');
  });

  it('settles media queries against the window and leaves out the page’s font files', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width') }));
    const target = page(
      "@font-face { font-family: X; src: url(x.woff2) } @media (min-width: 1100px) { .wide { color: blue } } @media (max-width: 1099px) { .narrow { color: green } } td { margin: 0 }",
    );
    const svg = elementSvg(target, 300, 200, '@font-face { font-family: X; src: url(data:font/woff2;base64,AAAA) }', '');
    expect(svg).toMatch(/\.wide \{ *color: blue; *\}/);
    expect(svg).not.toContain('.narrow');
    expect(svg).not.toContain('url(x.woff2)');
    expect(svg).toContain('data:font/woff2;base64,AAAA');
  });
});
