import { useId, useState, type FormEvent } from 'react';
import { groupNames } from '../../domain/activityGroups';
import { agendaUnits, isTimeBoxMinutes, MAX_TIME_BOX_MINUTES, type AgendaUnit } from '../../domain/agenda';
import { currentDocument } from '../../store/documentStore';
import { agendaSettings, chooseAgendaUnit, setEveryStepMinutes, setGroupMinutes } from '../../store/presenter';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';

const unitWords: Readonly<Record<AgendaUnit, string>> = { group: 'One group at a time', row: 'One activity at a time' };

/** Text while typed; blank for a group means "as every step", blank for every step means no time box. */
const parseMinutes = (text: string): number | undefined | 'invalid' => {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return isTimeBoxMinutes(value) ? value : 'invalid';
};

/** How presenter mode walks the matrix and how long each step may take; a choice of this browser. */
export function AgendaDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const ids = useId();
  const saved = agendaSettings.get();
  const groups = groupNames(currentDocument().activities);
  const [by, setBy] = useState<AgendaUnit>(saved.by);
  const [every, setEvery] = useState(saved.minutes > 0 ? String(saved.minutes) : '');
  const [perGroup, setPerGroup] = useState<Record<string, string>>(() =>
    Object.fromEntries(groups.map((g) => [g, saved.groupMinutes[g] === undefined ? '' : String(saved.groupMinutes[g])])),
  );
  const close = () => showDialog(undefined);
  const everyMinutes = parseMinutes(every);
  const wrong = [everyMinutes === 'invalid' ? 'every' : '', ...groups.filter((g) => parseMinutes(perGroup[g] ?? '') === 'invalid')].filter(Boolean);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (wrong.length > 0) return;
    setEveryStepMinutes(typeof everyMinutes === 'number' ? everyMinutes : 0);
    // Groups of other workshops keep their minutes: the same template's groups come back by name.
    for (const g of groups) {
      const minutes = parseMinutes(perGroup[g] ?? '');
      setGroupMinutes(g, typeof minutes === 'number' ? minutes : undefined);
    }
    chooseAgendaUnit(by);
    close();
    announce('Agenda saved in this browser.');
  };

  const error = (id: string) => (
    <span id={`${id}-error`} className="settings-row__error">
      Minutes from 0 to {MAX_TIME_BOX_MINUTES} in half-minute steps (2.5 is 2 min 30 s), or blank.
    </span>
  );

  return (
    <Dialog title="Agenda and time boxes" onClose={close} className="agenda-dialog">
      <form className="editor" onSubmit={save} noValidate>
        <fieldset className="agenda-dialog__units">
          <legend>Next and Previous move by</legend>
          {agendaUnits.map((unit) => (
            <label key={unit}>
              <input type="radio" name={`${ids}-unit`} value={unit} checked={by === unit} onChange={() => setBy(unit)} /> {unitWords[unit]}
            </label>
          ))}
        </fieldset>
        <div className="settings-row">
          <label htmlFor={`${ids}-every`}>Time box for every step (blank: none)</label>
          <span className="settings-row__input">
            <input
              id={`${ids}-every`}
              type="number"
              inputMode="decimal"
              min={0}
              max={MAX_TIME_BOX_MINUTES}
              step={0.5}
              value={every}
              aria-invalid={everyMinutes === 'invalid'}
              aria-describedby={everyMinutes === 'invalid' ? `${ids}-every-error` : undefined}
              onChange={(e) => setEvery(e.target.value)}
            />
            <span>min</span>
          </span>
          {everyMinutes === 'invalid' ? error(`${ids}-every`) : null}
        </div>
        <p className="editor__hint">In minutes, halves too: 0.5 is 30 seconds, 2.5 is 2 min 30 s.</p>
        {groups.length > 0 ? (
          <fieldset className="agenda-dialog__groups" disabled={by === 'row'}>
            <legend>A group’s own time box (blank: as every step){by === 'row' ? ', when stepping by group' : ''}</legend>
            {groups.map((g, i) => {
              const id = `${ids}-group-${i}`;
              const invalid = wrong.includes(g);
              return (
                <div key={g} className="settings-row">
                  <label htmlFor={id}>{g}</label>
                  <span className="settings-row__input">
                    <input
                      id={id}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={MAX_TIME_BOX_MINUTES}
                      step={0.5}
                      value={perGroup[g] ?? ''}
                      aria-invalid={invalid}
                      aria-describedby={invalid ? `${id}-error` : undefined}
                      onChange={(e) => setPerGroup({ ...perGroup, [g]: e.target.value })}
                    />
                    <span>min</span>
                  </span>
                  {invalid ? error(id) : null}
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <div className="editor__actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary" disabled={wrong.length > 0}>Save</button>
        </div>
      </form>
    </Dialog>
  );
}
