// The WordPress plugin on a real WordPress Multisite (issue #18: "multisite activation works",
// "uninstall removes its options"). A network changes two things the single-site tests cannot see:
// only Super Admins have unfiltered_html (a site's Administrator goes through kses like an Author),
// and uninstall.php must clean every site of the network, not only the one it runs on.
//   - the plugin network-activates (activate_plugin( …, '', true ));
//   - pasted tags saved by a site Administrator (not Super Admin) keep their tags and documented
//     attributes but lose `endpoint`/`transport`, on the main site and on a second site;
//   - the main site's public page has the plugin's loader once;
//   - deleting the plugin (uninstall.php) removes the settings on every site.
//
//   node --test scripts/wordpress-multisite.test.mjs
//
// Its own WordPress (harness `multisite: true`: a sub-directory network), its own temporary folder,
// the first free port from 9480 (WP_MULTISITE_PORT). PHP's server serves the main site only; the
// second site (wpmu_create_blog) is used through PHP's CLI with switch_to_blog().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startWordPress } from './wordpress/harness.mjs';
import { PLUGIN, buildPlugin } from './wordpress/plugin.mjs';

const root = new URL('..', import.meta.url).pathname;
const MAIN = `${PLUGIN}/${PLUGIN}.php`;
const SETTINGS = { endpoint: 'https://learningcircles.p2pu.org', team_id: '1', country: 'US' };

let wp;
let buildDir;
/** The second site's id. */
let branch;

const toPhp = (value) => `json_decode( base64_decode( '${Buffer.from(JSON.stringify(value)).toString('base64')}' ), true )`;

const PASTED = `<circle-finder team-id="1" city="Riverbend" filters="q topics days" page-size="4" endpoint="http://attacker.example" transport="jsonp"><a href="https://www.p2pu.org/en/learning-circles/">Find a learning circle on P2PU</a></circle-finder>
<course-card course-id="1203" heading-level="3"><a href="https://learningcircles.p2pu.org/en/course/1203/">See this course on P2PU</a></course-card>`;

function openingTags(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? ''])),
  );
}

/** Saves a post on site `site` as `user` (kses as in the editor). */
function savePost(site, user, title) {
  return wp.phpJson(
    `switch_to_blog( ${Number(site)} );
wp_set_current_user( get_user_by( 'login', ${toPhp(user)} )->ID );
$id = wp_insert_post( wp_slash( array( 'post_title' => ${toPhp(title)}, 'post_content' => ${toPhp(PASTED)}, 'post_status' => 'publish', 'post_type' => 'post' ) ), true );
if ( is_wp_error( $id ) ) { echo wp_json_encode( array( 'error' => $id->get_error_message() ) ); exit; }
echo wp_json_encode( array( 'id' => $id, 'content' => get_post( $id )->post_content, 'url' => get_permalink( $id ), 'unfiltered' => current_user_can( 'unfiltered_html' ), 'admin' => current_user_can( 'manage_options' ) ) );`,
  );
}

