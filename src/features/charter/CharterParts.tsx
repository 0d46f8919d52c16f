import { useRef, type ReactNode } from 'react';

/** The charter form's parts, in the order the PDF prints them. */
export const charterParts = [
  { key: 'workshop', title: 'Workshop' },
  { key: 'purpose', title: 'Purpose and roles' },
  { key: 'escalation', title: 'Escalation' },
  { key: 'sign-off', title: 'Sign-off' },
] as const;

export type CharterPartKey = (typeof charterParts)[number]['key'];

export const partHeadingId = (idPrefix: string, key: CharterPartKey) => `${idPrefix}-part-${key}`;

/**
 * A menu of the parts that stays above the scrolling form: a button brings its part's heading to the top
 * and puts the focus there, so a screen reader goes on reading from that part. Buttons rather than links:
 * the address's # carries shared workshops.
 */
export function CharterPartMenu({ idPrefix }: { readonly idPrefix: string }) {
  const menuRef = useRef<HTMLElement>(null);
  const goTo = (key: CharterPartKey) => {
    const heading = menuRef.current?.ownerDocument.getElementById(partHeadingId(idPrefix, key));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav ref={menuRef} className="charter__parts" aria-label="Parts of the charter">
      <ul>
        {charterParts.map((part) => (
          <li key={part.key}>
            <button type="button" onClick={() => goTo(part.key)}>
              {part.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface CharterPartProps {
  readonly idPrefix: string;
  readonly part: CharterPartKey;
  readonly children: ReactNode;
}

/** One part of the form under its own heading, which screen readers list and the part menu goes to. */
export function CharterPart({ idPrefix, part, children }: CharterPartProps) {
  const id = partHeadingId(idPrefix, part);
  const title = charterParts.find((p) => p.key === part)?.title;
  return (
    <section className="charter__group" aria-labelledby={id}>
      <h3 id={id} className="charter__part-title" tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  );
}
