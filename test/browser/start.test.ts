// `npm start`'s server part: prints its URL on a line of its own, honours PORT, stops cleanly on Ctrl-C.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

describe("the preview server command", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "serves on PORT, prints the URL alone on stdout and exits 0 on %s",
    async (signal) => {
      const port = await freePort();
      const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "preview/start.ts")], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port) },
      });
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      await expect.poll(() => stdout, { timeout: 20_000 }).toContain("\n");
      expect(stdout).toBe(`http://localhost:${port}/\n`);

      const page = await fetch(stdout.trim());
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('src="/page.js"');

      child.kill(signal);
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
    },
  );

  it("refuses a PORT that is no port number, with status 2", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "preview/start.ts")], {
      cwd: ROOT,
      env: { ...process.env, PORT: "acht" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain("PORT is geen poortnummer");
  });
});
