import { charterOf, setCharter } from './charterEdits';
import { countNoun } from './checks/findings';
import type { Acknowledgement, AcknowledgementState, Charter, Department, RaciDocument } from './model';

/** How each state is said, the same in the Charter dialog, the departments view and the PDF. */
export const acknowledgementWords: Readonly<Record<AcknowledgementState, string>> = {
  pending: 'Pending',
  agreed: 'Agreed',
  objected: 'Objected',
};

export function acknowledgementOf(charter: Charter, departmentId: string): Acknowledgement | undefined {
  return charter.signOff.find((line) => line.departmentId === departmentId)?.acknowledgement;
}

export function acknowledgementState(ack: Acknowledgement | undefined): AcknowledgementState {
  return ack?.state ?? 'pending';
}

/** "Agreed on 2026-12-03", "Objected on 2026-12-03: wants a weekend rota", "Pending". */
export function describeAcknowledgement(ack: Acknowledgement | undefined): string {
  if (!ack) return acknowledgementWords.pending;
  const when = ack.date ? ` on ${ack.date}` : '';
  return `${acknowledgementWords[ack.state]}${when}${ack.note ? `: ${ack.note}` : ''}`;
}

/** Records (or with undefined, takes back) a department's acknowledgement: one undoable step. */
export function setAcknowledgement(doc: RaciDocument, departmentId: string, ack: Acknowledgement | undefined): RaciDocument {
  const charter = charterOf(doc);
  const others = charter.signOff.filter((line) => line.departmentId !== departmentId);
  const lead = charter.signOff.find((line) => line.departmentId === departmentId)?.lead ?? '';
  return setCharter(doc, { ...charter, signOff: [...others, { departmentId, lead, ...(ack ? { acknowledgement: ack } : {}) }] });
}

/** "3 of 10 departments agreed, 1 objected": where the sign-off stands, for the charter's cover. */
export function acknowledgementSummary(doc: RaciDocument): string {
  const charter = charterOf(doc);
  const states = doc.departments.map((d) => acknowledgementState(acknowledgementOf(charter, d.id)));
  const agreed = states.filter((s) => s === 'agreed').length;
  const objected = states.filter((s) => s === 'objected').length;
  return `${agreed} of ${countNoun(doc.departments.length, 'department')} agreed${objected > 0 ? `, ${objected} objected` : ''}`;
}

/** A department that objected to the charter, with what it objects to ('' when it did not say). */
export interface Objection {
  readonly department: Department;
  readonly note: string;
}

/** Every department that objected, in the departments' order: each holds the charter back as a draft. */
export function openObjections(doc: RaciDocument): readonly Objection[] {
  const charter = charterOf(doc);
  return doc.departments.flatMap((department) => {
    const ack = acknowledgementOf(charter, department.id);
    return ack?.state === 'objected' ? [{ department, note: ack.note ?? '' }] : [];
  });
}

/** "Legal objected: wants to see the crisis plan first", or "Legal objected" when no note says why. */
export function describeObjection({ department, note }: Objection): string {
  return `${department.name} objected${note ? `: ${note}` : ''}`;
}
