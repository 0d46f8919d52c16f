import { undoKeys } from '../../ui/commandKey';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { checkDocument } from '../../domain/checks/checkDocument';
import { severityCount } from '../../domain/checks/severityWords';
import { countNoun } from '../../domain/checks/findings';
import { roleSchemeIds, type RoleKey, type RoleSchemeId } from '../../domain/model';
import { changeRoleScheme, planRoleSchemeChange, type RoleMapping } from '../../domain/roleSchemeChange';
import { findRole, roleSchemeOf, type RoleScheme } from '../../domain/roleSchemes';
import { reportOf } from '../../store/checkReport';
import { currentDocument, useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { RoleLetter } from '../../ui/RoleLetter';
import './roleSchemes.css';

const DROPPED = '';

function RoleName({ scheme, role }: { scheme: RoleScheme; role: RoleKey }) {
  const definition = findRole(scheme, role);
  return (
    <span className="scheme-map__role">
      <RoleLetter letter={role} color={definition?.color ?? '#000'} />
      {definition?.name ?? role}
    </span>
  );
}

const errorsAndWarnings = (counts: { error: number; warning: number }) =>
  `${severityCount(counts.error, 'error')}, ${severityCount(counts.warning, 'warning')}`;

/**
 * Chooses the workshop's role scheme. Before anything changes it shows where each role goes and what that
 * does (merged and dropped assignments, the checks after); the switch is one undo step.
 */
export function RoleSchemeDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);
  const apply = useDocumentStore((s) => s.apply);
  const ids = useId();
  // The dialog is modal: the document cannot change behind it, so one reading serves.
  const [doc] = useState(currentDocument);
  const current = roleSchemeOf(doc.roleScheme);
  const [target, setTarget] = useState<RoleSchemeId>(doc.roleScheme);
  // A choice per role without a counterpart; DROPPED drops its assignments.
  const [choices, setChoices] = useState<Readonly<Record<RoleKey, RoleKey>>>({});
  const next = roleSchemeOf(target);
  const plan = useMemo(() => planRoleSchemeChange(doc, target), [doc, target]);
  const mappings = useMemo(
    () =>
      plan.map((m): RoleMapping => {
        const chosen = choices[m.from];
        if (chosen === undefined || m.alternatives.length === 0) return m;
        return { from: m.from, to: chosen === DROPPED ? undefined : chosen };
      }),
    [plan, choices],
  );
  const outcome = useMemo(() => changeRoleScheme(doc, target, mappings), [doc, target, mappings]);
  const before = reportOf(doc).counts;
  const after = useMemo(() => checkDocument(outcome.document).counts, [outcome]);
  const changing = target !== doc.roleScheme;
  const close = () => showDialog(undefined);

  const summary = [
    `${countNoun(outcome.kept, 'assignment')} in ${target}`,
    outcome.merged > 0 ? `${outcome.merged} merged with a role the department already holds` : '',
    outcome.dropped > 0 ? `${outcome.dropped} dropped` : '',
  ].filter(Boolean).join(', ');

  const choose = (scheme: RoleSchemeId) => {
    setTarget(scheme);
    setChoices({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!changing) return;
    apply((d) => changeRoleScheme(d, target, mappings).document);
    close();
    announce(`Switched from ${doc.roleScheme} to ${target}: ${summary}. Undo with ${undoKeys}.`);
  };

  return (
    <Dialog title="Role scheme" onClose={close} className="role-schemes">
      <form className="editor" onSubmit={submit}>
        <fieldset className="scheme-choices">
          <legend>Roles of this workshop</legend>
          {roleSchemeIds.map((id) => {
            const scheme = roleSchemeOf(id);
            return (
              <label key={id} className="scheme-choice">
                <input type="radio" name="scheme" value={id} checked={target === id} onChange={() => choose(id)} aria-labelledby={`${ids}-${id}-name`} aria-describedby={`${ids}-${id}`} />
                <span id={`${ids}-${id}-name`} className="scheme-choice__name">{id}</span>
                <span className="scheme-choice__letters" aria-hidden="true">
                  {scheme.roles.map((role) => (
                    <RoleLetter key={role.key} letter={role.key} color={role.color} />
                  ))}
                </span>
                <span id={`${ids}-${id}`} className="scheme-choice__summary">
                  {id === doc.roleScheme ? <strong>In use. </strong> : null}
                  <span className="visually-hidden">{scheme.roles.map((role) => role.name).join(', ')}. </span>
                  {scheme.summary}
                </span>
              </label>
            );
          })}
        </fieldset>
        {changing ? (
          <>
            <table className="scheme-map">
              <caption>
                How the roles move from {doc.roleScheme} to {target}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{doc.roleScheme}</th>
                  <th scope="col">becomes in {target}</th>
                  <th scope="col">Assignments</th>
                </tr>
              </thead>
              <tbody>
                {plan.map((m, i) => {
                  const mapping = mappings[i] ?? m;
                  return (
                    <tr key={m.from}>
                      <th scope="row">
                        <RoleName scheme={current} role={m.from} />
                      </th>
                      <td>
                        {m.alternatives.length === 0 ? (
                          <RoleName scheme={next} role={mapping.to ?? m.from} />
                        ) : (
                          <select
                            aria-label={`${findRole(current, m.from)?.name ?? m.from} becomes`}
                            value={mapping.to ?? DROPPED}
                            onChange={(event) => setChoices({ ...choices, [m.from]: event.target.value })}
                          >
                            {m.alternatives.map((to) => (
                              <option key={to ?? DROPPED} value={to ?? DROPPED}>
                                {to === undefined ? 'Dropped' : `${findRole(next, to)?.name ?? to} (${to})`}
                              </option>
                            ))}
                          </select>
                        )}
                      </td>
                      <td className="scheme-map__count">{m.count}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p aria-live="polite">
              After the switch: {summary}. Checks:{' '}
              {after.error === before.error && after.warning === before.warning
                ? `${errorsAndWarnings(after)}, as now.`
                : `${errorsAndWarnings(after)} (now ${errorsAndWarnings(before)}).`}
            </p>
          </>
        ) : (
          <p>Choose another scheme to see where each role goes before anything changes.</p>
        )}
        <div className="editor__actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary" disabled={!changing}>
            {changing ? `Switch to ${target}` : 'Switch'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
