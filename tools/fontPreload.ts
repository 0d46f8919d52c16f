import type { Plugin } from 'vite';

/**
 * Preloads the built copy of the font file `source` (its name in the font package) from index.html.
 * Left alone, the browser asks for a font only once the stylesheet is parsed and text is laid out, one
 * round trip after the page; preloaded, the file is on its way with the scripts, and the first paint
 * already has it. `crossorigin` because fonts are always fetched in CORS mode, and a preload fetched
 * otherwise is not the one the stylesheet uses. The page sits at the root of the build (base './').
 */
export function fontPreload(source: string): Plugin {
  return {
    name: 'font-preload',
    apply: 'build',
    transformIndexHtml: {
      // After Vite's own transform, when the bundle (and the hashed name of the font) is known.
      order: 'post',
      handler(_html, { bundle }) {
        const font = Object.values(bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(source));
        if (!font) throw new Error(`font-preload: the build has no ${source}; is it still in the stylesheet?`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${font.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
