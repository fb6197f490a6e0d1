/** Frame and DOM helpers shared by every contender. */

/**
 * Resolves after the next frame was produced: a requestAnimationFrame callback, then a task queued
 * from it, which the browser runs only after that frame's style, layout and paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Every node below `root` (elements, text, comments), as a DOM inspector counts them. */
export function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** A fresh, empty element of the benchmark's viewport size. */
export function freshStage(width: number, height: number): HTMLElement {
  const old = document.getElementById("stage");
  old?.remove();
  const stage = document.createElement("div");
  stage.id = "stage";
  stage.style.cssText = `position:relative;width:${width}px;height:${height}px;overflow:hidden`;
  document.body.appendChild(stage);
  return stage;
}

/**
 * A pause before a timed run. `full` collects every garbage object: before each series, so one
 * contender's garbage is never timed in another's run, and before each run of the drawings whose
 * previous view was torn down outside the timing. Between runs of the visual only the young
 * generation is collected: what its previous update left is its own cost, as for a user who
 * changes a weight twice in a row. (A forced full collection before every run made the visual's
 * weight change about twice as slow in back-to-back trials, so it would not be representative.)
 */
export async function settle(kind: "full" | "minor" = "minor"): Promise<void> {
  const gc = (globalThis as { gc?: (options?: object) => void }).gc;
  if (gc) gc(kind === "full" ? undefined : { type: "minor" });
  await new Promise((r) => setTimeout(r, 20));
}
