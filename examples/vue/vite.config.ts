import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative URLs, so the built page works from any folder (npm start serves it under /examples/vue/dist/).
  base: './',
  // Vue leaves <relais-*> to the browser: they are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('relais-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
