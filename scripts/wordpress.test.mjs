// The WordPress plugin in a real WordPress (scripts/wordpress/harness.mjs: Debian's 6.1 packages,
// MariaDB, PHP's server, all on loopback), against the local P2PU API (server/):
//   - every PHP file of the built plugin passes `php -l`;
//   - the plugin installs from dist/wordpress/learning-circle-widgets.zip (WordPress's own
//     unzip_file) and activates;
//   - posts saved the way the editor saves them (wp_insert_post as that user, so kses applies)
//     as Administrator, as Author, and as Administrator under DISALLOW_UNFILTERED_HTML, with
//     pasted tags and with shortcodes: the public page keeps the tags and their documented
//     attributes (the data-source ones only for unfiltered_html), and has the loader once, only
//     where a widget is, with the settings as data-*;
//   - every shortcode prints its tag; blocks saved by an Author print theirs, and the block editor
//     offers all eight, with a working widget as the preview;
//   - in Chromium, the Author's pages (blocks, pasted tags) show working widgets (data-state = content);
//   - the classic editor (Visual tab, then Update) keeps the tags, for Administrator and Author;
//   - Settings → Learning circles saves clean values, refuses hostile ones and escapes them, and is
//     closed to an Editor.
//
//   node --test scripts/wordpress.test.mjs
//
// Part of `npm test` (node --test scripts/), beside the other node tests: one WordPress for the
// whole file, on the first free ports from 9450 (WP_PORT) and 9451 (WP_API_PORT), in a temporary
// folder of its own; the plugin is built into that folder, not into dist/. The Debian packages
// are installed by scripts/run-tests.mjs (as root) when missing; without them every test here fails
// with a message naming them, none passes empty.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startApi } from '../server/main.mjs';
import { freePort, startWordPress } from './wordpress/harness.mjs';
import { PLUGIN, buildPlugin, readZipEntry } from './wordpress/plugin.mjs';

const root = new URL('..', import.meta.url).pathname;

let wp;
let api;
let browser;
/** The plugin as this run built it: a folder and its zip, in a temporary folder. */
let built;
let buildDir;

/** Base64 of JSON, for handing text to PHP without quoting trouble. */
const toPhp = (value) => `json_decode( base64_decode( '${Buffer.from(JSON.stringify(value)).toString('base64')}' ), true )`;

/** Saves a post as `user` through wp_insert_post (kses as in the editor); resolves with its id, stored content and address. */
async function savePost(user, title, content) {
  return wp.phpJson(
    `$id = wp_insert_post( wp_slash( array( 'post_title' => ${toPhp(title)}, 'post_content' => ${toPhp(content)}, 'post_status' => 'publish', 'post_type' => 'post' ) ), true );
if ( is_wp_error( $id ) ) { echo wp_json_encode( array( 'error' => $id->get_error_message() ) ); exit; }
echo wp_json_encode( array( 'id' => $id, 'content' => get_post( $id )->post_content, 'url' => get_permalink( $id ) ) );`,
    { user },
  );
}

