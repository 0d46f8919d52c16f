import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * `layers/allowed-imports`: a layer of src/ names what it may import and everything else is refused.
 * A relative import is resolved against the importing file and judged by the src/ folder it lands in;
 * a bare import by its package name. Options:
 *   sourceRoot    absolute path of src/
 *   home          the layer's own folder, where `*` stands for the importing file's segment ("features/*":
 *                 a file in features/board/ may import features/board/ but not features/checks/)
 *   folders       the other src/ folders the layer may import
 *   packages      the packages it may import ("react" also admits "react/jsx-runtime")
 *   nodeBuiltins  whether it may import Node's own modules (node:fs, path...)
 *   why           one sentence added to every refusal, saying what the layer is for
 */

const nodeModules = new Set(builtinModules);

/** "react-dom/client" -> "react-dom", "@scope/name/file.ttf?url" -> "@scope/name". */
function packageName(specifier) {
  const [first = '', second = ''] = specifier.split('?')[0].split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

const isNodeBuiltin = (specifier) => specifier.startsWith('node:') || nodeModules.has(packageName(specifier));

/** `to` as a forward-slash path under src/, or undefined when it lies outside. */
function underSource(sourceRoot, to) {
  const relative = path.relative(sourceRoot, to);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
}

/** The folder `home` names for a file at `filePath` (under src/): "features/*" and "features/board/x.ts" give "features/board". */
function homeFolder(home, filePath) {
  const fileSegments = filePath.split('/');
  return home.split('/').map((segment, i) => (segment === '*' ? fileSegments[i] : segment)).join('/');
}

const isWithin = (filePath, folder) => filePath === folder || filePath.startsWith(`${folder}/`);

/** "it may import only format/, domain/ and the package zod", so a refusal says what is allowed instead. */
function allowedText(folders, packages, nodeBuiltins) {
  const parts = [
    ...folders.map((folder) => `${folder}/`),
    ...(packages.length === 0 ? [] : [`the package${packages.length === 1 ? '' : 's'} ${packages.join(', ')}`]),
    ...(nodeBuiltins ? ['Node built-ins'] : []),
  ];
  if (parts.length === 0) return 'it may import nothing';
  return `it may import only ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
}

const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer of src/ imports only the folders and packages it names.' },
    schema: [
      {
        type: 'object',
        properties: {
          sourceRoot: { type: 'string' },
          home: { type: 'string' },
          folders: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          nodeBuiltins: { type: 'boolean' },
          why: { type: 'string' },
        },
        required: ['sourceRoot', 'folders', 'packages', 'why'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: '{{layer}} may not import {{target}} ("{{specifier}}"): {{allowed}}. {{why}}',
      outside: '{{layer}} may not import from outside src/ ("{{specifier}}"): {{allowed}}. {{why}}',
      package: '{{layer}} may not import the package {{name}}: {{allowed}}. {{why}}',
      node: '{{layer}} may not import the Node built-in "{{specifier}}": {{allowed}}. {{why}}',
    },
  },
  create(context) {
    const { sourceRoot, home, folders, packages, nodeBuiltins = false, why } = context.options[0];
    const filePath = underSource(sourceRoot, context.filename);
    if (filePath === undefined) return {};
    const ownFolder = home === undefined ? undefined : homeFolder(home, filePath);
    const layer = ownFolder === undefined ? filePath : `${ownFolder}/`;
    const allowedFolders = [ownFolder, ...folders].filter((folder) => folder !== undefined);
    const allowed = allowedText(allowedFolders, packages, nodeBuiltins);

    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const data = { specifier, layer, allowed, why };
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = underSource(sourceRoot, path.resolve(path.dirname(context.filename), specifier.split('?')[0]));
        if (target === undefined) {
          context.report({ node: source, messageId: 'outside', data });
        } else if (!allowedFolders.some((folder) => isWithin(target, folder))) {
          context.report({ node: source, messageId: 'folder', data: { ...data, target: `${path.posix.dirname(target)}/` } });
        }
      } else if (isNodeBuiltin(specifier)) {
        if (!nodeBuiltins) context.report({ node: source, messageId: 'node', data });
      } else if (!packages.includes(packageName(specifier))) {
        context.report({ node: source, messageId: 'package', data: { ...data, name: packageName(specifier) } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `typeof import('../store/documentStore')` in a type reaches a module too.
      TSImportType: (node) => check(node.source),
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
