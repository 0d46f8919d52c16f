/**
 * The computed styles a picture copies onto each element. html-to-image copies every property the
 * browser knows (about 350) unless told otherwise, which makes a 200-row board a 140 MB drawing that
 * takes 20 s; these are the ones the board and the matrix view actually style, about a third, for the
 * same picture in a fifth of the time. Kept out on purpose: `container-type` (its containment would change
 * the layout of the copy), behaviour-only ones (cursor, pointer events, touch, scrolling, animation).
 */
export const PICTURE_STYLE_PROPERTIES: readonly string[] = [
  // Box and place.
  'display', 'box-sizing', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'float', 'clear',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'vertical-align',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'overflow-x', 'overflow-y', 'clip', 'clip-path', 'visibility', 'opacity', 'transform', 'transform-origin', 'filter',
  // Flex and grid.
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order',
  'justify-content', 'justify-items', 'justify-self', 'align-content', 'align-items', 'align-self', 'row-gap', 'column-gap',
  'grid-template-columns', 'grid-template-rows', 'grid-template-areas', 'grid-auto-flow', 'grid-auto-columns', 'grid-auto-rows',
  'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end',
  // Tables and lists.
  'border-collapse', 'border-spacing', 'table-layout', 'caption-side', 'empty-cells',
  'list-style-type', 'list-style-position', 'list-style-image',
  // Borders, outlines, backgrounds, shadows.
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'outline-width', 'outline-style', 'outline-color', 'outline-offset',
  'background-color', 'background-image', 'background-size', 'background-position-x', 'background-position-y',
  'background-repeat', 'background-clip', 'background-origin', 'box-shadow', 'appearance',
  // Text.
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant-numeric',
  'font-variant-ligatures', 'font-kerning', 'font-feature-settings', 'line-height', 'letter-spacing', 'word-spacing',
  'text-align', 'text-indent', 'text-transform', 'text-shadow', 'text-overflow', 'text-rendering',
  'text-decoration-line', 'text-decoration-style', 'text-decoration-color', 'text-decoration-thickness', 'text-underline-offset',
  'white-space', 'overflow-wrap', 'word-break', 'hyphens', 'direction', 'unicode-bidi', 'writing-mode',
  // Generated content (::before and ::after are copied through the same list).
  'content',
];
