// docs/paste/: the "paste this" guides for librarians, as a reader meets them. Each platform has its
// guide, every picture a guide shows is there and described in words, every link leads to a file
// that exists, and each guide names the menu items the snippet builder's own steps name
// (demo/builder/platforms.ts), so the two cannot drift apart unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'docs/paste');
const read = (file) => readFileSync(file, 'utf8');

/** Per platform of platforms.ts (its `id`): the guide, and menu items both must name. */
const GUIDES = {
  wordpress: { file: 'wordpress.md', menus: ['Custom HTML', '/html', 'Preview', 'Additional CSS'] },
  drupal: { file: 'drupal.md', menus: ['Text format', 'Full HTML', 'Basic HTML', 'Source'] },
  libguides: { file: 'libguides.md', menus: ['Add / Reorder', 'Media / Widget', 'Embed Code', 'Rich Text / HTML', 'Custom JS/CSS'] },
  squarespace: { file: 'squarespace.md', menus: ['Add block', 'choose Code', 'Display source code', 'Code Injection'] },
  'google-sites': { file: 'google-sites.md', menus: ['Insert → Embed', 'Embed code', 'Copy all parts together'] },
};

/** Text as a reader sees it: HTML entities decoded, markdown emphasis and code marks dropped, one space. */
const plain = (text) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&ldquo;|&rdquo;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\*\*|`/g, '')
    .replace(/<\/?strong>/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Each platform's part of platforms.ts, by its id. */
function platformSections() {
  const source = read(join(root, 'demo/builder/platforms.ts'));
  const sections = {};
  const starts = [...source.matchAll(/id: '([\w-]+)'/g)];
  starts.forEach((match, i) => {
    sections[match[1]] = source.slice(match.index, starts[i + 1]?.index ?? source.length);
  });
  return sections;
}

const guideFiles = () => readdirSync(dir).filter((f) => f.endsWith('.md'));

/** `![alt](src)` images and `[text](href)` links of a markdown file (not inside code). */
function references(markdown) {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const images = [...text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1], src: m[2] }));
  const links = [...text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1], href: m[2] }));
  return { images, links };
}

test('every platform of the snippet builder but plain HTML has its guide, and the index lists it', () => {
  const sections = platformSections();
  assert.deepEqual(Object.keys(sections).filter((id) => id !== 'html').sort(), Object.keys(GUIDES).sort());
  const index = read(join(dir, 'README.md'));
  for (const { file } of Object.values(GUIDES)) {
    assert.ok(existsSync(join(dir, file)), `docs/paste/${file} is missing`);
    assert.ok(index.includes(`(${file})`), `docs/paste/README.md does not link to ${file}`);
  }
});

test('each guide shows a picture of where to paste, and every picture is there and described', () => {
  for (const { file } of Object.values(GUIDES)) {
    const { images } = references(read(join(dir, file)));
    assert.ok(images.length > 0, `${file} has no picture`);
  }
  for (const file of guideFiles()) {
    for (const { alt, src } of references(read(join(dir, file))).images) {
      assert.ok(!/^[a-z]+:/i.test(src), `${file}: picture ${src} is not in docs/paste/`);
      assert.ok(existsSync(join(dir, src)), `${file}: picture ${src} does not exist in docs/paste/`);
      assert.equal(dirname(normalize(join(dir, src))), dir, `${file}: picture ${src} is not in docs/paste/`);
      assert.ok(alt.trim().length > 20, `${file}: picture ${src} has no alt text saying what it shows`);
    }
  }
});

test('the drawings say what they are: a title and a description, readable text, no script', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
    const svg = read(join(dir, file));
    assert.match(svg, /<title[^>]*>[^<]+<\/title>/, `${file} has no <title>`);
    assert.match(svg, /<desc[^>]*>[^<]{40,}<\/desc>/, `${file} has no <desc>`);
    assert.doesNotMatch(svg, /<script/i, `${file} has a script`);
    for (const [, size] of svg.matchAll(/font-size[=:]\s*"?(\d+(?:\.\d+)?)/g)) {
      assert.ok(Number(size) >= 14, `${file}: text of ${size}px is too small to read`);
    }
  }
});

test('every relative link in docs/paste/ leads to a file that exists', () => {
  for (const file of guideFiles()) {
    for (const { href } of references(read(join(dir, file))).links) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
      const target = join(dir, decodeURIComponent(href.split('#')[0]));
      assert.ok(existsSync(target), `${file}: the link to ${href} leads nowhere`);
    }
  }
});

test('each guide names the menu items the snippet builder names for that platform', () => {
  const sections = platformSections();
  for (const [id, { file, menus }] of Object.entries(GUIDES)) {
    const steps = plain(sections[id]);
    // the words of the guide, not the pictures' descriptions
    const guide = plain(read(join(dir, file)).replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
    for (const menu of menus) {
      assert.ok(steps.includes(menu.toLowerCase()), `platforms.ts no longer says "${menu}" for ${id}: update ${file} and this test`);
      assert.ok(guide.includes(menu.toLowerCase()), `${file} does not name "${menu}", which platforms.ts names`);
    }
  }
});

test('each guide says how to check it worked and what to do if not, with the security and CORS guides', () => {
  for (const { file } of Object.values(GUIDES)) {
    const text = read(join(dir, file));
    assert.match(text, /^## Check it worked/m, `${file}: no "Check it worked"`);
    assert.match(text, /^## If it doesn't work/m, `${file}: no "If it doesn't work"`);
    assert.match(text, /Find a learning circle on P2PU/, `${file}: does not say what the link alone looks like`);
    assert.match(text, /\]\(\.\.\/security\.md[#)]/, `${file}: no link to docs/security.md`);
    assert.match(text, /\]\(\.\.\/cors\.md[#)]/, `${file}: no link to docs/cors.md`);
    assert.match(text, /<style>/, `${file}: does not say what to do when the editor removes the colours`);
  }
});
