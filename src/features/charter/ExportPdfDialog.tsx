import { useEffect, useMemo, useState } from 'react';
import { charterContent, charterTexts } from '../../charter/charterContent';
import { fontCoverage, missingCharacters } from '../../charter/fontCoverage';
import type { CharterFonts } from '../../charter/renderCharterPdf';
import { acknowledgementSummary, openObjections } from '../../domain/acknowledgements';
import { localIsoDate } from '../../domain/calendarDate';
import { paperForLocale, type PaperSize } from '../../domain/paperSize';
import { currentDocument } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { downloadFile, safeFileName } from '../../ui/downloadFile';
import { exportCharterPdf } from './exportCharterPdf';
import { loadCharterFonts } from './loadCharterFonts';

type Phase =
  | { readonly kind: 'preparing' }
  | { readonly kind: 'ready'; readonly fonts: CharterFonts; readonly missing: readonly string[] }
  | { readonly kind: 'exporting'; readonly done: number; readonly step: string }
  /** `fonts` is there when only the export failed, so it can be tried again. */
  | { readonly kind: 'failed'; readonly message: string; readonly fonts?: CharterFonts };

/** Export PDF: the paper, what cannot be drawn, then progress while the charter is laid out. */
export function ExportPdfDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const [paper, setPaper] = useState<PaperSize>(() => paperForLocale(navigator.language));
  const [phase, setPhase] = useState<Phase>({ kind: 'preparing' });
  const doc = useMemo(currentDocument, []);
  const content = useMemo(() => charterContent(doc, localIsoDate(new Date())), [doc]);
  const objections = useMemo(() => openObjections(doc), [doc]);
  const fileName = safeFileName(doc.title, ' charter.pdf');
  const close = () => showDialog(undefined);

  useEffect(() => {
    let live = true;
    loadCharterFonts()
      .then((fonts) => {
        if (!live) return;
        const missing = missingCharacters(charterTexts(content), [fontCoverage(fonts.regular), fontCoverage(fonts.bold)]);
        setPhase({ kind: 'ready', fonts, missing });
      })
      .catch((error: unknown) => live && setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [content]);

  const start = async (fonts: CharterFonts) => {
    setPhase({ kind: 'exporting', done: 0, step: 'Starting' });
    try {
      const pdf = await exportCharterPdf(content, fonts, paper, (done, step) => setPhase({ kind: 'exporting', done, step }));
      downloadFile(fileName, pdf, 'application/pdf');
      close();
      announce(`Exported ${fileName}.`);
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error), fonts });
    }
  };

  const busy = phase.kind === 'exporting';
  return (
    <Dialog title="Export PDF" onClose={() => (busy ? undefined : close())} className="export-pdf">
      <p>
        The charter of this workshop, ready to sign: cover, purpose, the matrix, responsibilities by department, escalation
        criteria, decisions, open findings and a sign-off table, as <strong>{fileName}</strong>.
      </p>
      {content.draftReasons.length > 0 ? (
        <div className="notice notice--warning export-pdf__draft">
          <p>
            <strong>A draft:</strong> {content.draftReasons.join('; ')}. Every page will be marked DRAFT. The charter is
            final once no error is open, no row is disputed or parked, and no department objects.
          </p>
        </div>
      ) : (
        <p className="export-pdf__final">Final: no error is open, no row is disputed or parked, and no department objects.</p>
      )}
      <section className="export-pdf__sign-off" aria-label="Sign-off">
        <p>
          <strong>Sign-off:</strong> {acknowledgementSummary(doc)}.
        </p>
        {objections.length > 0 ? (
          <ul className="export-pdf__objections" aria-label="Open objections">
            {objections.map(({ department, note }) => (
              <li key={department.id}>
                <strong>{department.name}</strong> objected{note ? `: ${note}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <fieldset className="export-pdf__paper" disabled={busy}>
        <legend>Paper</legend>
        {(['a4', 'letter'] as const).map((size) => (
          <label key={size}>
            <input type="radio" name="paper" value={size} checked={paper === size} onChange={() => setPaper(size)} />
            {size === 'a4' ? 'A4' : 'Letter'}
          </label>
        ))}
      </fieldset>
      {phase.kind === 'preparing' ? <p role="status">Loading the fonts…</p> : null}
      {phase.kind === 'ready' && phase.missing.length > 0 ? (
        <div className="notice notice--warning" role="alert">
          <p>
            The PDF’s font cannot draw these characters; they would print as empty boxes:{' '}
            <span className="export-pdf__missing">{phase.missing.join(' ')}</span>. Replace them in the names, or export anyway.
          </p>
        </div>
      ) : null}
      {phase.kind === 'exporting' ? (
        <div className="export-pdf__progress">
          <progress max={1} value={phase.done} aria-label="Export progress" />
          <p role="status">{phase.step}…</p>
        </div>
      ) : null}
      {phase.kind === 'failed' ? <p role="alert">The PDF could not be made: {phase.message}</p> : null}
      <div className="editor__actions">
        <button type="button" onClick={close} disabled={busy}>Cancel</button>
        {phase.kind === 'failed' && phase.fonts ? (
          <button type="button" className="primary" onClick={() => phase.fonts && void start(phase.fonts)}>
            Try again
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={phase.kind !== 'ready'}
            onClick={() => phase.kind === 'ready' && void start(phase.fonts)}
          >
            {phase.kind === 'ready' && phase.missing.length > 0 ? 'Export anyway' : 'Export PDF'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
