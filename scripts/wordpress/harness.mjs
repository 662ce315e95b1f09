// A real WordPress for tests, from Debian's packages, on loopback only, in one temporary folder:
// MariaDB on a private datadir and socket (no TCP, no system service), a copy of Debian's
// /usr/share/wordpress with our own wp-config.php (Debian's reads /etc/wordpress/config-<host>.php,
// which we leave alone), PHP's built-in server, and a site installed without the web installer.
//
//   import { startWordPress } from './scripts/wordpress/harness.mjs';
//   const wp = await startWordPress({ port: 9410 });
//   await wp.php(`echo get_bloginfo('name');`, { user: 'author' });
//   await wp.setUnfilteredHtmlDisallowed(true);
//   await wp.stop();
//
// `node scripts/wordpress/harness.mjs` starts one, prints its address and the users, and stops
// on Ctrl+C. Packages (installed with apt-get when missing and running as root):
// wordpress, its two themes, mariadb-server, php-cli, php-mysql.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const WORDPRESS_DIR = '/usr/share/wordpress';
export const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'wordpress-theme-twentytwentyone',
  'mariadb-server',
  'php-cli',
  'php-mysql',
];
/** The users the site is installed with, one per role; every password is `password`. */
export const USERS = ['administrator', 'editor', 'author', 'contributor'];
export const PASSWORD = 'password';

const THEMES = { block: 'twentytwentythree', classic: 'twentytwentyone' };

/** What is missing for a WordPress: a list of packages (empty when all are there). */
export function missingPackages() {
  const missing = [];
  const has = (path) => existsSync(path);
  if (!has(join(WORDPRESS_DIR, 'wp-load.php'))) missing.push('wordpress');
  for (const theme of Object.values(THEMES)) {
    if (!has(join(WORDPRESS_DIR, 'wp-content/themes', theme, 'style.css'))) missing.push(`wordpress-theme-${theme}`);
  }
  if (!mariadbd() || !has('/usr/bin/mariadb-install-db')) missing.push('mariadb-server');
  const php = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' });
  if (php.error) missing.push('php-cli', 'php-mysql');
  else if (php.stdout.trim() !== 'yes') missing.push('php-mysql');
  return missing;
}

function mariadbd() {
  return ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path)) ?? null;
}

/**
 * The first port from `from` to `to` that nothing listens on at 127.0.0.1 (tests running side by
 * side each get their own); throws when all are taken.
 */
export async function freePort(from, to = from + 49) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from} to ${to}`);
}

/** Installs the Debian packages when missing (as root); otherwise throws, naming them. */
export function ensurePackages({ log = console.log } = {}) {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`a real WordPress needs Debian packages that are missing (${missing.join(', ')}). Install them: sudo ${command}`);
  }
  log(`wordpress: installing ${missing.join(', ')} (${command})…`);
  // No service may start: the test starts its own MariaDB, and Apache would take port 80.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  for (const args of [['update', '-qq'], ['install', '-y', '--no-install-recommends', ...PACKAGES]]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; install them by hand: ${command}`);
  }
  const still = missingPackages();
  if (still.length > 0) throw new Error(`after apt-get, still missing: ${still.join(', ')}`);
}

/** Runs a command to its end; throws with its output when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')}… exited with ${result.status}:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

/** Hard links when on one filesystem (a copy that costs nothing), else a copy; symbolic links to their targets. */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    // Debian links some files to other packages with relative links (underscore.js →
    // ../../../javascript/underscore/…), which would point nowhere from the copy: link to their real path.
    else if (entry.isSymbolicLink()) symlinkSync(realpathSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch {
        cpSync(source, target);
      }
    }
  }
}

async function waitFor(check, what, timeoutMs, problem = () => '') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s. ${problem()}`);
}

function phpString(value) {
  return `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * Starts MariaDB, WordPress and PHP's server; resolves once the site answers.
 * @param {{port?: number, theme?: 'block'|'classic', plugins?: Record<string, string>, multisite?: boolean, log?: (line: string) => void}} options
 *   plugins: folder name in wp-content/plugins → a folder to copy there (not activated).
 *   multisite: the installed site becomes the main site of a sub-directory network (install_network()
 *   and populate_network(), then MULTISITE in wp-config.php); `administrator` is its Super Admin.
 *   PHP's server serves the main site only; further sites (wpmu_create_blog) are for PHP's CLI.
 */
