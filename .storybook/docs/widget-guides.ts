/**
 * The words for library staff on each widget's docs page, keyed by tag name: what the widget is
 * for, when a library uses it, and what to paste. Facts come from README.md and
 * docs/getting-started.md; the tables of attributes, events and parts come from
 * custom-elements.json (see manifest.ts), not from here.
 */
import { VERSION } from '../../src/version.js';
// shared with `npm run screenshots`, which photographs the same states for docs/gallery/
import mainStates from './main-states.json';

export interface WidgetExample {
  /** What this variant does, in plain words. */
  label: string;
  /** The tag(s) to paste. */
  code: string;
  /** Something else to do with it, such as a setting on the script line (Markdown). */
  note?: string;
}

export interface WidgetGuide {
  /** The page title, in plain words. */
  title: string;
  /** What the widget shows or does (Markdown, one or two sentences). */
  purpose: string;
  /** When and where a library puts it (Markdown). */
  whenToUse: string;
  /** The tag to paste, as a library would (with its own numbers). */
  snippet: string;
  /** Other common ways to paste it. */
  examples?: WidgetExample[];
  /**
   * Names of the meta's story exports shown side by side as the widget's main states. Names
   * missing from the stories file, and stories tagged `fault`, are skipped; with none left, the
   * page shows the meta's first stories.
   */
  states?: string[];
  /** Narrowest column for one state (CSS length, no rem): finders need more room than cards. */
  stateWidth?: string;
}

/** Where the library's script file is published (the version of this package, pinned). */
export const scriptBase = `https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${VERSION}/dist`;

/**
 * The script line of README.md and docs/getting-started.md. `sha384-…` stands for the version's
 * integrity code, which changes with every build: copy the real line from script-tag.txt.
 */
export const scriptLine =
  `<script src="${scriptBase}/learning-circle-widgets.js" integrity="sha384-…" crossorigin="anonymous" ` +
  `data-endpoint="https://learningcircles.p2pu.org" defer></script>`;

/** The published file that holds the exact script line, integrity code included. */
export const scriptTagUrl = `${scriptBase}/script-tag.txt`;

/** The script line followed by a widget's tag: what a page needs. */
export const pasteSnippet = (tag: string): string => `${scriptLine}\n\n${tag}`;

