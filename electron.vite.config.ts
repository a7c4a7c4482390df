import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { aliases } from './path-aliases.mjs';

const resolveAliases = { alias: aliases };

// Packages in dependencies (the native database module, pdfmake with its font paths) stay
// external to the main bundle; everything else is bundled.
export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      // A sandboxed preload cannot load ES modules: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: resolveAliases,
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; minified it loads ~35% less JavaScript.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
