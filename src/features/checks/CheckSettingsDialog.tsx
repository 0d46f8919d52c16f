import { undoKeys } from '../../ui/commandKey';
import { useId, useState, type FormEvent } from 'react';
import {
  checkSettingLabels,
  checkSettingLimits,
  checkSettingsOf,
  defaultCheckSettings,
  setCheckSettings,
  type CheckSettings,
} from '../../domain/checks/checkSettings';
import { roleSchemeOf, type RoleScheme } from '../../domain/roleSchemes';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';

interface Field {
  readonly key: keyof CheckSettings;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

/** The limits are the file format's own, so the dialog never accepts what a saved file would refuse. */
const field = (key: keyof CheckSettings, label: string, unit?: string): Field => ({ key, label, unit, ...checkSettingLimits[key] });

function fieldsFor(scheme: RoleScheme): Field[] {
  const labels = checkSettingLabels(scheme);
  return [
    field('maxResponsible', labels.maxResponsible),
    field('maxConsulted', labels.maxConsulted),
    field('everyoneInvolvedFrom', labels.everyoneInvolvedFrom),
    field('overloadedPercent', labels.overloadedPercent, '%'),
    field('concentrationPercent', labels.concentrationPercent, '%'),
    field('loadRulesFrom', labels.loadRulesFrom),
  ];
}

type Draft = Record<keyof CheckSettings, string>;

/** The form holds text, so a half-typed number is kept as typed instead of jumping to 0. */
const asDraft = (settings: CheckSettings): Draft =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, String(value)])) as Draft;

/** The thresholds of the checks, for this workshop; saved with it, and undoable like any edit. */
export function CheckSettingsDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const apply = useDocumentStore((s) => s.apply);
  const ids = useId();
  const doc = currentDocument();
  const scheme = roleSchemeOf(doc.roleScheme);
  const [draft, setDraft] = useState<Draft>(() => asDraft(checkSettingsOf(doc)));
  const fields = fieldsFor(scheme);
  const close = () => showDialog(undefined);

  const invalid = fields.filter((f) => {
    const value = Number(draft[f.key]);
    return draft[f.key].trim() === '' || !Number.isInteger(value) || value < f.min || value > f.max;
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (invalid.length > 0) return;
    const settings = Object.fromEntries(fields.map((f) => [f.key, Number(draft[f.key])])) as unknown as CheckSettings;
    apply((d) => setCheckSettings(d, settings));
    close();
    announce(`Check settings saved with the workshop. Undo with ${undoKeys}.`);
  };

  return (
    <Dialog title="Check settings" onClose={close}>
      <form className="editor" onSubmit={save} noValidate>
        <p>The thresholds of the checks for this workshop. They are saved with it.</p>
        {fields.map((field) => {
          const id = `${ids}-${field.key}`;
          const wrong = invalid.includes(field);
          return (
            <div key={field.key} className="settings-row">
              <label htmlFor={id}>{field.label}</label>
              <span className="settings-row__input">
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={field.min}
                  max={field.max}
                  step={1}
                  value={draft[field.key]}
                  aria-invalid={wrong}
                  aria-describedby={wrong ? `${id}-error` : undefined}
                  onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                />
                {field.unit ? <span>{field.unit}</span> : null}
              </span>
              {wrong ? (
                <span id={`${id}-error`} className="settings-row__error">
                  A whole number from {field.min} to {field.max}.
                </span>
              ) : null}
            </div>
          );
        })}
        <div className="editor__actions">
          <button type="button" onClick={() => setDraft(asDraft(defaultCheckSettings))}>
            Restore defaults
          </button>
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary" disabled={invalid.length > 0}>Save</button>
        </div>
      </form>
    </Dialog>
  );
}
