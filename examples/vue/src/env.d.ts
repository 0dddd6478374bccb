// The Relais elements in Vue templates: their attributes and events, typed (generated from the manifest).
import '@relais/help/vue';
import '@relais/steps/vue';
import '@relais/explainer/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
