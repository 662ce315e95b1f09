// HTML stand-ins for the P2PU pages the API links to, Django-like error pages,
// and generated SVG images for /media/.

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) URLs become links. */
export function safeHref(url) {
  return /^https?:\/\//i.test(String(url ?? '')) ? String(url) : null;
}

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
  body { margin: 0; background: #f7f7f5; color: #1f2328; }
  header { background: #05c6b4; color: #00332e; padding: 0.75em 1.5em; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 48em; margin: 0 auto; padding: 1.5em; background: #fff; }
  h1 { line-height: 1.2; overflow-wrap: anywhere; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; }
  dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
  .note { border-left: 4px solid #05c6b4; padding: 0.5em 1em; background: #eefaf8; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
  th, td { border: 1px solid #d0d7de; padding: 0.3em 0.5em; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  a { color: #0b5cad; }
`;

/**
 * A complete, accessible page.
 * @param {{title:string, lang?:string, body:string, banner?:string}} p body is trusted HTML built with escapeHtml
 */
export function page({ title, lang = 'en', body, banner = 'P2PU Learning Circles (local stand-in)' }) {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>${escapeHtml(banner)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Django/P2PU-like HTML 500 page. */
export function serverErrorPage() {
  return page({
    title: 'P2PU Learning Circles',
    banner: 'P2PU Learning Circles',
    body: `<h1>Something went wrong</h1>
<p>Something went wrong on our side. If this problem persist, please report it on the mailing list.</p>
<!-- local P2PU API: the real server answers this request with an HTML 500 page too -->`,
  });
}

/** Django-like HTML 404 page. */
export function notFoundPage(pathname) {
  return page({
    title: 'Page not found | P2PU Learning Circles',
    banner: 'P2PU Learning Circles',
    body: `<h1>Page not found</h1>
<p>The page <code>${escapeHtml(pathname)}</code> does not exist.</p>`,
  });
}

const PALETTES = [
  ['#05c6b4', '#0b5cad'], ['#f9a03f', '#d7263d'], ['#6a4c93', '#1982c4'], ['#8ac926', '#1b998b'],
  ['#ff595e', '#6a4c93'], ['#3d5a80', '#98c1d9'], ['#e07a5f', '#3d405b'], ['#2a9d8f', '#e9c46a'],
];

function hash(text) {
  let h = 2166136261;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A small deterministic SVG picture for /media/<name>. */
export function mediaSvg(name) {
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  const h = hash(base);
  const [a, b] = PALETTES[h % PALETTES.length];
  const label = base.replace(/[-_]+/g, ' ').slice(0, 40);
  const circles = [0, 1, 2, 3].map((i) => {
    const x = 40 + ((h >>> (i * 5)) % 560);
    const y = 30 + ((h >>> (i * 3 + 7)) % 280);
    const r = 30 + ((h >>> (i * 4 + 2)) % 70);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.18"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img" aria-label="${escapeHtml(label)}">
<title>${escapeHtml(label)}</title>
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g)"/>${circles}
<text x="32" y="328" font-family="system-ui, sans-serif" font-size="28" fill="#fff" fill-opacity="0.9">${escapeHtml(label)}</text>
</svg>
`;
}
