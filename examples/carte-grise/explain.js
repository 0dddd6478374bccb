// The words of the glossary in the form explain themselves: annotate() wraps the
// first use of each term in each step (labels, legends, hints) in <relais-term>.
// It never touches the fields, links or buttons, nor what the form sends.
// `observe` follows what form.js writes later (the summary of the last step).
//
// A module of its own: if /relais/relais.js cannot load, only this script
// stops; the form and its steps (form.js) keep working.
import { annotate } from '/relais/relais.js';

annotate(document.getElementById('demarche'), { observe: true });