before(async () => {
  if (!existsSync(join(root, 'dist/learning-circle-widgets.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    assert.equal(spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0, 'npm run build failed');
  }
  buildDir = mkdtempSync(join(tmpdir(), 'p2pu-wordpress-multisite-plugin-'));
  const built = buildPlugin({ out: buildDir });
  wp = await startWordPress({
    port: await freePort(Number(process.env.WP_MULTISITE_PORT ?? 9480)),
    multisite: true,
    plugins: { [PLUGIN]: built.dir },
    log: console.log,
  });
  console.log(`wordpress multisite: started in ${wp.startSeconds.toFixed(1)} s at ${wp.url}`);
});

after(async () => {
  try {
    await wp?.stop();
  } catch (error) {
    console.error(`wordpress multisite: cleaning up: ${error.message}`);
  }
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

test('the network has a second site and a site Administrator who is not a Super Admin', async () => {
  const result = await wp.phpJson(
    `$branch = wpmu_create_blog( ${toPhp(new URL(wp.url).host)}, '/branch/', 'Riverbend Branch', get_user_by( 'login', 'administrator' )->ID );
if ( is_wp_error( $branch ) ) { echo wp_json_encode( array( 'error' => $branch->get_error_message() ) ); exit; }
$user = wp_insert_user( array( 'user_login' => 'siteadmin', 'user_pass' => 'password', 'user_email' => 'siteadmin@example.org', 'role' => 'administrator' ) );
add_user_to_blog( $branch, $user, 'administrator' );
echo wp_json_encode( array( 'multisite' => is_multisite(), 'branch' => $branch, 'sites' => count( get_sites() ), 'super' => array( is_super_admin( get_user_by( 'login', 'administrator' )->ID ), is_super_admin( $user ) ) ) );`,
  );
  assert.ok(!result.error, result.error);
  assert.equal(result.multisite, true);
  assert.equal(result.sites, 2);
  assert.deepEqual(result.super, [true, false]);
  branch = result.branch;
});

test('the plugin network-activates', async () => {
  const result = await wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( '${MAIN}', '', true );
foreach ( array( 1, ${Number(branch)} ) as $site ) { switch_to_blog( $site ); update_option( 'learning_circle_widgets', ${toPhp(SETTINGS)} ); restore_current_blog(); }
echo wp_json_encode( array( 'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : true, 'network' => is_plugin_active_for_network( '${MAIN}' ) ) );`,
    { user: 'administrator' },
  );
  assert.deepEqual(result, { activated: true, network: true });
});

for (const [label, site] of [['the main site', () => 1], ['the second site', () => branch]]) {
  test(`on ${label}, a site Administrator’s pasted tags keep their attributes but lose endpoint and transport`, async () => {
    assert.ok(site(), 'no second site');
    const post = await savePost(site(), 'siteadmin', `Pasted by the site Administrator on ${label}`);
    assert.ok(!post.error, post.error);
    assert.equal(post.admin, true, 'siteadmin is not an Administrator of the site');
    assert.equal(post.unfiltered, false, 'a site Administrator has unfiltered_html on Multisite');
    const [finder] = openingTags(post.content, 'circle-finder');
    assert.ok(finder, `the <circle-finder> tag is gone:\n${post.content}`);
    assert.deepEqual(
      { team: finder['team-id'], city: finder.city, filters: finder.filters, size: finder['page-size'] },
      { team: '1', city: 'Riverbend', filters: 'q topics days', size: '4' },
    );
    assert.equal('endpoint' in finder, false, 'endpoint kept');
    assert.equal('transport' in finder, false, 'transport kept');
    assert.match(post.content, /<course-card course-id="1203" heading-level="3"><a href="https:\/\/learningcircles\.p2pu\.org\/en\/course\/1203\/">/);
    if (site() === 1) {
      const response = await fetch(post.url);
      assert.equal(response.status, 200, `${post.url} answered ${response.status}`);
      const html = await response.text();
      assert.ok(openingTags(html, 'circle-finder').length === 1, 'the tag is not on the public page');
      const loaders = html.match(/<script[^>]*learning-circle-widgets\/assets\/learning-circle-widgets\.js[^>]*>/g) ?? [];
      assert.equal(loaders.length, 1, `the plugin's loader is on the page ${loaders.length} times`);
      assert.match(loaders[0], /data-team-id="1"/);
    }
  });
}

test('the Super Admin keeps endpoint (unfiltered_html)', async () => {
  const post = await savePost(1, 'administrator', 'Pasted by the Super Admin');
  assert.equal(post.unfiltered, true);
  assert.equal('endpoint' in openingTags(post.content, 'circle-finder')[0], true);
});

test('WordPress logged no PHP notice from the plugin', () => {
  assert.deepEqual(wp.debugLog().split('\n').filter((line) => line.includes(`/plugins/${PLUGIN}/`)), []);
});

test('deleting the plugin removes its settings on every site of the network (uninstall.php)', async () => {
  const result = await wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
WP_Filesystem();
$sites = array( 1, ${Number(branch)} );
$before = array();
foreach ( $sites as $site ) { switch_to_blog( $site ); set_transient( 'lcw_teams_' . md5( get_option( 'learning_circle_widgets' )['endpoint'] ), array( 1 ), 900 ); $before[] = false !== get_option( 'learning_circle_widgets' ); restore_current_blog(); }
deactivate_plugins( '${MAIN}', false, true );
$deleted = delete_plugins( array( '${MAIN}' ) );
wp_cache_flush();
$after = array();
foreach ( $sites as $site ) { switch_to_blog( $site ); $after[] = array( get_option( 'learning_circle_widgets', 'gone' ), get_transient( 'lcw_teams_' . md5( 'https://learningcircles.p2pu.org' ) ) ); restore_current_blog(); }
echo wp_json_encode( array( 'before' => $before, 'deleted' => true === $deleted ? true : $deleted, 'after' => $after ) );`,
    { user: 'administrator' },
  );
  assert.deepEqual(result, { before: [true, true], deleted: true, after: [['gone', false], ['gone', false]] });
});
