import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { roleSchemeOf } from '../domain/roleSchemes';
import { selectDocument, useDocumentStore } from '../store/documentStore';
import { TextBreaksContext, type TextBreaks } from '../ui/Hyphenated';

/**
 * Gives the views the hyphenation of the open workshop's names. The patterns load after the first paint
 * (they would not fit the start-up budget); until they are there, names are set as typed.
 */
export function HyphenationProvider({ children }: { readonly children: ReactNode }) {
  // The three parts that hold names, each selected alone: a drop changes assignments only, and re-renders
  // nothing here.
  const departments = useDocumentStore((s) => selectDocument(s).departments);
  const activities = useDocumentStore((s) => selectDocument(s).activities);
  const roleScheme = useDocumentStore((s) => selectDocument(s).roleScheme);
  const texts = useMemo(
    () => [
      ...departments.map((d) => d.name),
      ...activities.flatMap((a) => [a.name, a.group ?? '', a.channel ?? '']),
      ...roleSchemeOf(roleScheme).roles.map((r) => r.name),
    ],
    [departments, activities, roleScheme],
  );
  const [breaks, setBreaks] = useState<TextBreaks>();
  useEffect(() => {
    let current = true;
    import('./textBreaks')
      .then(({ textBreaksFor }) => textBreaksFor(texts))
      // A function is kept as state by wrapping it; the same one leaves the views as they are.
      .then((next) => current && setBreaks(() => next))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [texts]);
  return <TextBreaksContext.Provider value={breaks}>{children}</TextBreaksContext.Provider>;
}
