import { undoKeys } from '../../ui/commandKey';
import { useId, useState, type FormEvent } from 'react';
import { charterOf, setCharter } from '../../domain/charterEdits';
import { setWorkshopInfo } from '../../domain/documentEdits';
import type { EscalationRule } from '../../domain/model';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog, OPENS_HERE_ATTRIBUTE } from '../../ui/Dialog';
import { CharterPart, CharterPartMenu } from './CharterParts';
import { SignOffFields, signOffDrafts, signOffLines, type SignOffDraft } from './SignOffFields';

const blankRule: EscalationRule = { trigger: '', who: '', howFast: '' };
// The dialog opens in its first field, not on the part menu above it.
const opensHere = { [OPENS_HERE_ATTRIBUTE]: '' };

/**
 * What the charter says beside the matrix, in four parts: the workshop (cover facts), purpose with the
 * champion and sponsor, escalation criteria, and who signs for each department. Saved as one undoable
 * step. Decisions and notes are per activity, in the activity editor.
 */
export function CharterDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const apply = useDocumentStore((s) => s.apply);
  const ids = useId();
  const [doc] = useState(currentDocument);
  const charter = charterOf(doc);
  const [organization, setOrganization] = useState(doc.workshop.organization);
  const [date, setDate] = useState(doc.workshop.date);
  const [facilitator, setFacilitator] = useState(doc.workshop.facilitator);
  const [participants, setParticipants] = useState(doc.workshop.participants.join('\n'));
  const [purpose, setPurpose] = useState(charter.purpose);
  const [champion, setChampion] = useState(charter.champion);
  const [sponsor, setSponsor] = useState(charter.sponsor);
  const [rules, setRules] = useState<readonly EscalationRule[]>(charter.escalations.length > 0 ? charter.escalations : [blankRule]);
  const [signOff, setSignOff] = useState<Readonly<Record<string, SignOffDraft>>>(() => signOffDrafts(charter, doc.departments));
  const close = () => showDialog(undefined);

  const setRule = (index: number, patch: Partial<EscalationRule>) =>
    setRules(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));

  const save = (event: FormEvent) => {
    event.preventDefault();
    apply((current) =>
      setCharter(setWorkshopInfo(current, { organization, date, facilitator, participants: participants.split('\n') }), {
        purpose,
        champion,
        sponsor,
        escalations: rules,
        signOff: signOffLines(signOff),
      }),
    );
    close();
    announce(`Charter saved with the workshop. Undo with ${undoKeys}.`);
  };

  const field = (key: string, label: string, value: string, onChange: (v: string) => void, options: { type?: string; first?: true } = {}) => (
    <div className="charter__field">
      <label htmlFor={`${ids}-${key}`}>{label}</label>
      <input id={`${ids}-${key}`} type={options.type ?? 'text'} value={value} maxLength={200} {...(options.first ? opensHere : {})} onChange={(e) => onChange(e.target.value)} />
    </div>
  );

  return (
    <Dialog title="Charter" onClose={close} className="charter">
      <form className="editor" onSubmit={save}>
        <CharterPartMenu idPrefix={ids} />
        <p>What the signed charter says beside the matrix. Everything is optional and saved with the workshop.</p>
        <CharterPart idPrefix={ids} part="workshop">
          {field('organization', 'Organization', organization, setOrganization, { first: true })}
          {field('date', 'Date', date, setDate, { type: 'date' })}
          {field('facilitator', 'Facilitator', facilitator, setFacilitator)}
          <div className="charter__field">
            <label htmlFor={`${ids}-participants`}>Participants (one per line)</label>
            <textarea id={`${ids}-participants`} rows={3} value={participants} onChange={(e) => setParticipants(e.target.value)} />
          </div>
        </CharterPart>
        <CharterPart idPrefix={ids} part="purpose">
          <div className="charter__field">
            <label htmlFor={`${ids}-purpose`}>Purpose and objectives</label>
            <textarea id={`${ids}-purpose`} rows={3} maxLength={4000} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
          </div>
          {field('champion', 'Social media champion', champion, setChampion)}
          {field('sponsor', 'Executive sponsor', sponsor, setSponsor)}
        </CharterPart>
        <CharterPart idPrefix={ids} part="escalation">
          <p className="charter__hint">When a post must go up the line: the trigger, who acts, and how fast.</p>
          {rules.map((rule, index) => (
            <div key={index} className="charter__rule" role="group" aria-label={`Escalation ${index + 1}`}>
              <input aria-label={`Trigger ${index + 1}`} placeholder="Trigger, e.g. a complaint goes viral" value={rule.trigger} maxLength={300} onChange={(e) => setRule(index, { trigger: e.target.value })} />
              <input aria-label={`Who acts ${index + 1}`} placeholder="Who acts" value={rule.who} maxLength={120} onChange={(e) => setRule(index, { who: e.target.value })} />
              <input aria-label={`How fast ${index + 1}`} placeholder="How fast" value={rule.howFast} maxLength={80} onChange={(e) => setRule(index, { howFast: e.target.value })} />
              <button type="button" aria-label={`Remove escalation ${index + 1}`} onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setRules([...rules, blankRule])}>Add an escalation rule</button>
        </CharterPart>
        <CharterPart idPrefix={ids} part="sign-off">
          <SignOffFields idPrefix={ids} departments={doc.departments} drafts={signOff} onChange={(id, draft) => setSignOff({ ...signOff, [id]: draft })} />
        </CharterPart>
        <div className="editor__actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary">Save</button>
        </div>
      </form>
    </Dialog>
  );
}
