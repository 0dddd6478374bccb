/** @relais/explainer: <relais-term>, <relais-explainer> and annotate(): administrative words and form fields explained in plain French. */
export {};
