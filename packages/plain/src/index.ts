/** @relais/plain: Glossary matching and French readability. No DOM. */
export {};
