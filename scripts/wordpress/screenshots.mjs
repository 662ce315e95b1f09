// The pictures of docs/wordpress.md, taken from a real WordPress (scripts/wordpress/harness.mjs:
// Debian's 6.1, block theme Twenty Twenty-Three) with the plugin installed and activated, against the
// local P2PU API (server/), in headless Chromium:
//   docs/wordpress/finder-page.png   the public page made with the finder block
//   docs/wordpress/settings.png      Settings → Learning circles
//   docs/wordpress/block-editor.png  the finder block selected in the block editor, its sidebar open
//   docs/wordpress/shortcodes.png    the classic editor's Text tab with two shortcodes
//
//   node scripts/wordpress/screenshots.mjs
//
// Needs `npm run build` first (dist/); ports WP_SHOT_PORT (9470) and WP_SHOT_API_PORT (9471).
// Nothing leaves the machine: Chromium aborts any request not to 127.0.0.1/localhost.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from '../chromium.mjs';
import { optionsFromEnv, startApi } from '../../server/main.mjs';
import { startWordPress } from './harness.mjs';
import { PLUGIN, buildPlugin, pluginDir } from './plugin.mjs';

const root = new URL('../..', import.meta.url).pathname;
const outDir = join(root, 'docs/wordpress');
const WP_PORT = Number(process.env.WP_SHOT_PORT ?? 9470);
const API_PORT = Number(process.env.WP_SHOT_API_PORT ?? 9471);
/** The same day as the other pictures (scripts/paste-screenshots.mjs): the same circles. */
const CLOCK = new Date('2026-09-14T15:00:00Z');
const MAX_BYTES = 200 * 1024;

const toPhp = (value) => `json_decode( base64_decode( '${Buffer.from(JSON.stringify(value)).toString('base64')}' ), true )`;

function fail(message) {
  console.error(`screenshots:wordpress: ${message}`);
  process.exit(1);
}

if (!hasChromium()) fail(`no Chromium at ${chromiumPath()}. Install Debian's chromium package, or set CHROMIUM_PATH.`);

