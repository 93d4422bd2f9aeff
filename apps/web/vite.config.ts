import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Each language's strings are a chunk of their own, and the first screen needs only the reader's. So that
 * waiting for that chunk adds no round trip, a tiny script (a file: the CSP allows no inline script) asks for
 * it while the app's own script is still downloading. It picks the language as lib/i18n.ts does.
 */
function preloadReadersLanguage(): Plugin {
  return {
    name: 'casebook:preload-readers-language',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        const lang = file.type === 'chunk' && file.facadeModuleId?.match(/[\\/]locales[\\/](en|ru)\.ts$/)?.[1];
        if (lang) chunks[lang] = `/${file.fileName}`;
      }
      if (!chunks.en || !chunks.ru) this.error('the locale chunks were not found: lib/i18n.ts must import each locale dynamically');
      const source =
        `(function(){try{var s=localStorage.getItem('notes.lang');var l=s==='en'||s==='ru'?s:(navigator.language||'').toLowerCase().indexOf('ru')===0?'ru':'en';` +
        `var k=document.createElement('link');k.rel='modulepreload';k.href=${JSON.stringify(chunks)}[l];document.head.appendChild(k)}catch(e){}})();\n`;
      const fileName = `assets/lang-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return this.error('index.html was not found in the bundle');
      html.source = String(html.source).replace('</title>', `</title>\n    <script async src="/${fileName}"></script>`);
    },
  };
}

/**
 * The web app. Built into apps/web/dist and served by the API at `/`. The
 * service worker precaches the app shell (so the app opens with no network
 * once it has been opened) and keeps the taxonomy and the region list (no
 * personal data) for offline forms; it never caches any other API response.
 */
export default defineConfig({
  root: __dirname,
  plugins: [
    react(),
    preloadReadersLanguage(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      // The manifest comes from the API (/app.webmanifest): admins choose the installed app's neutral name and icon.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/(api|docs|health|metrics)(\/|$)/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname === '/api/v1/taxonomy',
            handler: 'NetworkFirst',
            options: { cacheName: 'taxonomy', networkTimeoutSeconds: 4, expiration: { maxEntries: 4 } },
          },
          {
            urlPattern: ({ url }) => url.pathname === '/api/v1/regions' && !url.search.includes('country='),
            handler: 'NetworkFirst',
            options: { cacheName: 'regions', networkTimeoutSeconds: 4, expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
  // Preact's compatibility layer in place of react-dom: the same components, a third of the JavaScript to
  // parse on a cheap phone (the budget: the case form reachable with at most 150 KB gzipped, in 3 s on a slow line).
  resolve: {
    alias: [
      // The only server code the browser runs, each through a declared entry (the same as apps/web/tsconfig.json's paths):
      // the redaction the review screen previews, and the field messages in the reader's language.
      { find: /^@casebook\/redaction\/apply$/, replacement: resolve(__dirname, '../../libs/redaction/src/apply-redaction.ts') },
      { find: /^@casebook\/common\/field-messages$/, replacement: resolve(__dirname, '../../libs/common/src/field-messages.ts') },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: { proxy: { '/api': process.env.CASEBOOK_API ?? 'http://127.0.0.1:3000' } },
});
