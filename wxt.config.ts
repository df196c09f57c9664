import { defineConfig } from 'wxt';

// See README "How it is built" for why each option is set.
export default defineConfig({
  // Explicit imports everywhere: no magic globals to hunt for.
  imports: false,
  manifest: {
    name: 'Right of Reply',
    description:
      'Highlights contested claims of the Momentum NCG election debates and shows what the other slate answered.',
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
