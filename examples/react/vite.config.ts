import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative URLs, so the built page works from any folder (npm start serves it under /examples/react/dist/).
export default defineConfig({ base: './', plugins: [react()], build: { outDir: 'dist', emptyOutDir: true } });