export async function startWordPress({ port = 9400, theme = 'block', plugins = {}, multisite = false, log = () => {} } = {}) {
  ensurePackages({ log });
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'p2pu-wordpress-'));
  const children = [];
  let stopped = false;
  // If this process ends without stop() (a failed test's crash, Ctrl+C, the test runner's
  // SIGTERM), its servers end with it: they lead process groups of their own, which no signal
  // to this process reaches by itself.
  const killAll = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    killAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.once('exit', killAll);
  for (const signal of signals) process.once(signal, onSignal);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killAll);
    for (const signal of signals) process.off(signal, onSignal);
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Each child leads its own process group: PHP's server forks its workers into it.
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          child.kill(name);
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // 1. MariaDB: its own datadir and socket, no TCP port, as the current user.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    run('mariadb-install-db', [
      '--no-defaults', `--datadir=${datadir}`, ...user, '--auth-root-authentication-method=normal',
      '--skip-test-db', '--skip-name-resolve',
    ]);
    const dbLog = join(dir, 'mariadb.log');
    const db = spawn(mariadbd(), [
      '--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', ...user,
      `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${dbLog}`, '--skip-log-bin',
      '--innodb-buffer-pool-size=32M', '--innodb-flush-log-at-trx-commit=0', '--skip-name-resolve',
    ], { stdio: 'ignore', detached: true });
    children.push(db);
    await waitFor(
      () => existsSync(socket) || db.exitCode !== null,
      'MariaDB', 30_000,
      () => `Its log: ${dbLog}`,
    );
    if (db.exitCode !== null) throw new Error(`MariaDB stopped at once (exit ${db.exitCode}); see ${dbLog}`);
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    log(`wordpress: MariaDB up (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // 2. The site's files: Debian's WordPress, linked, with our wp-config.php and wp-content.
    const docroot = join(dir, 'site');
    linkTree(WORDPRESS_DIR, docroot);
    unlinkSync(join(docroot, 'wp-config.php'));
    for (const [name, from] of Object.entries(plugins)) {
      rmSync(join(docroot, 'wp-content/plugins', name), { recursive: true, force: true });
      cpSync(from, join(docroot, 'wp-content/plugins', name), { recursive: true });
    }
    mkdirSync(join(docroot, 'wp-content/uploads'), { recursive: true });
    const url = `http://127.0.0.1:${port}`;
    const flags = join(dir, 'flags');
    mkdirSync(flags);
    writeFileSync(join(docroot, 'wp-config.php'), wpConfig({ socket, url, flags, debugLog: join(dir, 'debug.log') }));
    writeFileSync(join(dir, 'router.php'), ROUTER.replace('__DOCROOT__', phpString(docroot)));

    // 3. Install without the web installer: wp_install() from PHP's CLI, then one user per role.
    const installed = phpRun(docroot, dir, url, INSTALL(THEMES[theme]));
    if (!/^installed$/m.test(installed)) throw new Error(`WordPress did not install:\n${installed}`);
    if (multisite) {
      const host = new URL(url).host;
      const networked = phpRun(docroot, dir, url, NETWORK(host));
      if (!/^network$/m.test(networked)) throw new Error(`the network was not set up:\n${networked}`);
      writeFileSync(join(docroot, 'wp-config.php'), wpConfig({ socket, url, flags, debugLog: join(dir, 'debug.log'), multisite: host }));
    }

    log(`wordpress: installed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // 4. PHP's built-in server on loopback, two workers (the page, and its scripts).
    const serverLog = join(dir, 'php-server.log');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(dir, 'router.php')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
    });
    let serverOutput = '';
    server.stderr.on('data', (chunk) => {
      serverOutput = (serverOutput + chunk).slice(-4000);
    });
    children.push(server);
    await waitFor(
      async () => {
        if (server.exitCode !== null) return true;
        try {
          return (await fetch(`${url}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      },
      `PHP's server on ${url}`, 15_000,
      () => serverOutput,
    );
    if (server.exitCode !== null) throw new Error(`PHP's server stopped (port ${port} taken?):\n${serverOutput}`);
    writeFileSync(serverLog, '');

    const wp = {
      url,
      dir,
      docroot,
      /** Seconds this start took. */
      startSeconds: (Date.now() - started) / 1000,
      /**
       * Runs PHP inside WordPress (wp-load.php), as `user` (a login name, one of USERS) when given,
       * so capabilities and kses apply as in the editor. Resolves with what it printed.
       */
      php: async (code, { user } = {}) => phpRun(docroot, dir, url, code, user),
      /** Like php(), for code that echoes wp_json_encode(…): the decoded value. */
      phpJson: async (code, options) => {
        const out = phpRun(docroot, dir, url, code, options?.user);
        try {
          return JSON.parse(out);
        } catch {
          throw new Error(`not JSON from PHP:\n${out}`);
        }
      },
      /** DISALLOW_UNFILTERED_HTML on or off, for the server and the CLI alike. */
      setUnfilteredHtmlDisallowed: async (on) => {
        const flag = join(flags, 'disallow-unfiltered-html');
        if (on) writeFileSync(flag, '');
        else rmSync(flag, { force: true });
      },
      /** PHP warnings and notices logged by WordPress (WP_DEBUG_LOG), '' when none. */
      debugLog: () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : ''),
      stop,
    };
    return wp;
  } catch (error) {
    await stop();
    throw new Error(`a real WordPress could not be started: ${error.message}`);
  }
}

