// The WordPress plugin's own strings (text domain learning-circle-widgets) in the project's nine
// languages, with GNU gettext (Debian's `gettext` package: xgettext, msgfmt, msgmerge):
//
//   node scripts/wordpress/i18n.mjs           regenerates languages/learning-circle-widgets.pot from
//                                             the PHP (and the block editor's JavaScript), checks every
//                                             .po, and compiles the .mo files and the JSON files the
//                                             block editor's script reads (wp_set_script_translations)
//   node scripts/wordpress/i18n.mjs --check   writes nothing: fails when the .pot is out of date or
//                                             a .po misses a string (for the test run)
//   node scripts/wordpress/i18n.mjs --update  also adds the .pot's new strings to every .po, untranslated
//                                             (msgmerge), for a translator to fill in
//
// Exit 1 when a .po lacks a string of the .pot (or has it fuzzy or empty), when its placeholders
// (%s, %1$s, {id}) differ from the English, or when `msgfmt --check` refuses it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const DOMAIN = 'learning-circle-widgets';
export const pluginSource = join(root, 'integrations/wordpress', DOMAIN);
export const languagesDir = join(pluginSource, 'languages');
export const potFile = join(languagesDir, `${DOMAIN}.pot`);

/** The project's languages (xliff/*.xlf) as WordPress locales, with their plural rules. */
export const LOCALES = {
  es_ES: 'nplurals=2; plural=(n != 1);',
  de_DE: 'nplurals=2; plural=(n != 1);',
  fr_FR: 'nplurals=2; plural=(n > 1);',
  pt_PT: 'nplurals=2; plural=(n != 1);',
  fi: 'nplurals=2; plural=(n != 1);',
  pl_PL: 'nplurals=3; plural=(n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);',
  ro_RO: 'nplurals=3; plural=(n == 1 ? 0 : (n == 0 || (n % 100 > 0 && n % 100 < 20)) ? 1 : 2);',
  af: 'nplurals=2; plural=(n != 1);',
  ar: 'nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);',
};

/** The script handle of the block editor's JavaScript (includes/blocks.php) and its file. */
const SCRIPTS = { 'learning-circle-widgets-blocks': 'assets/blocks.js' };

/** WordPress's translation functions, as xgettext keywords. */
const KEYWORDS = [
  '__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e',
  '_x:1,2c', '_ex:1,2c', 'esc_html_x:1,2c', 'esc_attr_x:1,2c',
  '_n:1,2', '_nx:1,2,4c', '_n_noop:1,2', '_nx_noop:1,2,3c',
];

/** The Debian package with xgettext, msgfmt and msgmerge (scripts/run-tests.mjs installs it when missing). */
export const GETTEXT_PACKAGE = 'gettext';

/** True when GNU gettext's xgettext and msgfmt run (what --check needs). */
export function hasGettext() {
  return ['xgettext', 'msgfmt'].every((command) => !spawnSync(command, ['--version'], { stdio: 'ignore' }).error);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error?.code === 'ENOENT') {
    throw new Error(`${command} is missing: it comes with GNU gettext (apt-get install -y gettext)`);
  }
  return result;
}

function filesUnder(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name), ext) : entry.name.endsWith(ext) ? [join(dir, entry.name)] : []))
    .sort();
}

