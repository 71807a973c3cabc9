import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const siteRoot = fileURLToPath(new URL('.', import.meta.url));

// YANGUI_BUNDLE is resolved against the current directory, as a shell user
// expects. The default is the sample county's bundle written by `pnpm demo`,
// resolved against this folder so the build works from any directory.
const bundleDir = process.env.YANGUI_BUNDLE
  ? path.resolve(process.cwd(), process.env.YANGUI_BUNDLE)
  : path.resolve(siteRoot, '../examples/sample-county/out/bundle');

export default defineConfig({
  output: 'static',
  vite: {
    define: {
      // Read by src/lib/bundle.ts, the only module that opens the bundle.
      __YANGUI_BUNDLE_DIR__: JSON.stringify(bundleDir),
    },
  },
});
