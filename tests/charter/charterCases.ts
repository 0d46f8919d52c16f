import { setActivityStatus, setParkingNote } from '../../src/domain/activityStatus';
import { setAcknowledgement } from '../../src/domain/acknowledgements';
import { setCharter } from '../../src/domain/charterEdits';
import type { RaciDocument } from '../../src/domain/model';
import type { PaperSize } from '../../src/domain/paperSize';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { generateMatrix } from '../../bench/generateMatrix';

/** The charters the typesetting must hold for: real names, many and few departments, three scripts. */
export interface CharterCase {
  readonly name: string;
  readonly doc: RaciDocument;
}

const participants = [
  'Anna Schmidt, Marketing',
  'Jürgen Weiß, Public Relations',
  'Fatma Yılmaz, Customer Service',
  'Oliver Bennett, Sales',
  'Dr. Katharina Müller-Lüdenscheidt, Legal',
  'Piotr Nowak, IT',
  'Sofia Rossi, HR',
  'Henrik Lindqvist, Executive Leadership',
  'Chloé Martin, Advertising Agency',
  'Rahul Mehta, Product & Research',
];

/** The filled-in example: ten participants, ten sign-off lines, one objection, one parked row. */
function filledExample(): RaciDocument {
  const example = createExampleWorkshop('2026-12-07');
  const leads = ['Anna Schmidt', 'Jürgen Weiß', 'Fatma Yılmaz', 'Oliver Bennett', 'Dr. Katharina Müller-Lüdenscheidt', 'Piotr Nowak', 'Sofia Rossi', 'Henrik Lindqvist', 'Chloé Martin', 'Rahul Mehta'];
  let doc: RaciDocument = setCharter(
    { ...example, workshop: { organization: 'Müller & Søn GmbH', date: '2026-12-07', facilitator: 'Zoë Weber', participants } },
    { ...(example.charter ?? { purpose: '', champion: '', sponsor: '', escalations: [] }), signOff: example.departments.map((d, i) => ({ departmentId: d.id, lead: leads[i] ?? '' })) },
  );
  doc = setAcknowledgement(doc, 'marketing', { state: 'agreed', date: '2026-12-07' });
  doc = setAcknowledgement(doc, 'legal', { state: 'objected', date: '2026-12-07', note: 'wants to see the crisis plan first' });
  doc = setActivityStatus(doc, 'crisis', 'parked');
  return setParkingNote(doc, 'crisis', 'Legal wants to see the crisis plan first');
}

const longNames = [
  'Corporate Communications', 'Key Account Management', 'Performance Marketing', 'Öffentlichkeitsarbeit',
  'Customer Experience', 'Investor Relations', 'Human Resources Business Partners', 'Legal & Compliance',
  'Information Security', 'Product Management', 'Brand Management', 'Employer Branding',
  'Regional Sales Europe', 'Social Media Editorial Team', 'Executive Leadership', 'Data Protection Office',
];

/** Sixteen departments with real, long, multi-word names and no short labels. */
function sixteenLongNames(): RaciDocument {
  const doc = generateMatrix(30, 16, 3);
  return {
    ...doc,
    title: 'Social media ownership across the group',
    departments: doc.departments.map((d, i) => ({ ...d, name: longNames[i] ?? d.name })),
    activities: doc.activities.map((a, i) => (i % 7 === 3 ? { ...a, name: `${a.name}: define when a post must be escalated to the communications desk and who answers overnight` } : a)),
  };
}

function twoDepartments(): RaciDocument {
  const doc = generateMatrix(12, 2, 5);
  return { ...doc, title: 'Two teams', departments: doc.departments.map((d, i) => ({ ...d, name: i === 0 ? 'Marketing' : 'Kundenkommunikation' })) };
}

/** Greek and Cyrillic names, a long Greek compound in a column head. */
function greekAndCyrillic(): RaciDocument {
  const names = ['Δημόσιες Σχέσεις', 'Служба поддержки', 'Маркетинг и коммуникации', 'Τμήμα Εξυπηρέτησης Πελατών', 'Юридический отдел', 'Ανθρώπινο Δυναμικό'];
  const doc = generateMatrix(24, names.length, 7);
  return {
    ...doc,
    title: 'Κοινωνικά δίκτυα и соцсети',
    workshop: { organization: 'Ελληνική Εταιρεία', date: '2026-12-07', facilitator: 'Ольга Иванова', participants: ['Ελένη Νικολάου', 'Ольга Иванова', 'Γιώργος Παπαδόπουλος'] },
    departments: doc.departments.map((d, i) => ({ ...d, name: names[i] ?? d.name })),
    activities: doc.activities.map((a, i) => ({ ...a, name: i % 2 === 0 ? `Ответы на вопросы клиентов ${i + 1}` : `Διαχείριση λογαριασμών ${i + 1}` })),
  };
}

export function charterCases(): CharterCase[] {
  return [
    { name: 'the filled example', doc: filledExample() },
    { name: '16 long department names', doc: sixteenLongNames() },
    { name: '200 x 30', doc: generateMatrix(200, 30) },
    { name: '2 departments', doc: twoDepartments() },
    { name: 'Greek and Cyrillic', doc: greekAndCyrillic() },
    // One row more than an A4 matrix page holds: it must not stand alone on the next page.
    { name: '14 x 8, a row past the page', doc: generateMatrix(14, 8) },
  ];
}

export const papers: readonly PaperSize[] = ['a4', 'letter'];