/** The .pot text for the plugin's sources as they are now (no dates: the same sources, the same bytes). */
export function generatePot() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'lcw-i18n-'));
  try {
    const out = join(tmp, 'out.pot');
    const common = ['--from-code=UTF-8', '--add-comments=translators:', '--no-wrap', '--add-location=file', '--sort-by-file', ...KEYWORDS.map((k) => `--keyword=${k}`), '-o', out];
    const php = filesUnder(pluginSource, '.php').map((file) => relative(pluginSource, file));
    const js = filesUnder(join(pluginSource, 'assets'), '.js').map((file) => relative(pluginSource, file));
    for (const [language, files, join_] of [['PHP', php, []], ['JavaScript', js, ['--join-existing']]]) {
      if (files.length === 0) continue;
      const result = run('xgettext', [`--language=${language}`, ...common, ...join_, ...files], { cwd: pluginSource });
      if (result.status !== 0) throw new Error(`xgettext (${language}) failed:\n${result.stderr}`);
    }
    const body = readFileSync(out, 'utf8').replace(/^[^]*?\n\n/, ''); // xgettext's own header, with its date
    return `# The Learning circle widgets plugin's strings. Made by scripts/wordpress/i18n.mjs from the plugin's
# PHP and JavaScript: do not edit, run \`node scripts/wordpress/i18n.mjs\`.
# This file is distributed under the same license as the plugin (MIT).
msgid ""
msgstr ""
"Project-Id-Version: Learning circle widgets ${version}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Domain: ${DOMAIN}\\n"

${body}`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The entries of a .po/.pot: [{ context, id, plural, strings, fuzzy, references }] (the header left out). */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\([^"\\ntr])/g, '\\\\$1'));
  const flush = () => {
    if (entry && entry.id !== undefined && entry.id !== '') entries.push(entry);
    entry = null;
    field = null;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    entry ??= { context: '', id: undefined, plural: undefined, strings: [], fuzzy: false, references: [] };
    if (line.startsWith('#,')) entry.fuzzy ||= /\bfuzzy\b/.test(line);
    else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
    else if (line.startsWith('#')) continue;
    else {
      const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      if (match) {
        const value = unquote(match[3]);
        if (match[1] === 'msgctxt') field = ['context'];
        else if (match[1] === 'msgid') field = ['id'];
        else if (match[1] === 'msgid_plural') field = ['plural'];
        else field = ['strings', Number(match[2] ?? 0)];
        if (field.length === 1) entry[field[0]] = value;
        else entry.strings[field[1]] = value;
      } else if (/^".*"$/.test(line) && field) {
        if (field.length === 1) entry[field[0]] += unquote(line);
        else entry.strings[field[1]] += unquote(line);
      }
    }
  }
  flush();
  return entries;
}

const key = (entry) => `${entry.context}\u0004${entry.id}`;
/** printf placeholders and the plugin's {id}, sorted: a translation must keep the same ones. */
const placeholders = (text) => [...text.matchAll(/%(?:\d+\$)?[-+ 0#']*\d*(?:\.\d+)?[bcdeEfFgGosuxX]|\{id\}/g)].map((m) => m[0]).sort();

/** Problems of one .po against the .pot's entries: [] when complete. */
export function checkPo(poText, potEntries) {
  const problems = [];
  const translated = new Map(parsePo(poText).map((entry) => [key(entry), entry]));
  for (const wanted of potEntries) {
    const entry = translated.get(key(wanted));
    const label = JSON.stringify(wanted.context ? `${wanted.context}|${wanted.id}` : wanted.id);
    if (!entry) problems.push(`missing ${label}`);
    else if (entry.fuzzy) problems.push(`fuzzy ${label}`);
    else if (entry.strings.length === 0 || entry.strings.some((s) => !s)) problems.push(`untranslated ${label}`);
    else {
      const english = placeholders(wanted.plural ?? wanted.id).join(' ');
      for (const string of entry.strings) {
        if (placeholders(string).join(' ') !== english) problems.push(`placeholders differ in ${label}: ${JSON.stringify(string)}`);
      }
    }
  }
  return problems;
}

/** The JSON (Jed 1.x) file WordPress reads for a script's strings: {domain}-{locale}-{handle}.json. */
export function scriptJson(poText, locale, scriptFile) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': LOCALES[locale] } };
  for (const entry of parsePo(poText)) {
    if (entry.fuzzy || !entry.references.some((ref) => ref.replace(/:\d+$/, '') === scriptFile)) continue;
    messages[entry.context ? `${entry.context}\u0004${entry.id}` : entry.id] = entry.strings;
  }
  return `${JSON.stringify({ 'translation-revision-date': '', generator: 'scripts/wordpress/i18n.mjs', domain: 'messages', locale_data: { messages } })}\n`;
}

function main(args) {
  const check = args.includes('--check');
  const update = args.includes('--update');
  const failures = [];
  const pot = generatePot();
  if (check) {
    if (!existsSync(potFile) || readFileSync(potFile, 'utf8') !== pot) {
      failures.push(`${relative(root, potFile)} is out of date: run node scripts/wordpress/i18n.mjs`);
    }
  } else {
    writeFileSync(potFile, pot);
  }
  const potEntries = parsePo(pot);
  for (const locale of Object.keys(LOCALES)) {
    const po = join(languagesDir, `${DOMAIN}-${locale}.po`);
    if (!existsSync(po)) {
      failures.push(`${relative(root, po)} is missing`);
      continue;
    }
    if (update && !check) {
      const merged = run('msgmerge', ['--quiet', '--update', '--backup=none', '--no-fuzzy-matching', '--no-wrap', '--add-location=file', '--sort-by-file', po, potFile]);
      if (merged.status !== 0) failures.push(`msgmerge ${relative(root, po)}: ${merged.stderr.trim()}`);
    }
    const text = readFileSync(po, 'utf8');
    for (const problem of checkPo(text, potEntries)) failures.push(`${relative(root, po)}: ${problem}`);
    const mo = join(languagesDir, `${DOMAIN}-${locale}.mo`);
    const compiled = run('msgfmt', ['--check', '-o', check ? '/dev/null' : mo, po]);
    if (compiled.status !== 0) failures.push(`msgfmt --check ${relative(root, po)}:\n${compiled.stderr.trim()}`);
    if (!check) {
      for (const [handle, file] of Object.entries(SCRIPTS)) {
        writeFileSync(join(languagesDir, `${DOMAIN}-${locale}-${handle}.json`), scriptJson(text, locale, file));
      }
    }
  }
  if (failures.length > 0) {
    console.error(`wordpress i18n: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`wordpress i18n: ${potEntries.length} strings, ${Object.keys(LOCALES).length} languages complete${check ? '' : '; .pot, .mo and .json written'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`wordpress i18n: ${error.message}`);
    process.exitCode = 1;
  }
}
