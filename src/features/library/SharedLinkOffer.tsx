import { useEffect, useState } from 'react';
import type { RaciDocument } from '../../domain/model';
import { isShareFragment } from '../../format/shareFragment';
import type { IgnoredField } from '../../format/parseWorkshopFile';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { openParsedWorkshop } from './openWorkshop';
import { forgetShareFragment } from './shareWorkshop';

interface Offer {
  readonly document: RaciDocument;
  readonly warnings: readonly string[];
  readonly ignored: readonly IgnoredField[];
}

const SOURCE = 'the shared link';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A share link never replaces anything by itself: opening one (or pasting one) asks whether to add the
 * matrix it carries as a new workshop.
 */
export function SharedLinkOffer() {
  const refuse = useSessionStore((s) => s.refuse);
  const [offer, setOffer] = useState<Offer | undefined>(undefined);

  useEffect(() => {
    let latest = 0;
    const readFragment = async () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      latest += 1;
      const ticket = latest;
      // The decoder loads with the first link: most starts have none (and the start-up budget is tight).
      const { decodeShareFragment } = await import('../../format/shareLink');
      const result = await decodeShareFragment(hash);
      if (ticket !== latest) return;
      if (result.ok) {
        setOffer({ document: result.document, warnings: result.warnings, ignored: result.ignored });
      } else {
        forgetShareFragment();
        refuse({ source: SOURCE, error: result.error });
      }
    };
    void readFragment();
    const onHashChange = () => void readFragment();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      latest += 1;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [refuse]);

  if (!offer) return null;
  const { document: doc, warnings, ignored } = offer;
  // Decided either way, the link has done its job: a reload must not ask again.
  const decide = (accept: boolean) => {
    forgetShareFragment();
    setOffer(undefined);
    if (accept) openParsedWorkshop({ ok: true, document: doc, warnings, ignored }, SOURCE);
  };

  return (
    <Dialog title="Open a shared workshop?" onClose={() => decide(false)}>
      <p>
        This link carries the workshop <strong>{doc.title}</strong>: {count(doc.activities.length, 'activity', 'activities')},{' '}
        {count(doc.departments.length, 'department', 'departments')} and {count(doc.assignments.length, 'assignment', 'assignments')}.
      </p>
      <p>It opens as a new workshop. The workshops you have stay as they are.</p>
      {warnings.length > 0 ? <p>{warnings.length === 1 ? 'One repair was needed; it is listed after opening.' : `${warnings.length} repairs were needed; they are listed after opening.`}</p> : null}
      {ignored.length > 0 ? (
        <p>
          {ignored.length === 1
            ? 'It has a field this version of the app does not know; it is left out and listed after opening.'
            : `It has ${ignored.length} fields this version of the app does not know; they are left out and listed after opening.`}
        </p>
      ) : null}
      <div className="editor__actions">
        <button type="button" onClick={() => decide(true)}>Open as a new workshop</button>
        <button type="button" onClick={() => decide(false)}>Not now</button>
      </div>
    </Dialog>
  );
}
