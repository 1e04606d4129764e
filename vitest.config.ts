// Unit and chart snapshot tests. Dates and times are pinned to UTC so snapshots match anywhere.
import { defineConfig } from "vitest/config";

process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
    environment: "node",
  },
});
