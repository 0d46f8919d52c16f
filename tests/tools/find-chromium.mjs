// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's headless shell, else Debian's
// /usr/bin/chromium. On a Debian machine where the user is root, installs the headless shell first (the
// test tool's own browser download cannot work here: there is no internet beyond the package registries).
//
// Why the headless shell: it is the same Chromium (same version, same Blink and Skia, same fonts) built
// without the desktop browser's window and GPU processes. Measured on 2 cores, opening the app in a fresh
// profile costs a third of the CPU it costs in the full browser (6.4 against 17 CPU-seconds for six
// profiles), and the browser tests take 13 minutes instead of 21. The bench keeps the full browser, since
// its figures are what a person's browser does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import paths from './chromium-paths.json' with { type: 'json' };

const { headlessShell: HEADLESS_SHELL, chromium: DEBIAN_CHROMIUM } = paths;

function installFromDebian(pkg) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`Installing Debian's "${pkg}" package for the browser tests (about a minute)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
    return true;
  } catch {
    console.log(`Could not install "${pkg}".`);
    return false;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
  }
  if (existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  if (installFromDebian('chromium-headless-shell') && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  // The full browser drives the same tests, only slower.
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (installFromDebian('chromium') && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    'Chromium not found: install it (Debian: sudo apt-get install chromium-headless-shell, or chromium) or set CHROMIUM_PATH to its executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
