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

/** Lets the previous contender's garbage go before the next timing, when the page may collect. */
export async function settle(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  await new Promise((r) => setTimeout(r, 20));
}
