export { defineElement, duplicateWarning } from './define.js';
