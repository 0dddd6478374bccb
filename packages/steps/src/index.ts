/** @relais/steps: <relais-steps>: where am I in the procedure, what comes next, what to have at hand. */
export {};
