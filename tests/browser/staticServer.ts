import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  readonly origin: string;
  /** Serves `body` at `path` instead of the file, from now on (a new build of one file). */
  readonly replace: (path: string, body: string) => void;
  readonly close: () => Promise<void>;
}

/**
 * The built app served as plain files on a port of its own, for the one test that must change a file
 * while the app runs (a new service worker): the shared preview server's files are every other test's too.
 */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const replaced = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const body = replaced.get(path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (body !== undefined) {
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
      return;
    }
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (bytes) => response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    replace: (path, body) => replaced.set(path, body),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
