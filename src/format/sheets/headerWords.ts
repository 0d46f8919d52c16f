import { foldWord } from './roleWords';

/**
 * What a column's header says it holds, in English, German, French, Spanish, Portuguese, Italian and Dutch
 * (folded: lower case, no accents). Anything else may name a department.
 */
const HEADER_WORDS = {
  activity: [
    'activity', 'activities', 'task', 'tasks', 'deliverable', 'deliverables', 'process', 'step', 'item', 'title', 'social media activity', 'what', 'action', 'work package',
    'aktivitat', 'aktivitaten', 'tatigkeit', 'tatigkeiten', 'aufgabe', 'aufgaben', 'prozess', 'vorgang', 'arbeitspaket',
    'activite', 'activites', 'tache', 'taches', 'processus', 'action',
    'actividad', 'actividades', 'tarea', 'tareas', 'proceso', 'accion',
    'atividade', 'atividades', 'tarefa', 'tarefas', 'processo', 'acao',
    'attivita', 'compito', 'compiti', 'processo', 'azione',
    'activiteit', 'activiteiten', 'taak', 'taken', 'proces', 'actie',
  ],
  group: [
    'group', 'category', 'area', 'phase', 'stage', 'section', 'workstream', 'topic', 'domain',
    'gruppe', 'bereich', 'kategorie', 'phase', 'thema', 'themenbereich',
    'groupe', 'categorie', 'domaine', 'phase', 'theme',
    'grupo', 'categoria', 'area', 'fase', 'tema',
    'gruppo', 'categoria', 'fase', 'ambito',
    'groep', 'categorie', 'fase', 'domein',
  ],
  channel: ['social property', 'channel', 'platform', 'property', 'network', 'account', 'kanal', 'plattform', 'canal', 'plateforme', 'plataforma', 'canale', 'piattaforma', 'kanaal', 'platform'],
  description: ['description', 'details', 'detail', 'beschreibung', 'erlauterung', 'descripcion', 'descricao', 'descrizione', 'omschrijving', 'beschrijving'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'bemerkungen', 'bemerkung', 'kommentar', 'kommentare', 'anmerkungen', 'hinweise', 'remarques', 'commentaires', 'notas', 'comentarios', 'observaciones', 'observacoes', 'commenti', 'opmerkingen', 'opmerking'],
  id: ['#', 'id', 'no', 'no.', 'nr', 'nr.', 'n°', 'no°', 'number', 'ref', 'ref.', 'reference', 'code', 'nummer', 'numero', 'num', 'key', 'wbs', 'item id'],
  /** Columns a list export carries that hold no part of the matrix. */
  other: [
    'status', 'state', 'modified', 'created', 'modified by', 'created by', 'author', 'editor', 'path', 'link', 'url', 'due', 'due date', 'date', 'deadline', 'priority', 'version', 'attachments', 'content type', 'item type',
    'stand', 'termin', 'datum', 'prioritat', 'statut', 'echeance', 'estado', 'fecha', 'prioridad', 'prazo', 'data', 'stato', 'scadenza', 'datum', 'prioriteit',
  ],
  /** A first column of teams: the sheet lists departments down and activities across. */
  departments: ['department', 'departments', 'team', 'teams', 'function', 'functions', 'stakeholder', 'stakeholders', 'role', 'roles', 'unit', 'party', 'abteilung', 'abteilungen', 'funktion', 'organisationseinheit', 'departement', 'service', 'equipe', 'departamento', 'equipo', 'funcion', 'equipa', 'funcao', 'reparto', 'funzione', 'squadra', 'afdeling', 'functie'],
} as const;

export type HeaderWord = keyof typeof HEADER_WORDS;

const kindByWord = new Map<string, HeaderWord>();
for (const [kind, words] of Object.entries(HEADER_WORDS) as [HeaderWord, readonly string[]][]) {
  for (const word of words) if (!kindByWord.has(foldWord(word) || word)) kindByWord.set(foldWord(word) || word, kind);
}

/** What a header cell says its column holds, if it is one of the words above ("Aktivität", "N°"). */
export function headerWordOf(text: string): HeaderWord | undefined {
  const folded = foldWord(text);
  return kindByWord.get(folded || text.trim()) ?? kindByWord.get(text.trim().toLowerCase());
}
