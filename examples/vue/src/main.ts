import { createApp } from 'vue';
// Each define file registers its element (and only that one).
import '@relais/help/relais-help.js';
import '@relais/steps/relais-steps.js';
import '@relais/explainer/relais-explainer.js';
import '@relais/explainer/relais-term.js';
import App from './App.vue';

createApp(App).mount('#app');
