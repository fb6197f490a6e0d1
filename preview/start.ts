/** `npm start`: serves the preview of the packaged visual on localhost until Ctrl-C. */

import { startPreview } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `PORT is geen poortnummer / PORT is not a port number: '${process.env.PORT}'\n`,
    );
    process.exit(2);
  }
  const server = await startPreview({ port });
  process.stderr.write("Gezinsbeeld voorbeeldweergave / preview (Ctrl-C stopt / stops):\n");
  process.stdout.write(`${server.url}\n`);

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