function phpRun(docroot, dir, url, code, user) {
  const file = join(dir, `cli-${process.hrtime.bigint()}.php`);
  const host = new URL(url).host;
  writeFileSync(
    file,
    `<?php
$_SERVER['HTTP_HOST'] = ${phpString(host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${code.includes('WP_INSTALLING') ? '' : `require ${phpString(join(docroot, 'wp-load.php'))};`}
${user ? `wp_set_current_user( get_user_by( 'login', ${phpString(user)} )->ID );` : ''}
${code}
`,
  );
  try {
    return run('php', ['-d', 'display_errors=stderr', file], { cwd: docroot });
  } catch (error) {
    // WordPress hides a fatal error behind "There has been a critical error": say what it was.
    const log = join(dir, 'debug.log');
    const fatal = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => /PHP (Fatal|Parse) error/.test(line)).slice(-3) : [];
    error.message = `${fatal.join('\n') || 'PHP failed'}\n${error.message.slice(0, 2000)}`;
    throw error;
  } finally {
    rmSync(file, { force: true });
  }
}

function wpConfig({ socket, url, flags, debugLog, multisite = null }) {
  const salt = (name) => `define( '${name}', ${phpString(`p2pu-test-${name}`)} );`;
  return `<?php
// Written by scripts/wordpress/harness.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
${multisite ? `// A sub-directory network; each site's address is in its own options.
define( 'WP_ALLOW_MULTISITE', true );
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', ${phpString(multisite)} );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );` : `define( 'WP_HOME', ${phpString(url)} );
define( 'WP_SITEURL', ${phpString(url)} );`}
// Nothing may call the internet: no update checks, no cron, no outside HTTP.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${phpString(debugLog)} );
define( 'WP_DEBUG_DISPLAY', false );
if ( file_exists( ${phpString(join(flags, 'disallow-unfiltered-html'))} ) ) {
	define( 'DISALLOW_UNFILTERED_HTML', true );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

// PHP's server: files as they are, everything else through WordPress (pretty permalinks).
const ROUTER = `<?php
$docroot = __DOCROOT__;
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( file_exists( $docroot . $path ) ) {
	return false;
}
chdir( $docroot );
require $docroot . '/index.php';
`;

const INSTALL = (theme) => `
define( 'WP_INSTALLING', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail on install: there is no mail server, and nothing may leave the machine.
add_filter( 'pre_wp_mail', '__return_false' );
$result = wp_install( 'Riverbend Public Library', 'administrator', 'administrator@example.org', false, '', ${phpString(PASSWORD)} );
update_option( 'permalink_structure', '/%postname%/' );
switch_theme( ${phpString(theme)} );
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	wp_insert_user( array( 'user_login' => $role, 'user_pass' => ${phpString(PASSWORD)}, 'user_email' => $role . '@example.org', 'role' => $role ) );
}
echo "installed\\n";
`;

// The single site becomes a network's main site, as Tools → Network Setup does (network.php).
// As wp-admin/network.php does: WP_INSTALLING_NETWORK before wp-load.php (phpRun() leaves out its own
// wp-load.php for code that names WP_INSTALLING), and $wpdb told the network tables' names, or
// install_network() creates none and populate_network() writes nowhere, both without an error.
const NETWORK = (host) => `
define( 'WP_ALLOW_MULTISITE', true );
define( 'WP_INSTALLING_NETWORK', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
	$wpdb->$table = $prefixed_table;
}
add_filter( 'pre_wp_mail', '__return_false' );
install_network();
$result = populate_network( 1, ${phpString(host)}, 'administrator@example.org', 'Riverbend Libraries', '/', false );
if ( is_wp_error( $result ) && 'no_wildcard_dns' !== $result->get_error_code() ) { echo $result->get_error_message(); exit( 1 ); }
echo "network\\n";
`;

// node scripts/wordpress/harness.mjs [port]: a WordPress to look at, until Ctrl+C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 9400);
  const wp = await startWordPress({ port, log: console.log });
  console.log(`WordPress at ${wp.url}/ (admin: ${wp.url}/wp-admin/), started in ${wp.startSeconds.toFixed(1)} s`);
  console.log(`users: ${USERS.join(', ')}; password: ${PASSWORD}. Ctrl+C stops it.`);
  const quit = async () => {
    await wp.stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}
