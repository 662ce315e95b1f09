// The demo site's language switcher: changing <html lang> switches every widget on the page at
// run time (they watch it). Arabic is there to check right-to-left layout; the widgets have no
// Arabic texts, so they show English laid out right to left.
const STORAGE_KEY = 'riverbend-demo-lang';
const RTL = new Set(['ar']);

function apply(lang: string) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
}

const select = document.querySelector<HTMLSelectElement>('#site-lang');
let saved: string | null = null;
try {
  saved = localStorage.getItem(STORAGE_KEY);
} catch {
  // storage blocked: the switcher still works for this page
}
if (saved) apply(saved);
if (select) {
  select.value = document.documentElement.lang || 'en';
  select.addEventListener('change', () => {
    apply(select.value);
    try {
      localStorage.setItem(STORAGE_KEY, select.value);
    } catch {
      // ignore
    }
  });
}
