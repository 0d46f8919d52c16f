import { localIsoDate } from '../domain/calendarDate';
import { workshopTemplates, type WorkshopTemplate } from '../domain/templates';
import { useSessionStore } from '../store/sessionStore';
import { addWorkshop } from '../store/workshopLibrary';
import { Dialog } from '../ui/Dialog';

export function NewWorkshopDialog() {
  const showDialog = useSessionStore((s) => s.showDialog);
  const announce = useSessionStore((s) => s.announce);

  const start = (template: WorkshopTemplate) => {
    addWorkshop(template.create(localIsoDate(new Date())));
    showDialog(undefined);
    announce(`Started a new workshop: ${template.name}. The previous one is in Workshops.`);
  };

  return (
    <Dialog title="New workshop" onClose={() => showDialog(undefined)}>
      <p>Start from a template. The workshop open now stays, as it is, in the Workshops list.</p>
      <ul className="template-list">
        {workshopTemplates.map((template) => (
          <li key={template.id}>
            <button type="button" className="template-choice" onClick={() => start(template)}>
              <strong>{template.name}</strong>
              <span>{template.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="editor__actions">
        <button type="button" onClick={() => showDialog(undefined)}>Cancel</button>
      </div>
    </Dialog>
  );
}
