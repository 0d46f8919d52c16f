import { fileURLToPath } from 'node:url';

interface ModuleGraph {
  getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}

/**
 * Puts every module the entry imports statically into one start-up chunk. Left alone, the bundler gives
 * each module that start-up shares with a lazily loaded dialog a small chunk of its own (React among them),
 * and twenty files compress about 4 KiB worse than one: a measurable share of the start-up budget.
 * Modules only the lazy chunks use stay with them.
 */
export function startupChunk(entryUrl: URL) {
  const entry = fileURLToPath(entryUrl);
  let startup: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | undefined => {
    if (!startup) {
      startup = new Set();
      const pending = [entry];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (startup.has(next)) continue;
        startup.add(next);
        pending.push(...(graph.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return startup.has(id) ? 'start' : undefined;
  };
}
