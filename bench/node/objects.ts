/** The format-pane objects a weight change sends, found in the packaged visual's capabilities. */

/** The group whose weight the benchmark changes: the heaviest default group. */
const GROUP = "veiligheid_kind";

type Capabilities = {
  objects?: Record<string, { properties?: Record<string, { type?: { numeric?: boolean } }> }>;
};

/** Objects before and after the weight change: defaults, then the group's weight raised from 5 to 15. */
export function weightObjects(capabilities: unknown): {
  objects: [Record<string, unknown>, Record<string, unknown>];
  path: string;
} {
  const objects = (capabilities as Capabilities).objects ?? {};
  const candidates = Object.entries(objects).filter(([name]) => /weight|gewicht/i.test(name));
  for (const [name, object] of candidates) {
    const props = Object.keys(object.properties ?? {});
    const prop =
      props.find((p) => p === GROUP) ??
      props.find((p) => p.toLowerCase().includes(GROUP.replace("_", "").toLowerCase())) ??
      props.find((p) => p.toLowerCase().includes("veiligheid"));
    if (prop) return { objects: [{}, { [name]: { [prop]: 15 } }], path: `${name}.${prop}` };
  }
  return {
    objects: [{}, { weights: { [GROUP]: 15 } }],
    path: `weights.${GROUP} (not in capabilities)`,
  };
}
