/**
 * What a sheet's marks can mean, before a scheme is chosen: the four RACI roles, RASCI's Support and DACI's
 * Driver, or no role at all.
 */
export type RoleConcept = 'responsible' | 'accountable' | 'support' | 'consulted' | 'informed' | 'driver';

/**
 * Role words as RACI sheets write them, in English, German, French, Spanish, Portuguese, Italian and Dutch,
 * lower case without accents (see `foldWord`). One list per concept: the single source the header reader,
 * the cell reader and the legend reader all use.
 */
const ROLE_WORDS: Readonly<Record<RoleConcept, readonly string[]>> = {
  responsible: [
    'responsible', 'responsibility', 'does', 'doer', 'executes', 'execution',
    'verantwortlich', 'durchfuhrung', 'durchfuhrend', 'ausfuhrend',
    'responsable', 'realisateur', 'realise',
    'ejecutor', 'ejecuta',
    'responsavel', 'executor', 'executa',
    'responsabile', 'esecutore', 'esegue',
    'verantwoordelijk', 'uitvoerend', 'uitvoerder',
  ],
  accountable: [
    'accountable', 'accountability', 'approver', 'approves', 'approve', 'owner', 'decides', 'decision maker',
    'rechenschaftspflichtig', 'entscheidet', 'entscheider', 'genehmigt', 'genehmiger', 'gesamtverantwortlich', 'freigabe',
    'approbateur', 'approuve', 'decideur', 'autorite',
    'aprobador', 'aprueba', 'decisor', 'autoridad',
    'aprovador', 'aprova', 'autoridade',
    'approvatore', 'approva', 'autorita',
    'eindverantwoordelijk', 'goedkeurder', 'beslisser', 'aansprakelijk',
  ],
  support: [
    'support', 'supports', 'supporting', 'supportive',
    'unterstutzt', 'unterstutzend', 'unterstutzung', 'mitwirkend',
    'soutien', 'appui',
    'apoyo', 'soporte',
    'apoio', 'suporte',
    'supporto',
    'ondersteunend', 'ondersteuning',
  ],
  consulted: [
    'consulted', 'consult', 'contributor', 'contributes', 'must be consulted', 'may be consulted', 'consulted before', 'advises',
    'konsultiert', 'beratend', 'berater', 'mitwirkung', 'befragt', 'zu konsultieren',
    'consulte', 'conseil', 'contributeur',
    'consultado', 'asesor', 'contribuidor',
    'consultor',
    'consultato', 'consultivo', 'collaboratore',
    'geraadpleegd', 'raadplegen', 'adviserend', 'bijdrager',
  ],
  informed: [
    'informed', 'inform', 'informs', 'kept informed', 'to be informed',
    'informiert', 'information', 'zu informieren', 'in kenntnis',
    'informe', 'tenu informe',
    'informado',
    'informato',
    'geinformeerd', 'informeren', 'op de hoogte',
  ],
  driver: ['driver', 'drives', 'treiber', 'pilote', 'impulsor', 'condutor', 'promotore', 'trekker'],
};

/** Words for "no role" in a legend ("N = No role") and cells that say so. */
const NO_ROLE_WORDS: readonly string[] = ['no role', 'none', 'not involved', 'keine rolle', 'keine', 'nicht beteiligt', 'aucun', 'aucun role', 'ninguno', 'sin rol', 'nenhum', 'nessuno', 'geen', 'geen rol'];

/** Cells meaning "no role here", said once as a note rather than listed as left out. */
export const EMPTY_MARKS: readonly string[] = ['-', '–', '—', '--', 'n/a', 'na', 'none', '0', '/', '.'];

/** A cell with one mark and no letter: a role the person picks in the preview (Responsible by default). */
export const SINGLE_MARKS: readonly string[] = ['x', '✓', '✔', '✗', '•', '●', '☑', '☒', '*', '+', '1', 'yes', 'ja', 'oui', 'si', 'sí', 'sim'];

/** Lower case, accents and surrounding punctuation removed: "Consulté." reads as "consulte". */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

const conceptByWord = new Map<string, RoleConcept>(
  (Object.entries(ROLE_WORDS) as [RoleConcept, readonly string[]][]).flatMap(([concept, words]) => words.map((word) => [foldWord(word), concept] as const)),
);

/** The role a word or short phrase names ("Verantwortlich", "Must be consulted"), if any. */
export function conceptOfWord(text: string): RoleConcept | 'none' | undefined {
  const word = foldWord(text);
  if (NO_ROLE_WORDS.includes(word)) return 'none';
  return conceptByWord.get(word);
}

/** How a concept is said in the import's notes and preview. */
export const conceptWords: Readonly<Record<RoleConcept | 'none', string>> = {
  responsible: 'Responsible',
  accountable: 'Accountable',
  support: 'Support',
  consulted: 'Consulted',
  informed: 'Informed',
  driver: 'Driver',
  none: 'no role',
};