export const widgetGuides: Record<string, WidgetGuide> = {
  'circle-finder': {
    title: 'Circle finder',
    purpose:
      'A search for learning circles. Patrons search by words, topic, city, meeting day, and online or in ' +
      'person, see each circle as a card and go on to sign up. Circles open for signup and past circles are ' +
      'on two tabs.',
    whenToUse:
      'Put it on your "Learning circles" page. Give it your team number to show your own circles. To show ' +
      "only one branch's circles, with no search box, add the branch's city and an empty `filters`.",
    snippet:
      '<circle-finder team-id="12">\n' +
      '  <a href="https://www.p2pu.org/en/learning-circles/">Find a learning circle</a>\n' +
      '</circle-finder>',
    examples: [
      {
        label: "Only your branch's circles, no search box",
        code: '<circle-finder team-id="12" city="Springfield" filters=""></circle-finder>',
      },
    ],
    states: mainStates['circle-finder'],
    stateWidth: '30em',
  },
  'circle-card': {
    title: 'Circle card',
    purpose:
      "One learning circle as a card: its picture, name and course, when and where it meets, whether it is " +
      'open, how many seats are left, and a link to sign up.',
    whenToUse:
      'Use it to feature one circle, for example on a news item or an events page. The circle number is at ' +
      'the end of its P2PU address: `…/signup/riverside-library-4821/` is circle 4821.',
    snippet: '<circle-card circle-id="4821"></circle-card>',
    states: mainStates['circle-card'],
    stateWidth: '21em',
  },
  'circle-signup': {
    title: 'Circle signup',
    purpose:
      "A signup form for one learning circle. It shows what, when and where, and sends the learner's signup " +
      'to P2PU. Where your page cannot send signups yet, or the circle is full or closed, it shows the circle ' +
      'with a clear message or a "Sign up on P2PU" button instead. Nobody is told they are signed up unless ' +
      'P2PU confirmed it.',
    whenToUse:
      'Use it on a "Join" page. One page can serve every circle: see the second example. Learners can sign up ' +
      'on your own page only once P2PU allows your website to send signups; until then the widget sends them ' +
      'to P2PU.',
    snippet: '<circle-signup circle-id="4821"></circle-signup>',
    examples: [
      {
        label: 'One signup page for every circle (the circle finder links to it)',
        code: '<circle-signup circle-id-param="circle"></circle-signup>',
        note:
          'Paste it on a page such as `/join`, and add `data-signup-page="/join?circle={id}"` to the script ' +
          'line.',
      },
    ],
    states: mainStates['circle-signup'],
    stateWidth: '24em',
  },
  'course-card': {
    title: 'Course card',
    purpose:
      "One free course from P2PU's list: its title, who offers it, what it is about, its rating, and a " +
      'link to the learning circles that use it.',
    whenToUse:
      'Use it to recommend a course, for example in a subject guide. The course number is at the end of its ' +
      'P2PU address: `…/course/1203/` is course 1203. Add `compact` for a smaller card in a sidebar.',
    snippet: '<course-card course-id="1203"></course-card>',
    states: mainStates['course-card'],
    stateWidth: '21em',
  },
  'course-finder': {
    title: 'Course finder',
    purpose:
      "The list of P2PU's free courses, with a search box, topics, languages and a sort order, and a " +
      '"Load more" button.',
    whenToUse:
      'Use it on a page about free online courses. It can start on a topic or a language, and `filters=""` ' +
      'turns it into a plain list without search.',
    snippet: '<course-finder></course-finder>',
    examples: [
      {
        label: 'Start on one topic',
        code: '<course-finder topics="programming"></course-finder>',
      },
    ],
    states: mainStates['course-finder'],
    stateWidth: '30em',
  },
  'p2pu-config': {
    title: 'Settings for part of a page',
    purpose:
      'Holds settings, such as your team number, for every widget placed inside it. It shows nothing itself, ' +
      'except a note for you when one of its settings cannot be used.',
    whenToUse:
      'Use it when one part of a page needs other settings than the rest of the page, such as another team. ' +
      "For the whole page, put the settings on the script line instead (`data-team-id`). A widget's own " +
      'settings still win.',
    snippet: '<p2pu-config team-id="7">\n  <circle-finder></circle-finder>\n</p2pu-config>',
    states: mainStates['p2pu-config'],
    stateWidth: '24em',
  },
  'circle-flyer': {
    title: 'Flyer and poster',
    purpose:
      'A flyer to print for one learning circle, with its dates, place and a QR code to sign up; or a poster ' +
      "of your team's next learning circles. Made from P2PU's data, so it is always up to date.",
    whenToUse:
      'Put it on a page for library staff. Open the page, check the flyer and press Print (it prints on one ' +
      'page), or Save as image for social media. `format="a4"` prints on A4, `format="half"` makes a ' +
      'half-page handout, and `tear-off` adds strips with the address along the bottom.',
    snippet: '<circle-flyer circle-id="4821" library-name="Riverbend Public Library"></circle-flyer>',
    examples: [
      {
        label: "A poster of your team's next learning circles",
        code: '<circle-flyer team-id="12" library-name="Riverbend Public Library"></circle-flyer>',
      },
    ],
    states: mainStates['circle-flyer'],
    stateWidth: '32em',
  },
  'team-profile': {
    title: 'Team profile',
    purpose:
      "Your library's page on P2PU, on your own site: its name, introduction and website, the organizers " +
      'and facilitators, how many learning circles are open for signup now and how many it has run, and ' +
      "a link to all its learning circles on P2PU.",
    whenToUse:
      'Put it on an "About our learning circles" page, beside a circle finder. It shows what your team ' +
      "wrote on P2PU, so update the introduction and the people there. Your team number is in your team's " +
      'P2PU address.',
    snippet: '<team-profile team-id="12"></team-profile>',
    states: mainStates['team-profile'],
    stateWidth: '32em',
  },
  'circle-map': {
    title: 'Circle map',
    purpose:
      "Where the learning circles meet, as pins on a map, with a list of the same circles beside or below it: " +
      "a pin opens the circle's title, start date and city, with Sign up and View details. \"Near me\" centres the " +
      'map on the visitor.',
    whenToUse:
      "Put it on a library system's learning-circles page, with team-id for your own circles. It shows no " +
      'street map unless you set tile-url and tile-attribution (loading map tiles tells the tile server where ' +
      'your visitors are looking: say so in your privacy policy).',
    snippet: '<circle-map team-id="12"></circle-map>',
    states: mainStates['circle-map'],
    stateWidth: '40em',
  },
};
