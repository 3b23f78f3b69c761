import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The renderer build: renderer/ → dist/renderer. `base: './'` keeps every asset URL relative,
 * so the same build works from the HTTP host and from file:// in Electron. No inline script or
 * style ends up in index.html (the CSP forbids both).
 */
export default defineConfig(({ command }) => {
  // A build is always production React. Under vitest NODE_ENV is "test", and Vite would then
  // bundle React's development build (Vite reads NODE_ENV after loading this file).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: fromHere('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: fromHere('./dist/renderer'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
    },
  };
});
