import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * What a person in the room would notice, measured in the page: text they cannot read against what is
 * really behind it, a department's colour that melts into the page, text cut off, a word broken across
 * lines without a hyphen, a dialog or panel that scrolls sideways, a dialog's commands out of view. Tests
 * that find controls by name pass over all of these, so this looks at the rendered result instead.
 */
export interface LookProblem {
  readonly kind: 'contrast' | 'clipped' | 'sideways' | 'off-screen' | 'commands-hidden' | 'word broken inside';
  readonly where: string;
  readonly detail: string;
}

/** Scrollable frames a person reads: a dialog and its body, the palette, the grid, the checks list. */
const FRAMES = 'dialog[open], .dialog__body, .palette, .grid, .checks, .checks__list, .workshops__list';

export async function lookAtPage(page: Page): Promise<LookProblem[]> {
  return page.evaluate((frameSelector) => {
    type Rgba = [number, number, number, number];
    const problems: { kind: string; where: string; detail: string }[] = [];

    const parse = (value: string): Rgba => {
      const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
      if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
      // color-mix() computes to color(srgb r g b / a), with channels from 0 to 1.
      if (value.startsWith('color(srgb')) {
        const [r = 0, g = 0, b = 0, a = 1] = value.match(/[\d.]+/g)?.map(Number) ?? [];
        return [r * 255, g * 255, b * 255, a];
      }
      const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
      const [r = 0, g = 0, b = 0, a = 1] = numbers;
      return value.startsWith('rgba') || numbers.length === 4 ? [r, g, b, a] : [r, g, b, 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };

    const styles = new Map<Element, CSSStyleDeclaration>();
    const styleOf = (element: Element) => {
      let style = styles.get(element);
      if (!style) {
        style = getComputedStyle(element);
        styles.set(element, style);
      }
      return style;
    };
    /**
     * The colour a person sees at the text: every background from the page down to the element, with
     * opacity applied to the whole group it holds (source-over is linear, so a group at opacity o over X
     * is X mixed with the group painted over X). `withText` adds the text colour on top.
     */
    const seenAt = (element: Element, textColour?: Rgba): Rgba => {
      const chain: Element[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) chain.push(node);
      const paint = (i: number, below: Rgba): Rgba => {
        if (i < 0) return textColour ? over(textColour, below) : below;
        const node = chain[i] as Element;
        const style = styleOf(node);
        const inside = paint(i - 1, over(parse(style.backgroundColor), below));
        const opacity = Number(style.opacity);
        if (opacity >= 1) return inside;
        return [0, 1, 2].map((c) => below[c]! * (1 - opacity) + inside[c]! * opacity).concat(1) as Rgba;
      };
      return paint(chain.length - 1, [255, 255, 255, 1]);
    };
    const opacityOf = (element: Element) => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(styleOf(node).opacity);
      return opacity;
    };
    const describe = (element: Element) => {
      const named = element.closest('button, a, label, [role="dialog"], dialog, section, [role="group"]');
      const label = named?.getAttribute('aria-label') ?? named?.textContent ?? '';
      return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}" in "${label.trim().slice(0, 60)}"`;
    };
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false; // visually hidden text is for screen readers
      const style = styleOf(element);
      return style.visibility === 'visible' && style.display !== 'none' && opacityOf(element) > 0.05;
    };
    const isDisabled = (element: Element) => element.closest('button:disabled, input:disabled, select:disabled, textarea:disabled, [aria-disabled="true"]') !== null;

    // With a modal open, the rest of the page is inert under a backdrop: only the dialog is read.
    const modal = document.querySelector('dialog[open]');
    const scope: Element = modal ?? document.body;

    const textElements = new Set<Element>();
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if ((text.textContent ?? '').trim() !== '' && text.parentElement) {
        textElements.add(text.parentElement);
        textNodes.push(text as Text);
      }
    }
    for (const field of scope.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]):not([type="color"]), textarea, select')) {
      if ((field as HTMLInputElement).value !== '') textElements.add(field);
    }

    for (const element of textElements) {
      if (!isShown(element) || isDisabled(element)) continue;
      const style = styleOf(element);
      const background = seenAt(element);
      const seen = seenAt(element, parse(style.color));
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      // A symbol drawn as an image (a status mark) is a graphic: WCAG asks 3:1 of it, 4.5:1 of text.
      const graphic = element.getAttribute('role') === 'img';
      const needed = large || graphic ? 3 : 4.5;
      const contrast = ratio(seen, background);
      if (contrast < needed - 0.005) {
        problems.push({ kind: 'contrast', where: describe(element), detail: `${contrast.toFixed(2)}:1, needs ${needed}:1 (text ${style.color} seen on rgb(${background.slice(0, 3).map(Math.round).join(', ')}))` });
      }
      // A text field scrolls its own value, as every text field does; only fixed text can be cut off.
      if (element.matches('input, textarea, select')) continue;
      // Cut off: the text, or a box around it up to its control, hides part of what it holds.
      for (let node: Element | null = element; node && node !== scope.parentElement; node = node.parentElement) {
        const overflow = styleOf(node);
        const hides = (axis: string) => axis === 'hidden' || axis === 'clip';
        const cutX = hides(overflow.overflowX) && node.scrollWidth > node.clientWidth + 1;
        const cutY = hides(overflow.overflowY) && node.scrollHeight > node.clientHeight + 1;
        if ((cutX || cutY) && isShown(node)) {
          if (!node.matches('.checks, .palette, .grid')) {
            problems.push({ kind: 'clipped', where: describe(element), detail: `${node.scrollWidth}x${node.scrollHeight} of content in a ${node.clientWidth}x${node.clientHeight} box` });
            break;
          }
        }
        if (node.matches('button, a, label, dialog')) break;
      }
    }

    // A department's colour (a chip, a swatch, a card's edge) stands out 3:1 from what is around it, as a
    // graphic must. Chips the spotlight steps back are drawn apart from their colour on purpose.
    for (const element of scope.querySelectorAll('.department-colour')) {
      if (!isShown(element) || element.closest('.placed-chip--dimmed') || !element.parentElement) continue;
      const behind = seenAt(element.parentElement);
      const painted = parse(styleOf(element).getPropertyValue('--department-colour'));
      const contrast = ratio(painted, behind);
      if (contrast < 3 - 0.005) {
        const colour = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
        problems.push({ kind: 'contrast', where: describe(element), detail: `department colour ${colour(painted)} stands out ${contrast.toFixed(2)}:1 from ${colour(behind)}, needs 3:1` });
      }
    }

    // A line that ends inside a word, between two letters, with no hyphen shown there: "Öffentlichkeitsar / beit".
    // Lines are read from the text's own boxes, one character at a time, in the texts that take two lines or more.
    const letter = /[\p{L}\p{M}\p{N}]/u;
    const range = document.createRange();
    for (const text of textNodes) {
      const parent = text.parentElement;
      if (!parent || !isShown(parent)) continue;
      range.selectNodeContents(text);
      if (range.getClientRects().length < 2) continue;
      const value = text.data;
      let previous: { index: number; box: DOMRect } | undefined;
      for (let index = 0; index < value.length; index++) {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        // The last box is the character's own: a range just after a break also touches the line before.
        const box = [...range.getClientRects()].at(-1);
        if (!box || (box.width === 0 && box.height === 0)) continue;
        const newLine = previous !== undefined && box.top >= previous.box.top + previous.box.height / 2;
        if (previous && newLine) {
          const between = value.slice(previous.index, index + 1);
          const [before = '', after = ''] = [value[previous.index], value[index]];
          if (!/[\s\u00ad\-‐–—/]/u.test(between) && letter.test(before) && letter.test(after)) {
            problems.push({ kind: 'word broken inside', where: describe(parent), detail: `"${value.slice(0, index)}|${value.slice(index)}" breaks between "${before}" and "${after}" without a hyphen` });
          }
        }
        previous = { index, box };
      }
    }

    for (const frame of document.querySelectorAll(frameSelector)) {
      if (!isShown(frame)) continue;
      if (frame.scrollWidth > frame.clientWidth + 1 || frame.scrollLeft !== 0) {
        problems.push({ kind: 'sideways', where: describe(frame), detail: `scrolls sideways: ${frame.scrollWidth} px of content in ${frame.clientWidth} px` });
      }
      const box = frame.getBoundingClientRect();
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5 || box.top < -0.5 || box.bottom > window.innerHeight + 0.5) {
        problems.push({ kind: 'off-screen', where: describe(frame), detail: `spans ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)} in a ${window.innerWidth}x${window.innerHeight} window` });
      }
    }
    // A dialog's commands (its last row of buttons: Save, Cancel, Close) are seen whole as it opens, not
    // below the fold of the window or of a scrolling body, nor under anything drawn over them.
    const lastButton = modal ? [...modal.querySelectorAll('button')].filter(isShown).at(-1) : undefined;
    const commandRow = lastButton?.parentElement;
    for (const button of commandRow ? [...commandRow.querySelectorAll('button')].filter(isShown) : []) {
      const box = button.getBoundingClientRect();
      const frames: { left: number; top: number; right: number; bottom: number }[] = [{ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }];
      for (let node = button.parentElement; node && node !== modal?.parentElement; node = node.parentElement) {
        if (styleOf(node).overflowY !== 'visible' || styleOf(node).overflowX !== 'visible') frames.push(node.getBoundingClientRect());
      }
      const outside = frames.some((f) => box.left < f.left - 0.5 || box.top < f.top - 0.5 || box.right > f.right + 0.5 || box.bottom > f.bottom + 0.5);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (outside || !hit || !button.contains(hit)) {
        problems.push({ kind: 'commands-hidden', where: describe(button), detail: `spans ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)} in a ${window.innerWidth}x${window.innerHeight} window${outside ? ', outside its frame' : ', under something else'}` });
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push({ kind: 'sideways', where: 'the page', detail: `${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window` });
    }
    return problems;
  }, FRAMES) as Promise<LookProblem[]>;
}

/** axe-core's own script, read once per worker and put into a page once (it is half a megabyte). */
let axeSource: string | undefined;

/**
 * axe-core's violations on the page, or only inside `within`, one line each. With a modal open the page
 * behind it is inert and is the same board the board scenes scan whole, so scanning the dialog alone keeps
 * the suite fast.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Run in the page itself with axe.run: the app has no frames to gather. The script goes in once per
  // page, so a scene looked at in two sizes parses it once (it took a sixth of each run), and only the
  // violations come back: the passes and the incomplete results are most of axe's answer, and of its time.
  // Text contrast is lookAtPage's: it measures every text against the colour really behind it (where axe
  // leaves overlapping or inherited backgrounds undecided), so axe's own pass was the same check twice.
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (include) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(include ?? document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ') ?? ''}: ${v.help}`);
  }, within);
}
