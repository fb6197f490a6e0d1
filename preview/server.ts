/** The preview's HTTP server: the page, the frame, the packaged visual's parts and the sample CSV, on localhost only. */

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { IncomingMessage, Server, ServerResponse, createServer } from "node:http";
import { AddressInfo } from "node:net";
import { join } from "node:path";
import { ENTRIES, bundle } from "./bundle";
import { VisualPackage, pbivizLoader } from "./pbiviz";

const ROOT = join(__dirname, "..");

/** Where the server finds what it serves. */
export interface PreviewOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Loads the packaged visual; by default the newest `.pbiviz` in `dist/`. */
  visual?: () => Promise<VisualPackage>;
  /** The sample CSV the page starts on. */
  sample?: string;
}

/** A running preview server. */
export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/** The sample the page starts on: the bundled synthetic sample, or the test fixture until it exists. */
export function defaultSample(): string {
  const bundled = join(ROOT, "data/sample.csv");
  return existsSync(bundled) ? bundled : join(ROOT, "test/browser/fixtures/sample.csv");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const loadVisual = options.visual ?? pbivizLoader(join(ROOT, "dist"));
  const sample = options.sample ?? defaultSample();
  await loadVisual(); // Refuse to start without a packaged visual, with the reason.
  const bundles = new Map<string, Promise<string>>(
    Object.entries(ENTRIES).map(([path, entry]) => [path, bundle(entry)]),
  );
  await Promise.all(bundles.values());

  const routes: Record<string, () => Promise<{ type: string; body: string }>> = {
    "/": async () => file("index.html"),
    "/page.css": async () => file("page.css"),
    "/frame.html": async () => file("frame.html"),
    "/frame.css": async () => file("frame.css"),
    "/visual.js": async () => ({ type: TYPES[".js"], body: (await loadVisual()).js }),
    "/visual.css": async () => ({ type: TYPES[".css"], body: (await loadVisual()).css }),
    "/visual.json": async () => {
      const { js: _js, css: _css, ...meta } = await loadVisual();
      return { type: TYPES[".json"], body: JSON.stringify(meta) };
    },
    "/sample.csv": async () => ({ type: TYPES[".csv"], body: await readFile(sample, "utf8") }),
  };
  for (const [path, built] of bundles)
    routes[path] = async () => ({ type: TYPES[".js"], body: await built });

  const server = createServer((request, response) => void handle(routes, request, response));
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => closeServer(server) };
}

async function file(name: string): Promise<{ type: string; body: string }> {
  return {
    type: TYPES[name.slice(name.lastIndexOf("."))],
    body: await readFile(join(__dirname, "static", name), "utf8"),
  };
}

async function handle(
  routes: Record<string, () => Promise<{ type: string; body: string }>>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const route = request.method === "GET" ? routes[path] : undefined;
  if (!route) {
    response
      .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      .end("niet gevonden / not found");
    return;
  }
  try {
    const { type, body } = await route();
    response
      .writeHead(200, {
        "content-type": type,
        "cache-control": "no-store",
        ...securityHeaders(path),
      })
      .end(body);
  } catch (error) {
    response
      .writeHead(500, { "content-type": "text/plain; charset=utf-8" })
      .end(String(error instanceof Error ? error.message : error));
  }
}

/**
 * The frame may load scripts and styles from this server and nothing else: no fetch, no XHR, no
 * outside fonts or images, as a certified visual may not reach the network.
 */
function securityHeaders(path: string): Record<string, string> {
  if (path === "/frame.html") {
    return {
      "content-security-policy":
        "default-src 'none'; script-src http://localhost:* http://127.0.0.1:*; style-src http://localhost:* http://127.0.0.1:* 'unsafe-inline'; img-src data: blob:; font-src data:",
    };
  }
  if (path === "/")
    return {
      "content-security-policy":
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src 'self'",
    };
  return {};
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