const started = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-wp-shots-'));
let api;
let wp;
let browser;
try {
  buildPlugin();
  api = await startApi({ ...optionsFromEnv({ API_PORT: String(API_PORT) }), dataDir, now: () => CLOCK });
  wp = await startWordPress({ port: WP_PORT, plugins: { [PLUGIN]: pluginDir }, log: console.log });

  // Activate, point it at the local API (a librarian leaves P2PU's address), make the two pages.
  const made = await wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( '${PLUGIN}/${PLUGIN}.php' );
if ( is_wp_error( $activated ) ) { echo wp_json_encode( array( 'error' => $activated->get_error_message() ) ); exit; }
update_option( 'learning_circle_widgets', array( 'endpoint' => ${toPhp(api.url)}, 'team_id' => '1', 'signup_page' => '/join/?circle={id}', 'country' => 'US', 'brand_color' => '#8c2f39' ) );
$page = function ( $title, $content ) {
	return wp_insert_post( wp_slash( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => 'page' ) ) );
};
$finder = $page( 'Learning circles at the library', ${toPhp('<!-- wp:paragraph -->\n<p>Free, friendly study groups that meet at the library. Pick one and sign up: it takes a minute.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:learning-circle-widgets/finder {"team":"1"} /-->')} );
$shortcodes = $page( 'Join a learning circle', ${toPhp('<p>Choose a learning circle and sign up:</p>\n[learning_circle_finder team="1" page_size="4"]\n\n<h2>Staff pick</h2>\n[learning_circle_course course="1203"]')} );
echo wp_json_encode( array( 'finder' => $finder, 'finderUrl' => get_permalink( $finder ), 'shortcodes' => $shortcodes ) );`,
    { user: 'administrator' },
  );
  if (made.error) throw new Error(`the plugin did not activate: ${made.error}`);

  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({
    viewport: { width: 1200, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    timezoneId: 'America/Chicago',
    locale: 'en-US',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const tab = await context.newPage();
  await tab.clock.setFixedTime(CLOCK);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  mkdirSync(outDir, { recursive: true });
  const shots = [];
  const shoot = async (name, options = {}) => {
    const path = join(outDir, name);
    await tab.screenshot({ path, ...options });
    const bytes = statSync(path).size;
    shots.push(`${name} (${(bytes / 1024).toFixed(0)} kB)`);
    if (bytes > MAX_BYTES) throw new Error(`${name} is ${(bytes / 1024).toFixed(0)} kB, more than ${MAX_BYTES / 1024} kB`);
  };
  const finderReady = (scope) =>
    tab
      .waitForFunction(
        (selector) => {
          const finder = document.querySelector(selector);
          const state = (el) => el?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
          const cards = [...(finder?.shadowRoot?.querySelectorAll('circle-card') ?? [])];
          return state(finder) === 'content' && cards.length > 0 && cards.every((card) => state(card) === 'content');
        },
        scope,
        { timeout: 30_000, polling: 100 },
      )
      .catch(() => {
        throw new Error(`the finder (${scope}) did not show learning circles within 30 s${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
      });

  // 1. The public page: from the page's title to the finder's second card.
  await tab.goto(made.finderUrl);
  await finderReady('circle-finder');
  await tab.evaluate(() => document.fonts.ready);
  const box = await tab.evaluate(() => {
    const title = document.querySelector('h1');
    const top = title.getBoundingClientRect().top + window.scrollY - 24;
    const cards = [...document.querySelector('circle-finder').shadowRoot.querySelectorAll('circle-card')].slice(0, 2);
    const bottom = Math.max(...cards.map((card) => card.getBoundingClientRect().bottom)) + window.scrollY + 16;
    return { y: Math.max(0, Math.floor(top)), height: Math.ceil(bottom - top) };
  });
  await shoot('finder-page.png', { fullPage: true, clip: { x: 0, y: box.y, width: 1200, height: Math.min(box.height, 1100) } });

  // Log in as the Administrator.
  await tab.goto(`${wp.url}/wp-login.php`);
  await tab.fill('#user_login', 'administrator');
  await tab.fill('#user_pass', 'password');
  await Promise.all([tab.waitForNavigation(), tab.click('#wp-submit')]);
  if (!/\/wp-admin\//.test(tab.url())) throw new Error('the Administrator could not log in');

  // 2. Settings → Learning circles.
  await tab.goto(`${wp.url}/wp-admin/options-general.php?page=${PLUGIN}`);
  await tab.waitForSelector('#lcw-endpoint');
  // The picture shows P2PU's address, as a librarian's site has it (this site uses the local API).
  await tab.evaluate((endpoint) => {
    document.querySelector('#lcw-endpoint').value = endpoint;
  }, 'https://learningcircles.p2pu.org');
  await shoot('settings.png', { fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.min(900, await tab.evaluate(() => Math.ceil(document.querySelector('.wrap').getBoundingClientRect().bottom) + 24)) } });

  // 3. The block editor: the finder block selected, its settings in the sidebar.
  await tab.goto(`${wp.url}/wp-admin/post.php?post=${made.finder}&action=edit`);
  await tab.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks?.().length > 0, null, { timeout: 60_000 });
  // Close the welcome guide, if it shows.
  await tab.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const finder = select('core/block-editor').getBlocks().find((block) => block.name === 'learning-circle-widgets/finder');
    dispatch('core/block-editor').selectBlock(finder.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  await finderReady('.editor-styles-wrapper circle-finder');
  await tab.waitForSelector('.interface-complementary-area .components-text-control__input');
  await tab.waitForTimeout(500);
  await shoot('block-editor.png');

  // 4. The classic editor's Text tab (as with the Classic Editor plugin), with shortcodes.
  const classic = join(wp.docroot, 'wp-content/mu-plugins');
  mkdirSync(classic, { recursive: true });
  await wp.php(`file_put_contents( ${toPhp(join(classic, 'classic-editor.php'))}, "<?php\\nadd_filter( 'use_block_editor_for_post', '__return_false' );\\n" );`);
  await tab.goto(`${wp.url}/wp-admin/post.php?post=${made.shortcodes}&action=edit`);
  await tab.waitForSelector('#content-html');
  await tab.click('#content-html');
  await tab.waitForSelector('#content:visible');
  await tab.waitForTimeout(300);
  await shoot('shortcodes.png', { clip: { x: 0, y: 0, width: 1200, height: 560 } });

  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`screenshots:wordpress: docs/wordpress/ ${shots.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`screenshots:wordpress: ${String(error?.message ?? error).split('\n').slice(0, 4).join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await wp?.stop();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
}
