import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';

/**
 * The citizen PWA. Root is client/, the build lands in dist/client (served by Fastify in production;
 * in development the server mounts Vite in middleware mode with this same file). Test configuration
 * lives in vitest.config.ts, not here.
 */
const clientDir = fileURLToPath(new URL('./client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client', import.meta.url));

export default defineConfig({
  root: clientDir,
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // dist/client/.vite/manifest.json: which files the entry loads, for the bundle-size benchmark.
    manifest: true,
  },
  plugins: [
    solid(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: clientDir,
      filename: 'sw.ts',
      // Registered from the bundle with workbox-window (client/lib/service-worker.ts): no inline script.
      injectRegister: null,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,woff2,png,svg,webmanifest}'],
      },
      devOptions: { enabled: false },
      includeAssets: ['icons/favicon.svg', 'icons/logo.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Sportello',
        short_name: 'Sportello',
        description: 'I servizi pubblici del tuo territorio: cosa serve, come richiederli, uffici e contatti.',
        lang: 'it',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0066CC',
        background_color: '#FFFFFF',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
