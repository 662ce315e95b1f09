// What an npm user or a CDN gets: every `exports` entry points at a built file with its types,
// the CDN fields name the script-tag loader, and custom-elements.json describes every element.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const TAGS = ['p2pu-config', 'circle-finder', 'circle-card', 'circle-signup', 'course-card', 'course-finder', 'circle-flyer', 'team-profile', 'circle-map'];

before(() => {
  if (!existsSync(`${root}dist/index.js`) || !existsSync(`${root}custom-elements.json`)) {
    assert.equal(spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
  }
});

test('every export of package.json resolves to a built file, with types for the modules', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of targets) {
      if (file.includes('*')) continue;
      assert.ok(existsSync(`${root}${file}`), `${entry} → ${file} is missing`);
    }
    if (typeof target === 'object') assert.ok(target.types, `${entry} has no types`);
  }
});

test('CDNs serve the script-tag loader by version', () => {
  assert.equal(pkg.unpkg, './dist/learning-circle-widgets.js');
  assert.equal(pkg.jsdelivr, './dist/learning-circle-widgets.js');
  assert.ok(pkg.files.includes('dist') && pkg.files.includes('custom-elements.json'));
});

test('dependencies are pinned to exact versions', () => {
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    // an npm alias (react18: npm:react@18.3.1) is pinned when its version is
    assert.match(version, /^(npm:(@[^/]+\/)?[^@/]+@)?\d+\.\d+\.\d+$/, `${name}@${version}`);
  }
});

test('custom-elements.json describes every element with its attributes, events and parts', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...TAGS].sort());
  for (const el of elements) {
    assert.ok(el.description, `<${el.tagName}> has no description`);
    assert.ok((el.attributes ?? []).length > 0, `<${el.tagName}> lists no attributes`);
    assert.ok((el.cssParts ?? []).length > 0, `<${el.tagName}> lists no parts`);
  }
  for (const tag of TAGS.filter((t) => t !== 'p2pu-config')) {
    const el = elements.find((e) => e.tagName === tag);
    assert.ok((el.cssProperties ?? []).some((p) => p.name === '--p2pu-color-brand'), `<${tag}> does not document --p2pu-color-brand`);
  }
});

test('the React wrappers are built for npm users and stay out of the script-tag files', () => {
  assert.match(readFileSync(`${root}dist/react.js`, 'utf8'), /export\s*\{[^}]*createReactComponents/);
  assert.ok(!existsSync(`${root}dist/widgets/react.js`));
});
