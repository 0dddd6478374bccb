// The page's own light / dark switch (what the design system's "Paramètres d'affichage" does).
const button = document.getElementById('theme');
const root = document.documentElement;
const show = () => {
  const dark = root.getAttribute('data-fr-theme') === 'dark';
  button.textContent = dark ? 'Passer en thème clair' : 'Passer en thème sombre';
};
button.addEventListener('click', () => {
  const dark = root.getAttribute('data-fr-theme') !== 'dark';
  root.setAttribute('data-fr-scheme', dark ? 'dark' : 'light');
  root.setAttribute('data-fr-theme', dark ? 'dark' : 'light');
  show();
});
show();
