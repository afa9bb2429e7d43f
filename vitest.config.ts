// Vitest settings for the whole suite. UI tests choose jsdom per file
// (`// @vitest-environment jsdom`); real-browser tests (test/e2e/*.e2e.test.ts) set their own
// longer timeouts. The default timeout leaves room for tests that spawn Node or browsers on
// small CI machines where browser tests run alongside.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup-i18n.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
