import { useEffect, useRef, useState } from 'react';
import { MAX_SHARE_LINK_LENGTH } from '../../format/shareFragment';
import { currentDocument } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { createShareLink, type ShareLink } from './shareWorkshop';

type ShareState =
  | { readonly kind: 'working' }
  | (ShareLink & { readonly kind: 'too-big' })
  | { readonly kind: 'ready'; readonly url: string; readonly copied: boolean | undefined };

const numberFormat = new Intl.NumberFormat();

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface ShareDialogProps {
  /** Saving as a file, offered when the matrix is too big for a link. */
  readonly onSave: () => void;
}

/** Share: makes the link, copies it, and shows it, so it can be copied by hand where the clipboard is refused. */
export function ShareDialog({ onSave }: ShareDialogProps) {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const [state, setState] = useState<ShareState>({ kind: 'working' });
  const field = useRef<HTMLInputElement>(null);
  const close = () => showDialog(undefined);

  useEffect(() => {
    let live = true;
    void (async () => {
      const link = await createShareLink(currentDocument());
      if (!live) return;
      if (link.kind === 'too-big') {
        setState(link);
        return;
      }
      setState({ kind: 'ready', url: link.url, copied: undefined });
      const copied = await copyText(link.url);
      if (!live) return;
      setState({ kind: 'ready', url: link.url, copied });
      if (copied) announce('Share link copied to the clipboard.');
    })();
    return () => {
      live = false;
    };
  }, [announce]);

  useEffect(() => {
    if (state.kind === 'ready' && state.copied === false) field.current?.select();
  }, [state]);

  const copyAgain = async (url: string) => {
    const copied = await copyText(url);
    setState({ kind: 'ready', url, copied });
    if (copied) announce('Share link copied to the clipboard.');
  };

  return (
    <Dialog title="Share link" onClose={close} className="share">
      {state.kind === 'working' ? <p role="status">Making the link…</p> : null}
      {state.kind === 'too-big' ? (
        <>
          <p role="alert">
            This matrix is too big for a link ({numberFormat.format(state.length)} characters; mail and chat programs cut
            links longer than {numberFormat.format(MAX_SHARE_LINK_LENGTH)}). Save it as a file and send the file instead.
          </p>
          <div className="editor__actions">
            <button type="button" onClick={() => { close(); onSave(); }}>Save as a file</button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <p role="status">
            {state.copied === true ? 'Link copied to the clipboard. ' : null}
            {state.copied === false ? 'The browser did not allow copying: select the link and copy it yourself. ' : null}
            Whoever opens it is offered this matrix as a new workshop. The matrix travels inside the link itself,
            after the “#”, so it is never sent to any server.
          </p>
          <label className="share__label" htmlFor="share-link">Link</label>
          <input id="share-link" ref={field} className="share__link" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
          <div className="editor__actions">
            <button type="button" onClick={() => void copyAgain(state.url)}>Copy link</button>
            <button type="button" onClick={close}>Done</button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
