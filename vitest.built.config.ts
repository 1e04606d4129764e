// Checks over the built site (dist/): links, HTML validity, security policy. `npm run test:built`,
// after `npm run build`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/built/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
