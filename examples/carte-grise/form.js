// The example's own step-by-step behaviour (no framework, no build step).
//
// Without JavaScript the whole form shows at once and still submits: the
// "Continuer" / "Retour" buttons are `hidden` in the HTML and only revealed here.
// With JavaScript one step (<fieldset data-relais-step>) shows at a time:
// "Continuer" checks that step's fields with the browser's own validation, then
// shows the next step and moves focus to its legend, so a screen reader user
// hears where they are.

const form = document.getElementById('demarche');
const steps = [...form.querySelectorAll('fieldset[data-relais-step]')];
let current = 0;

// The answers of the fake draft this example resumes with `?etape=…` (see the end of this file).
const draft = {
  immatriculation: 'AB-123-CD',
  numero_formule: '2013AB12345',
  date_cession: '2025-03-14',
  code_cession: 'K7P2X9Q4',
  ancien_nom: 'Durand',
  nom: 'Martin',
  prenom: 'Léa',
  adresse: '12 rue des Lilas',
  code_postal: '69003',
  commune: 'Lyon',
};

function show(index, { focus = true } = {}) {
  current = index;
  steps.forEach((step, i) => {
    step.hidden = i !== index;
  });
  if (index === steps.length - 1) fillSummary();
  // No need to tell Relais which step shows: <relais-steps for="demarche">
  // follows the fieldsets' `hidden`, and the help code follows the tracker.
  if (focus) steps[index].querySelector('legend').focus();
}

// reportValidity() stops at the first invalid field: the browser says what is
// wrong and puts focus on that field.
function stepIsValid(step) {
  return [...step.elements].every((field) => field.reportValidity());
}

// The last step lists the answers so that they can be checked before sending.
function fillSummary() {
  const list = document.getElementById('resume-liste');
  list.replaceChildren();
  for (const field of form.querySelectorAll('input[name]')) {
    if (field.type === 'checkbox' || (field.type === 'radio' && !field.checked)) continue;
    const radio = field.type === 'radio';
    const term = document.createElement('dt');
    term.textContent = (radio ? field.closest('fieldset').querySelector('legend') : field.labels[0]).textContent.trim();
    const value = document.createElement('dd');
    if (radio) value.textContent = field.labels[0].textContent.trim();
    else if (field.type === 'date' && field.value) value.textContent = field.value.split('-').reverse().join('/');
    else value.textContent = field.value;
    list.append(term, value);
  }
  document.getElementById('resume').hidden = false;
}

form.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.hasAttribute('data-step-next')) {
    if (stepIsValid(steps[current])) {
      // The form says which steps are done; the tracker shows it, even after "Retour".
      steps[current].setAttribute('data-relais-state', 'done');
      show(current + 1);
    }
  } else if (button.hasAttribute('data-step-back')) {
    show(current - 1);
  } else if (button.type === 'submit') {
    // Safety net: if a field of another step is invalid, show that step before
    // the browser reports the problem (it cannot focus a field that is hidden).
    const invalid = form.querySelector('input:invalid, select:invalid, textarea:invalid');
    const step = invalid && steps.findIndex((s) => s.contains(invalid));
    if (invalid && step !== current) show(step, { focus: false });
  }
});

// Enter in a text field would submit the whole form; before the last step it
// means "Continuer" instead.
form.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  if (current === steps.length - 1) return;
  event.preventDefault();
  steps[current].querySelector('[data-step-next]').click();
});

// The sale cannot be in the future.
const today = new Date();
form.elements.date_cession.max = [today.getFullYear(), String(today.getMonth() + 1).padStart(2, '0'), String(today.getDate()).padStart(2, '0')].join('-');

for (const button of form.querySelectorAll('[data-step-next], [data-step-back]')) button.hidden = false;

// A reload starts over at the first step, with empty fields: the tracker then
// shows step 1, whatever this browser kept. A real téléprocédure that keeps a
// draft would render the page at the step reached, with the answers, and mark
// the steps already checked `data-relais-state="done"`; this example does the
// same with fake answers when the address says `?etape=<step id>`.
const resume = steps.findIndex((step) => step.dataset.relaisStep === new URLSearchParams(location.search).get('etape'));
if (resume > 0) {
  for (const [name, value] of Object.entries(draft)) {
    const field = form.elements.namedItem(name);
    if (steps.slice(0, resume).some((step) => step.contains(field))) field.value = value;
  }
  const yes = document.getElementById('justificatif-oui');
  if (steps.slice(0, resume).some((step) => step.contains(yes))) yes.checked = true;
  for (const step of steps.slice(0, resume)) step.setAttribute('data-relais-state', 'done');
}
show(Math.max(resume, 0), { focus: false });
