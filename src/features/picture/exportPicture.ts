import { shortLabelLegend } from '../../domain/departmentLabels';
import type { RaciDocument } from '../../domain/model';
import { showWholeMatrix } from '../../store/wholeMatrix';
import { downloadFile, safeFileName } from '../../ui/downloadFile';
import { PICTURE_TARGET_SELECTOR, PICTURING_ATTRIBUTE } from '../../ui/pictureTarget';
import { drawnRows } from './drawnBottom';
import { elementSvg, svgImage } from './elementImage';
import { pictureFontCss } from './pictureFonts';
import { legendLines } from './pictureLegend';
import { pictureScale } from './pictureScale';

const TITLE_HEIGHT = 56;
const MARGIN = 16;
const LEGEND_SIZE = 16;
const LEGEND_LINE_HEIGHT = 24;
/**
 * Room below the height measured on screen: the copy is laid out afresh, and a copy that lays out a pixel
 * taller than the screen (a header row, another font's line height) would lose its last row's bottom rule
 * when drawn into the measured height. The drawing is measured again below and cut where it ends.
 */
const ROOM_BELOW = 48;

/** Two frames: React has rendered every row, and the browser has laid them out. */
const afterLayout = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the picture'))), 'image/png'),
  );
}

/** What Export PNG made: the file's name, and its pixels per CSS pixel (below 1, smaller than the screen). */
export interface PictureMade {
  readonly fileName: string;
  readonly scale: number;
}

/**
 * Pictures the board or the matrix view as a PNG for slides: every row (the view renders them all for
 * the moment), every column, under the workshop's title and the legend of short labels ("PR = Public
 * Relations": a slide has no tooltips), on the theme's background. `progress` hears each step, in words.
 */
export async function exportPicture(
  { title, departments }: Pick<RaciDocument, 'title' | 'departments'>,
  progress: (step: string) => void = () => undefined,
): Promise<PictureMade> {
  progress('laying out every row…');
  showWholeMatrix(true);
  try {
    await afterLayout();
    // Rows rendered only now may hold a script whose font file the screen never needed (a Greek name far
    // down): the picture is measured once it has arrived.
    await document.fonts.ready;
    const target = document.querySelector<HTMLElement>(PICTURE_TARGET_SELECTOR);
    if (!target) throw new Error('only the board and the matrix view can be pictured; switch to one of them first');
    target.setAttribute(PICTURING_ATTRIBUTE, '');
    try {
      const { blob, scale } = await pictureOf(target, title, shortLabelLegend(departments), progress);
      const fileName = safeFileName(title, '.png');
      downloadFile(fileName, blob);
      return { fileName, scale };
    } finally {
      target.removeAttribute(PICTURING_ATTRIBUTE);
    }
  } finally {
    showWholeMatrix(false);
  }
}

const transparent = (color: string) => color === '' || color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

/** The colour really behind the target: its own, or the first ancestor's that paints one (the theme's page). */
function backgroundBehind(element: HTMLElement): string {
  for (let at: HTMLElement | null = element; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (!transparent(color)) return color;
  }
  return '#ffffff';
}

function newContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser could not draw the picture');
  return context;
}

/** The page's colour as the canvas stores it, RGBA. */
function canvasColour(color: string): readonly number[] {
  const swatch = document.createElement('canvas').getContext('2d');
  if (!swatch) return [255, 255, 255, 255];
  swatch.fillStyle = color;
  swatch.fillRect(0, 0, 1, 1);
  return [...swatch.getImageData(0, 0, 1, 1).data];
}

/** The height, in CSS pixels, the drawing really takes: the measured one, or more where the copy grew. */
function drawnHeight(canvas: HTMLCanvasElement, measured: number, scale: number, background: string): number {
  const context = canvas.getContext('2d');
  if (!context) return measured;
  // Only the band from a little above the measured bottom is read: a long matrix's canvas is large.
  const from = Math.max(0, Math.floor((measured - 2) * scale));
  const band = context.getImageData(0, from, canvas.width, canvas.height - from);
  const rows = drawnRows(band, canvasColour(background));
  return Math.max(measured, (from + rows) / scale);
}

async function pictureOf(
  target: HTMLElement,
  title: string,
  legend: readonly string[],
  progress: (step: string) => void,
): Promise<{ blob: Blob; scale: number }> {
  const width = target.scrollWidth;
  const height = target.scrollHeight;
  const background = backgroundBehind(target);
  const { color: ink, fontFamily } = getComputedStyle(target);
  const legendFont = `400 ${LEGEND_SIZE}px ${fontFamily}`;
  const titleFont = `700 26px ${fontFamily}`;
  // The canvas draws the title and legend in the page's fonts, but only in files already loaded.
  await Promise.all([document.fonts.load(titleFont, title), document.fonts.load(legendFont, legend.join(' '))]);
  const measuring = newContext(document.createElement('canvas'));
  measuring.font = legendFont;
  const lines = legendLines(legend, width, (text) => measuring.measureText(text).width);
  const legendHeight = lines.length * LEGEND_LINE_HEIGHT + (lines.length > 0 ? MARGIN / 2 : 0);
  const fullWidth = width + 2 * MARGIN;
  const scale = pictureScale(fullWidth, height + ROOM_BELOW + TITLE_HEIGHT + legendHeight + MARGIN);
  // The copy is laid out by the page's own stylesheet under [data-picturing]; the target's own frame
  // (scrolling, a sticky offset) is undone here. It keeps its measured height and is drawn with room
  // below, where a copy that grew still lands.
  progress('drawing…');
  const frame = `height:${height}px;width:${width}px;margin:0;overflow:visible;max-height:none;outline:none`;
  const fontCss = await pictureFontCss(fontFamily.split(',')[0] ?? '', target.textContent);
  const image = await svgImage(elementSvg(target, width, height + ROOM_BELOW, fontCss, frame));
  const matrix = document.createElement('canvas');
  matrix.width = Math.round(width * scale);
  matrix.height = Math.round((height + ROOM_BELOW) * scale);
  const drawing = newContext(matrix);
  drawing.fillStyle = background;
  drawing.fillRect(0, 0, matrix.width, matrix.height);
  drawing.drawImage(image, 0, 0, matrix.width, matrix.height);
  const drawn = drawnHeight(matrix, height, scale, background);
  const fullHeight = drawn + TITLE_HEIGHT + legendHeight + MARGIN;
  const picture = document.createElement('canvas');
  picture.width = Math.round(fullWidth * scale);
  picture.height = Math.round(fullHeight * scale);
  const context = newContext(picture);
  context.scale(scale, scale);
  context.fillStyle = background;
  context.fillRect(0, 0, fullWidth, fullHeight);
  context.fillStyle = ink;
  context.font = titleFont;
  context.textBaseline = 'middle';
  context.fillText(title, MARGIN, TITLE_HEIGHT / 2, width);
  context.font = legendFont;
  lines.forEach((line, i) => context.fillText(line, MARGIN, TITLE_HEIGHT + LEGEND_LINE_HEIGHT * (i + 0.5), width));
  // Source and destination in the same proportion: the drawing's rows, not the room left below them.
  context.drawImage(matrix, 0, 0, matrix.width, Math.min(matrix.height, Math.round(drawn * scale)), MARGIN, TITLE_HEIGHT + legendHeight, width, drawn);
  progress('saving…');
  return { blob: await canvasBlob(picture), scale };
}
