import '@relais/help/jsx-react';
import '@relais/steps/jsx-react';
import '@relais/explainer/jsx-react';
