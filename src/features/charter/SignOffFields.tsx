import { acknowledgementOf, acknowledgementWords } from '../../domain/acknowledgements';
import { signOffLead } from '../../domain/charterEdits';
import { localIsoDate } from '../../domain/calendarDate';
import { acknowledgementStates, type AcknowledgementState, type Charter, type Department, type SignOffLine } from '../../domain/model';

/** One department's line of the form, as typed. */
export interface SignOffDraft {
  readonly lead: string;
  readonly state: AcknowledgementState;
  readonly date: string;
  readonly note: string;
}

export function signOffDrafts(charter: Charter, departments: readonly Department[]): Record<string, SignOffDraft> {
  return Object.fromEntries(
    departments.map((d) => {
      const ack = acknowledgementOf(charter, d.id);
      return [d.id, { lead: signOffLead(charter, d.id), state: ack?.state ?? 'pending', date: ack?.date ?? '', note: ack?.note ?? '' }];
    }),
  );
}

export function signOffLines(drafts: Readonly<Record<string, SignOffDraft>>): SignOffLine[] {
  return Object.entries(drafts).map(([departmentId, d]) => ({
    departmentId,
    lead: d.lead,
    // Trimmed, and an empty note dropped, by setCharter.
    ...(d.state === 'pending' ? {} : { acknowledgement: { state: d.state, date: d.date, note: d.note } }),
  }));
}

interface SignOffFieldsProps {
  readonly idPrefix: string;
  readonly departments: readonly Department[];
  readonly drafts: Readonly<Record<string, SignOffDraft>>;
  readonly onChange: (departmentId: string, draft: SignOffDraft) => void;
}

/**
 * Who signs for each department and, after the workshop, whether the department agreed or objected and
 * when. Choosing a state dates it today unless a date is there already.
 */
export function SignOffFields({ idPrefix, departments, drafts, onChange }: SignOffFieldsProps) {
  return (
    <>
      <p className="charter__hint">Who signs for each department, and its acknowledgement after the workshop.</p>
      {departments.length === 0 ? <p className="empty-note">No departments yet.</p> : null}
      {departments.map((d) => {
        const draft = drafts[d.id] ?? { lead: '', state: 'pending', date: '', note: '' };
        const id = `${idPrefix}-lead-${d.id}`;
        const set = (patch: Partial<SignOffDraft>) => onChange(d.id, { ...draft, ...patch });
        return (
          <div key={d.id} className="charter__lead" role="group" aria-label={d.name}>
            <label htmlFor={id}>{d.name}</label>
            <input id={id} value={draft.lead} maxLength={120} placeholder="Lead" onChange={(e) => set({ lead: e.target.value })} />
            <select
              aria-label={`Acknowledgement of ${d.name}`}
              value={draft.state}
              onChange={(e) => {
                const state = acknowledgementStates.find((s) => s === e.target.value) ?? 'pending';
                set({ state, date: state !== 'pending' && !draft.date ? localIsoDate(new Date()) : draft.date });
              }}
            >
              {acknowledgementStates.map((s) => (
                <option key={s} value={s}>
                  {acknowledgementWords[s]}
                </option>
              ))}
            </select>
            {draft.state === 'pending' ? null : (
              <>
                <input type="date" aria-label={`Date of acknowledgement by ${d.name}`} value={draft.date} onChange={(e) => set({ date: e.target.value })} />
                <input
                  className="charter__ack-note"
                  aria-label={draft.state === 'objected' ? `What ${d.name} objects to` : `Remark of ${d.name}`}
                  placeholder={draft.state === 'objected' ? 'What it objects to' : 'A remark (optional)'}
                  value={draft.note}
                  maxLength={300}
                  onChange={(e) => set({ note: e.target.value })}
                />
              </>
            )}
          </div>
        );
      })}
    </>
  );
}
