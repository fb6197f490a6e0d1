import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/browser/*.test.ts"],
        },
      },
      {
        // End-to-end tests share one packaged visual, preview server and Chromium, started once;
        // the preview host's pure parts are unit-tested in test/browser/unit with the rest.
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/*.test.ts"],
          globalSetup: ["test/browser/setup.ts"],
        },
      },
    ],
  },
});
