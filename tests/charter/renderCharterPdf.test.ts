import { beforeAll, describe, expect, it } from 'vitest';
import { charterContent, charterTexts } from '../../src/charter/charterContent';
import { fontCoverage, missingCharacters } from '../../src/charter/fontCoverage';
import { renderCharterPdf, type CharterFonts } from '../../src/charter/renderCharterPdf';
import { nodeCharterFonts } from '../../src/cli/nodeCharterFonts';
import { setActivityStatus } from '../../src/domain/activityStatus';
import { setCharter } from '../../src/domain/charterEdits';
import type { RaciDocument } from '../../src/domain/model';
import { createExampleWorkshop } from '../../src/domain/templates/example';
import { generateMatrix } from '../../bench/generateMatrix';
import { readFixture } from '../fixtures/readFixture';
import { pdfText } from './pdfText';

let fonts: CharterFonts;
beforeAll(async () => {
  fonts = await nodeCharterFonts();
});

/** The example, renamed into three scripts, with a charter filled in. */
function multilingual(): RaciDocument {
  const names: Record<string, string> = {
    marketing: 'Marketing & Kommunikation',
    pr: 'Δημόσιες Σχέσεις',
    'customer-service': 'Служба поддержки',
    legal: 'Rechtsabteilung',
  };
  const doc = createExampleWorkshop('2026-11-22');
  const renamed: RaciDocument = {
    ...doc,
    title: 'Wer verantwortet Social Media? Κοινωνικά δίκτυα и соцсети',
    workshop: { organization: 'Müller & Søn GmbH', date: '2026-11-22', facilitator: 'Zoë Κωνσταντίνου', participants: ['Ольга Иванова', 'Jürgen Weiß'] },
    departments: doc.departments.map((d) => ({ ...d, name: names[d.id] ?? d.name })),
    activities: doc.activities.map((a) => (a.id === 'crisis' ? { ...a, name: 'Krisenkommunikation führen', decision: 'ΔΣ leads; Служба поддержки answers.', notes: 'Review yearly.' } : a)),
  };
  return setCharter(renamed, {
    purpose: 'Eine Stimme in den sozialen Medien.',
    champion: 'Ana Núñez',
    sponsor: 'Γιώργος Παπαδόπουλος',
    escalations: [{ trigger: 'Shitstorm über Nacht', who: 'Δημόσιες Σχέσεις', howFast: 'binnen 1 Stunde' }],
    signOff: [{ departmentId: 'pr', lead: 'Ελένη Νικολάου' }, { departmentId: 'customer-service', lead: 'Ольга Иванова' }],
  });
}

