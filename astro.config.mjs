// Astro builds a fully static site into dist/; charts are drawn at build time (see src/charts).
import { defineConfig } from "astro/config";

export default defineConfig({
  output: "static",
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
