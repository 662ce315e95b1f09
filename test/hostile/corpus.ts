/**
 * Injection strings for the hostile-data tests: what a person (or an attacker) can type into a
 * learning circle, venue, course or facilitator field on P2PU, which the API hands out verbatim.
 *
 * Every payload that would run script calls `window.__pwned(label)`, and every element a payload
 * would create carries the marker `pwn` (class, id or data attribute), so a test can tell at once
 * whether anything ran or any markup was made.
 */

/** Strings that are HTML (or close to it): none of them may become markup. */
export const HTML_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned('img')" class=pwn>`,
  `<script class=pwn>window.__pwned('script')</script>`,
  `"><svg class=pwn onload="window.__pwned('svg')"></svg>`,
  `'><b class=pwn>bold</b><i class=pwn>italic</i>`,
  `</h3></a></article><h1 class=pwn>Broken out</h1>`,
  `<iframe class=pwn src="javascript:parent.__pwned('iframe')"></iframe>`,
  `<a class=pwn href="javascript:window.__pwned('link')">Click here</a>`,
  `<style class=pwn>*{display:none!important}</style>Invisible?`,
  `<details class=pwn open ontoggle="window.__pwned('details')">x</details>`,
  `<math><mtext><table><mglyph><style><img class=pwn src=x onerror="window.__pwned('mxss')">`,
  `<form class=pwn action="javascript:window.__pwned('form')"><button class=pwn>Send</button></form>`,
  `<p2pu-config class=pwn endpoint="https://evil.example"></p2pu-config><circle-signup class=pwn circle-id="1"></circle-signup>`,
  `<!-- <img class=pwn src=x onerror="window.__pwned('comment')"> -->`,
  `<![CDATA[<img class=pwn src=x onerror="window.__pwned('cdata')">]]>`,
  `&lt;b class=pwn&gt;not bold&lt;/b&gt; &amp;amp; &#60;script&#62;`,
  `<input class=pwn autofocus onfocus="window.__pwned('autofocus')">`,
  `<marquee class=pwn>scrolling</marquee><blink class=pwn>blink</blink>`,
  `<base class=pwn href="https://evil.example/"><meta class=pwn http-equiv="refresh" content="0;url=https://evil.example/">`,
];

/** Strings that break out of attributes or templates rather than elements. */
export const ATTRIBUTE_PAYLOADS: readonly string[] = [
  `" onmouseover="window.__pwned('attr-dq')" data-pwn="1`,
  `' onfocus='window.__pwned(\`attr-sq\`)' autofocus data-pwn='1`,
  '${window.__pwned("template-literal")}',
  "{{constructor.constructor('window.__pwned(\"template\")')()}}",
  '<%= 7*7 %> #{7*7} [[7*7]]',
];

/** URLs a page must never link to (or load). */
export const URL_PAYLOADS: readonly string[] = [
  "javascript:window.__pwned('js-url')",
  "JaVaScRiPt:window.__pwned('js-url-case')",
  " \tjavascript:window.__pwned('js-url-space')",
  "java\nscript:window.__pwned('js-url-newline')",
  "javascript&colon;window.__pwned('js-url-entity')",
  "data:text/html,<script>parent.__pwned('data-url')</script>",
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9Indpbmdvdy5fX3B3bmVkKCdkYXRhLXN2ZycpIi8+',
  "vbscript:msgbox('pwned')",
  '//evil.example/protocol-relative',
  'https://evil.example/"onerror="window.__pwned(\'url-quote\')',
  'https://example.org/' + 'a/'.repeat(200),
];

/** Text that is harmless as markup but hard on layout and direction. */
export const TEXT_PAYLOADS: readonly string[] = [
  'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(6),
  'W'.repeat(400),
  'Long text with spaces. '.repeat(120).trim(),
  'Abc \u202Eevil right-to-left override gnp.exe',
  '\u202Dleft-to-right override\u202E then right-to-left, never closed',
  '\u2067unclosed right-to-left isolate \u2066 and left-to-right isolate',
  'مقدمة في البرمجة Python 3 للمبتدئين',
  'Zero\u200Bwidth\u200Cjoiners\u200Dand\uFEFFno-break\u2060spaces',
  '\u200B\u200C\u200D\uFEFF',
  '🐍📚👩🏽‍💻🏳️‍🌈 Python for everyone 🎉',
  '👨‍👩‍👧‍👦'.repeat(60),
  'Z̸̧̢̛̖̞̲̈́̓̾ḁ̶̛̰̓͌l̷̨̰̈́g̶̱̓o̸̢̒ t̵̢̛̰ȩ̶̛x̴̢̛t̶̨̛ ̶c̸̨̛ǫ̴̛m̵̢̛b̴̨̛i̸̢̛n̷̨̛ȉ̶̢ň̵̨g̸̢̛ m̵̨̛a̸̢̛r̶̨̛k̶̢̛s̴̨̛',
  'Line one\nLine two\r\nLine three\tafter a tab',
  'Control\u0000characters\u0007\u001B[31m red\u001B[0m \u0008',
  'Line\u2028separator and paragraph\u2029separator',
  '\uD800 lone surrogate \uDFFF',
  '   ',
  '',
  "'; DROP TABLE learning_circles; --",
  '%3Cscript%3Ewindow.__pwned(%27encoded%27)%3C%2Fscript%3E',
];

/** The whole corpus (at least 30 strings, as the test plan asks). */
export const CORPUS: readonly string[] = [...HTML_PAYLOADS, ...ATTRIBUTE_PAYLOADS, ...URL_PAYLOADS, ...TEXT_PAYLOADS];

declare global {
  interface Window {
    __pwned?: (label: string) => void;
  }
}

/** Starts counting calls of `window.__pwned` (and `alert`, `confirm`, `prompt`); returns what ran. */
export function watchForScripts(): { ran: string[]; stop: () => void } {
  const ran: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.__pwned = (label: string) => void ran.push(label);
  window.alert = (message?: unknown) => void ran.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => (ran.push(`confirm(${String(message)})`), false);
  window.prompt = (message?: string) => (ran.push(`prompt(${String(message)})`), null);
  return {
    ran,
    stop: () => {
      delete window.__pwned;
      Object.assign(window, saved);
    },
  };
}