describe('the PDF charter', () => {
  it('holds every section, name and script as real text, with page numbers and metadata', async () => {
    const doc = multilingual();
    const pdf = await renderCharterPdf(charterContent(doc, '2026-11-22'), { fonts, paper: 'a4' });
    const { pages, info } = await pdfText(pdf);
    const all = pages.join('\n');
    for (const section of ['Social media responsibility charter', 'Purpose and objectives', 'Champion and sponsor', 'Ownership per social property', 'The RACI matrix', 'Responsibilities by department', 'Escalation criteria', 'Decisions and notes', 'Open findings', 'Sign-off']) {
      expect(all, section).toContain(section);
    }
    for (const text of [doc.title, 'Müller & Søn GmbH', 'Zoë Κωνσταντίνου', 'Ольга Иванова', 'Jürgen Weiß', 'Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου', 'Shitstorm über Nacht', 'ΔΣ leads; Служба поддержки answers.']) {
      expect(all, text).toContain(text);
    }
    // Names may wrap inside a table cell; every word of every name is there.
    for (const name of [...doc.departments.map((d) => d.name), ...doc.activities.map((a) => a.name)]) {
      for (const word of name.split(' ')) expect(all, name).toContain(word);
    }
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.every((page) => page.includes('Generated 2026-11-22'))).toBe(true);
    expect(info).toMatchObject({ Title: `${doc.title}: social media charter`, Author: 'Müller & Søn GmbH', Creator: 'RACI Workshop' });
    expect(info.Subject).toMatch(/RACI charter/);
  });

  it('prints each department’s acknowledgement in the sign-off table, and where the sign-off stands', async () => {
    const doc = readFixture('v1/signed-off');
    const content = charterContent(doc, '2026-12-05');
    expect(content.signOff.find((s) => s.department === 'Legal')?.acknowledgement).toBe('Objected on 2026-12-05: Wants a say before crisis posts go out');
    expect(content.signOff.find((s) => s.department === 'IT')?.acknowledgement).toBe('Pending');
    const { pages } = await pdfText(await renderCharterPdf(content, { fonts, paper: 'a4' }));
    const signOffPage = (pages.find((p) => p.includes('Sign-off') && p.includes('Acknowledgement')) ?? '').replace(/\s+/g, ' ');
    expect(signOffPage).toContain(`Acknowledged so far: 1 of ${doc.departments.length} departments agreed, 1 objected.`);
    expect(signOffPage).toContain('Agreed on 2026-12-04');
    for (const word of ['Objected', 'Wants', 'crisis', 'posts', 'Pending']) expect(signOffPage).toContain(word);
  });

  it('says plainly when there are no open findings, and lists them by severity when there are', async () => {
    const clean = await pdfText(await renderCharterPdf(charterContent(createExampleWorkshop('2026-11-22'), '2026-11-22'), { fonts, paper: 'letter' }));
    expect(clean.pages.join(' ')).toContain('There are no open findings: every check passes.');
    const faulty = createExampleWorkshop('2026-11-22');
    const withFault = { ...faulty, assignments: [...faulty.assignments, { activityId: 'crisis', departmentId: 'agency', role: 'A' }] };
    const text = (await pdfText(await renderCharterPdf(charterContent(withFault, '2026-11-22'), { fonts, paper: 'a4' }))).pages.join(' ');
    expect(text).toContain('Errors (1)');
    expect(text).toContain('Two departments are accountable for Lead crisis response: Public Relations and Advertising Agency. Agree on one.');
    expect(text).not.toContain('There are no open findings');
  });

  it('splits a 30-department matrix evenly over column pages, the activity column repeated, each saying where the others are', async () => {
    const doc = generateMatrix(12, 30);
    const { pages } = await pdfText(await renderCharterPdf(charterContent(doc, '2026-11-22'), { fonts, paper: 'a4' }));
    const matrixPages = pages.filter((p) => p.includes('The RACI matrix'));
    expect(matrixPages.length).toBeGreaterThan(1);
    // Two parts of fifteen, every page headed by the activity column, every activity once in each part.
    for (const page of matrixPages) expect(page).toMatch(/^(The RACI matrix.*)?Activity De/);
    expect(matrixPages.join(' ').match(/Activity 12 /g)).toHaveLength(2);
    expect(matrixPages[0]).toMatch(/Departments 1–15 of 30\. Departments 16–30 on pages? [\d–]+\./);
    const headers = matrixPages.join(' ').replace(/(\p{L})- (\p{L})/gu, '$1$2');
    for (const d of doc.departments) expect(headers, d.name).toMatch(new RegExp(`${d.name}\\b`));
  });

  it('heads the matrix columns with short labels, and says once what each stands for', async () => {
    const doc = createExampleWorkshop('2026-11-22');
    const content = charterContent(doc, '2026-11-22');
    expect(content.departmentLabels).toEqual(doc.departments.map((d) => d.shortLabel ?? d.name));
    const { pages } = await pdfText(await renderCharterPdf(content, { fonts, paper: 'a4' }));
    const matrixPage = pages.find((p) => p.includes('The RACI matrix')) ?? '';
    expect(matrixPage).toContain('Columns: Mktg = Marketing · PR = Public Relations · CS = Customer Service');
    expect(matrixPage).toContain('P&R = Product & Research');
    // A name that is its own short label ("Legal", "IT") needs no explaining.
    expect(matrixPage).not.toContain('Legal = Legal');
  });

  it('lists two departments showing one short label among the open warnings', async () => {
    const example = createExampleWorkshop('2026-11-22');
    const doc = { ...example, departments: example.departments.map((d) => (d.id === 'agency' ? { ...d, shortLabel: 'PR' } : d)) };
    const { pages } = await pdfText(await renderCharterPdf(charterContent(doc, '2026-11-22'), { fonts, paper: 'a4' }));
    const findingsPage = pages.find((p) => p.includes('Open findings')) ?? '';
    expect(findingsPage).toMatch(/Warnings \(1\)\s*• Advertising Agency shows as “PR”, as Public Relations already does: their chips look alike\./);
  });

  it('finds the characters its fonts cannot draw, before anything is exported', () => {
    const ranges = [fontCoverage(fonts.regular), fontCoverage(fonts.bold)];
    const content = charterContent({ ...createExampleWorkshop('2026-11-22'), title: '社交媒体 Ελληνικά Ärger ✓' }, '2026-11-22');
    expect(missingCharacters(charterTexts(content), ranges)).toEqual(['社', '交', '媒', '体', '✓']);
  });

  it('speaks in the role scheme of the workshop: RASCI with Support, DACI with Driver and Approver', async () => {
    const rasci = await pdfText(await renderCharterPdf(charterContent(readFixture('v1/rasci'), '2026-12-03'), { fonts, paper: 'a4' }));
    const rasciText = rasci.pages.join('\n');
    expect(rasciText).toContain('The RASCI matrix');
    expect(rasciText).toMatch(/S\s*Support/);
    expect(rasciText).toContain('Department Accountable Responsible Support Consulted Informed');
    expect(rasci.info.Subject).toMatch(/RASCI charter/);
    const daciText = (await pdfText(await renderCharterPdf(charterContent(readFixture('v1/daci'), '2026-12-03'), { fonts, paper: 'a4' }))).pages.join('\n');
    expect(daciText).toContain('The DACI matrix');
    expect(daciText).toMatch(/D\s*Driver/);
    expect(daciText).toContain('Two departments are driving Set the paid social budget: Marketing and Public Relations. DACI allows exactly one Driver per activity.');
    expect(daciText).not.toContain('Responsible');
  });

  it('marks every page of a draft DRAFT with its reasons, and says them on the cover; a final charter carries no mark', async () => {
    const example = createExampleWorkshop('2026-11-22');
    const parked = setActivityStatus({ ...example, assignments: [...example.assignments, { activityId: 'crisis', departmentId: 'agency', role: 'A' }] }, 'crisis', 'parked');
    const draft = await pdfText(await renderCharterPdf(charterContent(parked, '2026-11-22'), { fonts, paper: 'a4' }));
    for (const page of draft.pages) expect(page).toContain('DRAFT · 1 error, 1 parked row');
    expect(draft.pages[0]).toContain('DRAFT: not final');
    expect(draft.pages[0]).toContain('Still open: 1 error, 1 parked row.');
    expect(draft.pages.join(' ')).toMatch(/Parking lot Activity Status Why it waits Lead crisis response Parked no reason given/);
    const final = await pdfText(await renderCharterPdf(charterContent(example, '2026-11-22'), { fonts, paper: 'a4' }));
    expect(final.pages.join(' ')).not.toContain('DRAFT');
    expect(final.pages.join(' ')).not.toContain('Parking lot');
  });

  it('puts a short purpose under the cover, and keeps the sign-off table whole on one page', async () => {
    const small = readFixture('v1/daci');
    const short = await pdfText(await renderCharterPdf(charterContent(small, '2026-12-03'), { fonts, paper: 'a4' }));
    expect(short.pages[0]).toContain('Social media responsibility charter');
    expect(short.pages[0]).toContain('Purpose and objectives');
    expect(short.pages[0]).toContain('Ownership per social property');

    // The example has ten departments and a long ownership table: purpose gets its own page.
    const example = createExampleWorkshop('2026-11-22');
    const { pages } = await pdfText(await renderCharterPdf(charterContent(example, '2026-11-22'), { fonts, paper: 'a4' }));
    expect(pages[0]).not.toContain('Purpose and objectives');
    const signing = pages.filter((page) => page.includes('By signing') || example.departments.some((d) => page.includes(`${d.name} `) && page.includes('Signature')));
    expect(signing).toHaveLength(1);
    for (const d of example.departments) expect(signing[0]).toContain(d.name);
  });
});