async function publicPage(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url} answered ${response.status}`);
  return response.text();
}

/** The opening tags `<tag …>` in HTML, as attribute maps. */
function openingTags(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? ''])),
  );
}

const loaderTags = (html) => [...html.matchAll(/<script[^>]*learning-circle-widgets\/assets\/learning-circle-widgets\.js[^>]*>/g)].map((m) => m[0]);

// What a librarian pastes (the snippet builder's tags), with the attributes only a trusted user may set.
const PASTED = `<h2>Find a learning circle</h2>
<script src="https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@0.1.0/dist/learning-circle-widgets.js" data-endpoint="https://learningcircles.p2pu.org" defer></script>
<circle-finder team-id="1" city="Riverbend" filters="q topics days" page-size="4" endpoint="http://attacker.example" transport="jsonp"><a href="https://www.p2pu.org/en/learning-circles/">Find a learning circle on P2PU</a></circle-finder>
<h2>Staff pick</h2>
<course-card course-id="1203" heading-level="3"><a href="https://learningcircles.p2pu.org/en/course/1203/">See this course on P2PU</a></course-card>
<circle-card circle-id="4821" signup-page="javascript:alert(1)"></circle-card>
<style>circle-finder { --p2pu-color-brand: #1f5f8b; }</style>`;

const SHORTCODES = `<p>Join us:</p>
[learning_circle_finder team="1" city="Riverbend" page_size="4" endpoint="http://attacker.example"]
[learning_circle_course course="1203"]
[learning_circle_signup circle="4821"]`;

before(async () => {
  // The plugin as built from the files now in integrations/ (a second, after a first npm run build).
  if (!existsSync(join(root, 'dist/learning-circle-widgets.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    assert.equal(spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0, 'npm run build failed');
  }
  buildDir = mkdtempSync(join(tmpdir(), 'p2pu-wordpress-plugin-'));
  built = buildPlugin({ out: buildDir });
  api = await startApi({ port: await freePort(Number(process.env.WP_API_PORT ?? 9451)) });
  wp = await startWordPress({ port: await freePort(Number(process.env.WP_PORT ?? 9450)), log: console.log });
  console.log(`wordpress: started in ${wp.startSeconds.toFixed(1)} s at ${wp.url}`);
});

after(async () => {
  // Each in turn, whatever the one before did: nothing started here may outlive the file.
  for (const step of [() => browser?.close(), () => wp?.stop(), () => api?.close()]) {
    try {
      await step();
    } catch (error) {
      console.error(`wordpress: cleaning up: ${error.message}`);
    }
  }
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

test('every PHP file of the built plugin passes php -l', () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.php')) files.push(join(dir, entry.name));
    }
  };
  walk(built.dir);
  assert.ok(files.length >= 6, `only ${files.length} PHP files`);
  for (const file of files) {
    const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
  }
});

test('the zip installs with WordPress’s own unzip and the plugin activates, with a valid header', async () => {
  const result = await wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
WP_Filesystem();
$unzipped = unzip_file( ${toPhp(built.zip)}, WP_PLUGIN_DIR );
$activated = activate_plugin( '${PLUGIN}/${PLUGIN}.php' );
$data = get_plugin_data( WP_PLUGIN_DIR . '/${PLUGIN}/${PLUGIN}.php', false, false );
update_option( 'learning_circle_widgets', array( 'endpoint' => ${toPhp(api.url)}, 'team_id' => '1', 'country' => 'US', 'brand_color' => '#8c2f39' ) );
echo wp_json_encode( array(
	'unzipped' => is_wp_error( $unzipped ) ? $unzipped->get_error_message() : true,
	'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : true,
	'active' => is_plugin_active( '${PLUGIN}/${PLUGIN}.php' ),
	'header' => $data,
) );`,
    { user: 'administrator' },
  );
  assert.equal(result.unzipped, true);
  assert.equal(result.activated, true);
  assert.equal(result.active, true);
  assert.equal(result.header.Name, 'Learning circle widgets');
  assert.equal(result.header.TextDomain, 'learning-circle-widgets');
  assert.equal(result.header.RequiresWP, '6.1');
  assert.equal(result.header.RequiresPHP, '7.4');
});

test('the zip’s readme.txt is in WordPress.org’s format; its Stable tag is the plugin’s version and package.json’s', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const zip = readFileSync(built.zip);
  const readme = readZipEntry(zip, `${PLUGIN}/readme.txt`)?.toString('utf8');
  assert.ok(readme, 'readme.txt is not in the zip');
  const main = readZipEntry(zip, `${PLUGIN}/${PLUGIN}.php`).toString('utf8');
  const header = (name, text) => new RegExp(`^(?: \\* )?${name}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
  assert.match(readme, /^=== Learning circle widgets ===\n/);
  assert.equal(header('Stable tag', readme), version);
  assert.equal(header('Version', main), version);
  assert.equal(header('Requires at least', readme), header('Requires at least', main));
  assert.equal(header('Requires PHP', readme), header('Requires PHP', main));
  assert.equal(header('Tested up to', readme), '6.1');
  assert.equal(header('License', readme), header('License', main));
  assert.ok(header('Contributors', readme));
  assert.ok(header('Tags', readme).split(',').length <= 5, 'WordPress.org shows five tags at most');
  const sections = [...readme.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Description', 'Installation', 'Frequently Asked Questions', 'Privacy', 'Changelog']);
  assert.match(readme, new RegExp(`^= ${version.replaceAll('.', '\\.')} =$`, 'm'), 'no changelog entry for this version');
  // The short description: one line, at most 150 characters.
  const short = readme.split('\n\n')[1];
  assert.ok(short && !short.includes('\n') && short.length <= 150, `short description: ${short}`);
});

const pages = {};

for (const [label, user, locked] of [
  ['an Administrator', 'administrator', false],
  ['an Author', 'author', false],
  ['an Administrator with DISALLOW_UNFILTERED_HTML', 'administrator', true],
]) {
  test(`pasted tags saved by ${label} survive, with the data-source attributes only for unfiltered_html`, async () => {
    await wp.setUnfilteredHtmlDisallowed(locked);
    try {
      const trusted = !locked && user === 'administrator';
      const post = await savePost(user, `Pasted by ${user}${locked ? ' (locked down)' : ''}`, PASTED);
      assert.ok(!post.error, post.error);
      const html = await publicPage(post.url);
      pages[`${user}${locked ? '-locked' : ''}`] = post.url;

      const [finder] = openingTags(html, 'circle-finder');
      assert.ok(finder, 'the <circle-finder> tag is gone');
      assert.deepEqual(
        { team: finder['team-id'], city: finder.city, filters: finder.filters, size: finder['page-size'] },
        { team: '1', city: 'Riverbend', filters: 'q topics days', size: '4' },
      );
      assert.equal('endpoint' in finder, trusted, `endpoint ${trusted ? 'removed for' : 'kept for'} ${label}`);
      assert.equal('transport' in finder, trusted, `transport ${trusted ? 'removed for' : 'kept for'} ${label}`);
      assert.match(html, /<course-card course-id="1203" heading-level="3"><a href="https:\/\/learningcircles\.p2pu\.org\/en\/course\/1203\/">See this course on P2PU<\/a><\/course-card>/);
      const [card] = openingTags(html, 'circle-card');
      assert.equal(card['circle-id'], '4821');
      if (!trusted) {
        assert.doesNotMatch(card['signup-page'] ?? '', /javascript/i, 'a javascript: address survived');
        assert.doesNotMatch(post.content, /<script/, 'the pasted <script> survived kses');
        // The builder's colours: on the tag, not printed as text.
        assert.match(finder.style ?? '', /--p2pu-color-brand: ?#1f5f8b/);
        assert.doesNotMatch(post.content, /\{ ?--p2pu-color-brand/, 'the pasted CSS is left as text');
      } else {
        assert.match(post.content, /<style>circle-finder \{ --p2pu-color-brand: #1f5f8b; \}<\/style>/);
      }

      const loaders = loaderTags(html);
      assert.equal(loaders.length, 1, `the plugin's loader is on the page ${loaders.length} times`);
      assert.match(loaders[0], / defer[\s>]/);
      assert.match(loaders[0], new RegExp(`data-endpoint="${api.url}"`));
      assert.match(loaders[0], /data-team-id="1"/);
      assert.match(loaders[0], /data-country="US"/);
      assert.match(html, /<link[^>]+learning-circle-widgets\/assets\/learning-circle-widgets\.css/, 'the stylesheet is not enqueued');
      assert.match(html, /<style id='learning-circle-widgets-inline-css'[^>]*>[^<]*--p2pu-color-brand: #8c2f39;/, 'the brand colour is not in the stylesheet');
    } finally {
      await wp.setUnfilteredHtmlDisallowed(false);
    }
  });
}

test('shortcodes saved by an Author print the tags with a fallback link inside, without the endpoint', async () => {
  const post = await savePost('author', 'Shortcodes by author', SHORTCODES);
  assert.ok(!post.error, post.error);
  const html = await publicPage(post.url);
  pages.shortcodes = post.url;
  const [finder] = openingTags(html, 'circle-finder');
  assert.deepEqual(finder, { 'team-id': '1', city: 'Riverbend', 'page-size': '4' });
  assert.match(html, /<course-card course-id="1203"><a href="https:\/\/learningcircles\.p2pu\.org\/en\/course\/1203\/">See this course on P2PU<\/a><\/course-card>/);
  assert.match(html, /<circle-signup circle-id="4821"><a href="https:\/\/www\.p2pu\.org\/en\/learning-circles\/">Find a learning circle on P2PU<\/a><\/circle-signup>/);
  assert.equal(loaderTags(html).length, 1);
});

test('every shortcode prints its tag with a fallback link inside', async () => {
  const shortcodes = {
    learning_circle_finder: 'circle-finder',
    learning_circle_signup: 'circle-signup',
    learning_circle_course: 'course-card',
    learning_circle_card: 'circle-card',
    learning_circle_courses: 'course-finder',
    learning_circle_flyer: 'circle-flyer',
    learning_circle_team: 'team-profile',
    learning_circle_map: 'circle-map',
  };
  const printed = await wp.phpJson(
    `$out = array(); foreach ( ${toPhp(Object.keys(shortcodes))} as $code ) { $out[ $code ] = do_shortcode( '[' . $code . ' heading_level="3"]' ); } echo wp_json_encode( $out );`,
  );
  for (const [code, tag] of Object.entries(shortcodes)) {
    assert.match(printed[code], new RegExp(`^<${tag} heading-level="3"><a href="https://[^"]+">[^<]+</a></${tag}>$`), `[${code}]`);
  }
});

test('for an Author, the builder’s colour <style> moves onto the widget tags; anything else in it goes', async () => {
  const cases = [
    '<style>circle-finder, course-card { --p2pu-color-brand: #ABCDEF; }</style><circle-finder style="margin: 0"></circle-finder><course-card></course-card>',
    '<style>circle-finder { --p2pu-color-brand: #123456; } body { display: none }</style><circle-finder></circle-finder>',
    '<style>circle-finder { --p2pu-color-brand: #123456"onmouseover="alert(1) }</style><circle-finder></circle-finder>',
    '<style>p { color: red }</style><p>Not ours.</p>',
  ];
  const out = await wp.phpJson(
    `$out = array(); foreach ( ${toPhp(cases)} as $html ) { $out[] = wp_unslash( lcw_move_pasted_colours( wp_slash( $html ) ) ); } echo wp_json_encode( $out );`,
    { user: 'author' },
  );
  assert.deepEqual(out, [
    '<circle-finder style="margin: 0; --p2pu-color-brand: #abcdef"></circle-finder><course-card style="--p2pu-color-brand: #abcdef"></course-card>',
    '<circle-finder></circle-finder>',
    '<circle-finder></circle-finder>',
    '<style>p { color: red }</style><p>Not ours.</p>',
  ]);
});

test('blocks saved by an Author print their tags; the block editor offers every block, with a live preview', { timeout: 90_000 }, async () => {
  const post = await savePost(
    'author',
    'Blocks by author',
    `<!-- wp:learning-circle-widgets/finder {"team":"1","city":"Riverbend"} /-->
<!-- wp:learning-circle-widgets/course {"course":"1203"} /-->
<!-- wp:learning-circle-widgets/card {"circle":"4821"} /-->`,
  );
  assert.ok(!post.error, post.error);
  const html = await publicPage(post.url);
  pages.blocks = post.url;
  assert.deepEqual(openingTags(html, 'circle-finder'), [{ 'team-id': '1', city: 'Riverbend' }]);
  assert.deepEqual(openingTags(html, 'course-card'), [{ 'course-id': '1203' }]);
  assert.deepEqual(openingTags(html, 'circle-card'), [{ 'circle-id': '4821' }]);
  assert.equal(loaderTags(html).length, 1);

  const { tab, context } = await loggedIn('author');
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  try {
    await tab.goto(`${wp.url}/wp-admin/post-new.php`);
    const names = await tab.waitForFunction(() => {
      const types = window.wp?.blocks?.getBlockTypes?.() ?? [];
      const ours = types.map((type) => type.name).filter((name) => name.startsWith('learning-circle-widgets/'));
      return ours.length > 0 && ours.sort();
    });
    assert.deepEqual(await names.jsonValue(), ['card', 'course', 'courses', 'finder', 'flyer', 'map', 'signup', 'team'].map((n) => `learning-circle-widgets/${n}`));
    // The live preview: a course block inserted in the editor shows the working card there.
    await tab.evaluate(() => {
      const block = window.wp.blocks.createBlock('learning-circle-widgets/course', { course: '1203' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    });
    await tab.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper course-card')?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') === 'content',
      null,
      { timeout: 30_000 },
    );
    assert.equal(await tab.getAttribute('.editor-styles-wrapper course-card', 'course-id'), '1203');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a page without a widget gets neither the loader nor the stylesheet', async () => {
  const post = await savePost('author', 'Opening hours', '<p>Open every day from 9 to 5.</p>');
  const html = await publicPage(post.url);
  assert.equal(loaderTags(html).length, 0);
  assert.doesNotMatch(html, /learning-circle-widgets\.css/);
});

test('in Chromium, the widgets of the Author’s posts (blocks, pasted tags) reach their content', { timeout: 90_000 }, async () => {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  // Nothing may leave the machine: the theme's fonts or a pasted CDN address would.
  await tab.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  for (const page of [pages.blocks, pages.author]) {
    assert.ok(page, 'a post was not saved');
    await tab.goto(page);
    await tab.waitForFunction(
      () =>
        ['circle-finder', 'course-card', 'circle-card'].every(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') === 'content',
        ),
      null,
      { timeout: 30_000 },
    );
  }
  // The settings' colour from the plugin's stylesheet; the finder's own, pasted by the Author, wins.
  const brand = (tag) => tab.evaluate((name) => getComputedStyle(document.querySelector(name)).getPropertyValue('--p2pu-color-brand').trim(), tag);
  assert.equal(await brand('course-card'), '#8c2f39');
  assert.equal(await brand('circle-finder'), '#1f5f8b');
  assert.deepEqual(problems, []);
});

/** A Chromium tab logged in to wp-admin as `user` (its own context: its own cookies). */
async function loggedIn(user) {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const tab = await context.newPage();
  await tab.goto(`${wp.url}/wp-login.php`);
  await tab.fill('#user_login', user);
  await tab.fill('#user_pass', 'password');
  await Promise.all([tab.waitForNavigation(), tab.click('#wp-submit')]);
  assert.match(tab.url(), /\/wp-admin\//, `${user} could not log in`);
  return { tab, context };
}

const storedContent = (id) => wp.phpJson(`echo wp_json_encode( get_post( ${Number(id)} )->post_content );`);

test('the classic editor keeps the tags through the Visual tab and Update', { timeout: 90_000 }, async () => {
  // The classic editor, as with the Classic Editor plugin: a must-use plugin of this test site.
  mkdirSync(join(wp.docroot, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(join(wp.docroot, 'wp-content/mu-plugins/classic-editor.php'), "<?php\nadd_filter( 'use_block_editor_for_post', '__return_false' );\n");
  const tags = PASTED.replace(/<script[^]*?<\/script>\n/, '').replace(/<style>[^]*?<\/style>/, '');
  for (const user of ['administrator', 'author']) {
    const post = await savePost(user, `Classic round trip by ${user}`, tags);
    const { tab, context } = await loggedIn(user);
    try {
      await tab.goto(`${wp.url}/wp-admin/post.php?post=${post.id}&action=edit`);
      await tab.click('#content-tmce');
      await tab.waitForFunction(() => window.tinymce?.get('content')?.initialized === true);
      await tab.click('#content-html');
      await Promise.all([tab.waitForNavigation(), tab.click('#publish')]);
      assert.match(await tab.textContent('#message'), /updated/i);
      const content = await storedContent(post.id);
      const [finder] = openingTags(content, 'circle-finder');
      assert.ok(finder, `${user}: <circle-finder> is gone after the Visual tab:\n${content}`);
      assert.equal(finder['team-id'], '1');
      assert.equal(finder.city, 'Riverbend');
      assert.equal('endpoint' in finder, user === 'administrator', `${user}: endpoint`);
      assert.match(content, /<course-card course-id="1203" heading-level="3">/);
      assert.match(content, /<circle-card circle-id="4821"/);
    } finally {
      await context.close();
    }
  }
});

test('the settings page saves clean values and escapes hostile ones; an Editor may not open it', { timeout: 60_000 }, async () => {
  const { tab, context } = await loggedIn('administrator');
  const dialogs = [];
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await tab.goto(`${wp.url}/wp-admin/options-general.php?page=learning-circle-widgets`);
    assert.equal(await tab.textContent('h1'), 'Learning circles');
    const hostile = '"><script>alert(1)</script>';
    await tab.fill('#lcw-endpoint', `javascript:alert(1)`);
    await tab.fill('#lcw-team_id', `12${hostile}`);
    await tab.fill('#lcw-signup_page', '/join/?circle={id}');
    await tab.fill('#lcw-lang', `es${hostile}`);
    await tab.fill('#lcw-country', 'us');
    await tab.fill('#lcw-brand_color', '#8C2F39');
    await Promise.all([tab.waitForNavigation(), tab.click('#submit')]);
    const saved = await wp.phpJson(`echo wp_json_encode( get_option( 'learning_circle_widgets' ) );`);
    assert.deepEqual(saved, {
      endpoint: 'https://learningcircles.p2pu.org',
      team_id: '',
      signup_page: '/join/?circle={id}',
      lang: '',
      country: 'US',
      brand_color: '#8c2f39',
      use_cdn: '',
    });
    const errors = await tab.locator('.notice-error, .error').allTextContents();
    assert.ok(errors.some((text) => /team number/i.test(text)), `no error for the team number: ${errors}`);
    assert.equal(await tab.inputValue('#lcw-signup_page'), '/join/?circle={id}');
    assert.deepEqual(dialogs, []);
    assert.doesNotMatch(await tab.content(), /<script>alert/);
  } finally {
    await context.close();
    // The later tests' widgets use the local API again.
    await wp.php(`update_option( 'learning_circle_widgets', array( 'endpoint' => ${toPhp(api.url)}, 'team_id' => '1', 'country' => 'US', 'brand_color' => '#8c2f39' ) );`);
  }
  const editor = await loggedIn('editor');
  try {
    const response = await editor.tab.goto(`${wp.url}/wp-admin/options-general.php?page=learning-circle-widgets`);
    assert.equal(response.status(), 403);
  } finally {
    await editor.context.close();
  }
});

test('the settings page finds the library’s team by name over the endpoint’s /api/teams/, through WordPress', { timeout: 60_000 }, async () => {
  const { tab, context } = await loggedIn('administrator');
  const dialogs = [];
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const asked = [];
  tab.on('request', (request) => asked.push(request.url()));
  try {
    await wp.php(`delete_transient( 'lcw_teams_' . md5( ${toPhp(api.url)} ) );`);
    await tab.goto(`${wp.url}/wp-admin/options-general.php?page=learning-circle-widgets`);
    await tab.waitForSelector('#lcw-team-search', { state: 'visible' });
    await tab.fill('#lcw-team_id', '');
    await tab.fill('#lcw-team-search', 'river');
    await tab.waitForSelector('#lcw-team-results button');
    const found = await tab.locator('#lcw-team-results button').allTextContents();
    assert.deepEqual(found, ['Riverbend Public Library — Riverbend, WI, USA, learning circles: 12']);
    await tab.click('#lcw-team-results button');
    assert.equal(await tab.inputValue('#lcw-team_id'), '1');
    assert.match(await tab.textContent('#lcw-team-status'), /Chosen: Riverbend Public Library \(team 1\)/);
    // Accents and parts of words, the location too; a hostile name is shown as text.
    await tab.fill('#lcw-team-search', 'espana');
    await tab.waitForFunction(() => document.querySelector('#lcw-team-results button')?.textContent.startsWith('Red de Bibliotecas'));
    await tab.fill('#lcw-team-search', 'friends auck');
    await tab.waitForFunction(() => document.querySelector('#lcw-team-results strong')?.textContent.includes('<script>'));
    assert.equal(await tab.locator('#lcw-team-results script').count(), 0);
    await tab.fill('#lcw-team-search', 'no such library');
    await tab.waitForFunction(() => /No team has that name/.test(document.querySelector('#lcw-team-status').textContent));
    assert.deepEqual(dialogs, []);
    // The browser asked WordPress only (once), never the P2PU server itself.
    assert.equal(asked.filter((url) => url.includes('learning-circle-widgets/v1/teams')).length, 1);
    assert.equal(asked.filter((url) => url.startsWith(api.url)).length, 0);
    // Kept 15 minutes; the script is only on this page.
    const cached = await wp.phpJson(`echo wp_json_encode( array( 'teams' => count( (array) get_transient( 'lcw_teams_' . md5( ${toPhp(api.url)} ) ) ), 'timeout' => (int) get_option( '_transient_timeout_lcw_teams_' . md5( ${toPhp(api.url)} ) ) - time() ) );`);
    assert.equal(cached.teams, 7);
    assert.ok(cached.timeout > 800 && cached.timeout <= 900, `kept ${cached.timeout} s`);
    await tab.goto(`${wp.url}/wp-admin/options-general.php`);
    assert.equal(await tab.locator('script[src*="learning-circle-widgets/assets/settings.js"]').count(), 0);
  } finally {
    await context.close();
  }
  // Closed to an Editor; an address that is not http(s) is refused.
  const rest = await wp.phpJson(
    `$out = array();
foreach ( array( 'editor' => '', 'administrator' => 'javascript:alert(1)' ) as $login => $endpoint ) {
	wp_set_current_user( get_user_by( 'login', $login )->ID );
	$request = new WP_REST_Request( 'GET', '/learning-circle-widgets/v1/teams' );
	if ( $endpoint ) { $request->set_param( 'endpoint', $endpoint ); }
	$out[ $login ] = rest_do_request( $request )->get_status();
}
echo wp_json_encode( $out );`,
  );
  assert.deepEqual(rest, { editor: 403, administrator: 400 });
});

test('with “Load the widgets from jsDelivr”, the page loads this version from the CDN, with the same settings', async () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await wp.php(`$s = get_option( 'learning_circle_widgets' ); $s['use_cdn'] = '1'; update_option( 'learning_circle_widgets', $s );`);
  try {
    const html = await publicPage(pages.author);
    assert.equal(loaderTags(html).length, 0, 'the plugin’s own copy is still loaded');
    const cdn = [...html.matchAll(/<script[^>]*cdn\.jsdelivr\.net[^>]*>/g)].map((m) => m[0]);
    assert.equal(cdn.length, 1, `the CDN script is there ${cdn.length} times`);
    assert.match(cdn[0], new RegExp(`src=['"]https://cdn\\.jsdelivr\\.net/npm/@p2pu/learning-circle-widgets@${version.replaceAll('.', '\\.')}/dist/learning-circle-widgets\\.js['"]`));
    assert.match(cdn[0], / defer[\s>]/);
    assert.match(cdn[0], /data-team-id="1"/);
  } finally {
    await wp.php(`$s = get_option( 'learning_circle_widgets' ); unset( $s['use_cdn'] ); update_option( 'learning_circle_widgets', $s );`);
  }
  assert.equal(loaderTags(await publicPage(pages.author)).length, 1);
});

test('an Editor keeps the tags with the endpoint (single site), a Contributor’s pending post keeps them without it', async () => {
  for (const user of ['editor', 'contributor']) {
    // A single site gives Editors unfiltered_html; a Contributor cannot publish (pending review).
    const trusted = user === 'editor';
    const post = await savePost(user, `Pasted by ${user}`, PASTED);
    assert.ok(!post.error, post.error);
    const [finder] = openingTags(post.content, 'circle-finder');
    assert.ok(finder, `${user}: the <circle-finder> tag is gone`);
    assert.equal(finder['team-id'], '1');
    assert.equal('endpoint' in finder, trusted, `${user}: endpoint`);
    assert.match(post.content, /<course-card course-id="1203" heading-level="3">/);
  }
});

test('in the block theme, <p2pu-config> and its card stay in the content column', { timeout: 60_000 }, async () => {
  const post = await savePost(
    'author',
    'Wrapped card',
    `<p>A paragraph in the content column.</p>
<p2pu-config team-id="1"><course-card course-id="1203"><a href="https://learningcircles.p2pu.org/en/course/1203/">See this course on P2PU</a></course-card></p2pu-config>`,
  );
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await tab.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    await tab.goto(post.url);
    await tab.waitForFunction(() => document.querySelector('course-card')?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') === 'content');
    const [paragraph, card] = await tab.evaluate(() =>
      ['.wp-block-post-content > p', 'course-card'].map((selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return { left: Math.round(box.left), right: Math.round(box.right) };
      }),
    );
    assert.ok(card.left >= paragraph.left - 1 && card.right <= paragraph.right + 1, `the card spans ${card.left}–${card.right}, the column ${paragraph.left}–${paragraph.right}`);
  } finally {
    await tab.close();
  }
});

test('with the classic theme, the pasted tags page has the loader once and working widgets', { timeout: 60_000 }, async () => {
  await wp.php(`switch_theme( 'twentytwentyone' ); echo get_stylesheet();`);
  try {
    const html = await publicPage(pages.author);
    assert.match(html, /twentytwentyone/);
    assert.equal(loaderTags(html).length, 1);
    browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const tab = await browser.newPage();
    try {
      await tab.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
      await tab.goto(pages.author);
      await tab.waitForFunction(() => document.querySelector('course-card')?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') === 'content');
    } finally {
      await tab.close();
    }
  } finally {
    await wp.php(`switch_theme( 'twentytwentythree' );`);
  }
});

test('the privacy-policy guide gets the plugin’s suggested text', { timeout: 60_000 }, async () => {
  const { tab, context } = await loggedIn('administrator');
  try {
    await tab.goto(`${wp.url}/wp-admin/privacy-policy-guide.php`);
    const guide = await tab.textContent('#wpbody-content');
    assert.match(guide, /Learning circle widgets/);
    assert.match(guide, /sign up for a learning circle, the name, email address and any answers you give go to P2PU/);
  } finally {
    await context.close();
  }
});

test('WordPress logged no PHP notice from the plugin', () => {
  const lines = wp.debugLog().split('\n').filter((line) => line.includes(`/plugins/${PLUGIN}/`));
  assert.deepEqual(lines, []);
});

test('deleting the plugin removes its settings and the kept team list (uninstall.php)', async () => {
  const result = await wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
WP_Filesystem();
deactivate_plugins( '${PLUGIN}/${PLUGIN}.php' );
$teams = 'lcw_teams_' . md5( get_option( 'learning_circle_widgets' )['endpoint'] );
$before = false !== get_option( 'learning_circle_widgets' ) && false !== get_transient( $teams );
$deleted = delete_plugins( array( '${PLUGIN}/${PLUGIN}.php' ) );
wp_cache_flush();
echo wp_json_encode( array( 'before' => $before, 'deleted' => true === $deleted, 'after' => get_option( 'learning_circle_widgets', 'gone' ), 'teams' => get_transient( $teams ) ) );`,
    { user: 'administrator' },
  );
  assert.deepEqual(result, { before: true, deleted: true, after: 'gone', teams: false });
});
