import { cellRoles } from '../../domain/cellRoles';
import type { RaciDocument } from '../../domain/model';
import { roleSchemeOf } from '../../domain/roleSchemes';
import { RoleLetter } from '../../ui/RoleLetter';

const PREVIEW_ROWS = 8;

/** The first rows as the board will hold them: enough to see the columns landed where they should. */
export function SheetPreview({ doc }: { readonly doc: RaciDocument }) {
  const held = cellRoles(doc);
  const scheme = roleSchemeOf(doc.roleScheme);
  const rows = doc.activities.slice(0, PREVIEW_ROWS);
  return (
    <div className="sheet-preview" tabIndex={0} role="group" aria-label="Preview of the matrix">
      <table>
        <caption>{rows.length < doc.activities.length ? `The first ${rows.length} of ${doc.activities.length} activities` : 'All activities'}</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            {doc.departments.map((d) => (
              <th scope="col" key={d.id}>{d.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((activity) => (
            <tr key={activity.id}>
              <th scope="row">
                {activity.name}
                {activity.group ? <span className="sheet-preview__group">{activity.group}</span> : null}
              </th>
              {doc.departments.map((d) => (
                <td key={d.id}>
                  {held(activity.id, d.id).map((key) => {
                    const role = scheme.roles.find((r) => r.key === key);
                    return role ? <RoleLetter key={key} letter={key} color={role.color} label={role.name} /> : null;
                  })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

