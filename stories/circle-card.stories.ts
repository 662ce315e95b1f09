import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CircleCard } from '../src/components/circle-card/circle-card.js';
import { getClient, type LearningCircle } from '../src/api/index.js';
import { mockImage, storyData, storyEndpoint } from './mock-api.js';
import { circleFixture, onlineCircleAwayFromViewer } from '../test/circle-card-fixtures.js';

type Args = {
  circleId: string;
  circle: LearningCircle | null;
  layout: 'card' | 'list' | 'compact';
  headingLevel: number;
  signupPage: string;
  endpoint: string;
  transport: string;
  lang: string;
  dir: string;
  width: string;
};

// package.json's `sideEffects` lists only dist/, so the Storybook build drops a bare side-effect
// import of the element's module; using the class keeps the module (and its registration).
if (!customElements.get('circle-card')) customElements.define('circle-card', CircleCard);

const meta: Meta<Args> = {
  title: 'Widgets/circle-card',
  component: 'circle-card',
  args: {
    circleId: '',
    circle: null,
    layout: 'card',
    headingLevel: 3,
    signupPage: '',
    endpoint: '',
    transport: '',
    lang: 'en',
    dir: 'ltr',
    width: '22em',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'list', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    width: {
      control: 'inline-radio',
      options: ['22em', '320px', '16em', '40em', '56em'],
      description: 'Width of the box around the card (not an attribute).',
    },
    lang: { description: 'lang of the box around the card (the widget follows it).' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'dir of the box around the card.' },
    circle: { control: false },
  },
  render: (args, { loaded }) => {
    const circle = (loaded?.circle as LearningCircle | undefined) ?? args.circle;
    return html`
      <style>
        .story-box--22em { max-width: 22em; }
        .story-box--320px { max-width: 320px; }
        .story-box--16em { max-width: 16em; }
        .story-box--40em { max-width: 40em; }
        .story-box--56em { max-width: 56em; }
      </style>
      <div class="story-box story-box--${args.width.replace(/[^a-z0-9]/gi, '')}" lang=${args.lang} dir=${args.dir}>
        <circle-card
          circle-id=${args.circleId || nothing}
          .circle=${circle}
          layout=${args.layout}
          heading-level=${args.headingLevel}
          signup-page=${args.signupPage || nothing}
          endpoint=${args.endpoint || nothing}
          transport=${args.transport || nothing}
        >
          <a href="https://www.p2pu.org/en/learning-circles/">See this learning circle on P2PU</a>
        </circle-card>
      </div>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A circle read from P2PU (in Storybook, recorded answers) by the client in a loader, then given as the `circle` property. */
export const FromApi: Story = {
  loaders: [async () => ({ circle: await getClient({ endpoint: storyEndpoint() }).getCircle(4821) })],
};

// ---------- Every status ----------

/** Open for signup, starting in a few weeks, with seats left. */
export const Open: Story = { args: { circle: circleFixture({ startInDays: 24, imageUrl: mockImage('riverside-python') }) } };

/** Starts within 7 days. */
export const StartingSoon: Story = {
  args: {
    circle: circleFixture({
      id: 4760,
      name: 'Starting a Small Business',
      startInDays: 3,
      signupLimit: 20,
      signupCount: 17,
      imageUrl: mockImage('small-business'),
      course: { ...circleFixture().course, title: 'Starting a Small Business', provider: 'SCORE Mentors' },
      facilitators: ['Marcus', 'Elena'],
    }),
  },
};

/** Already meeting; learners can still join. */
export const InProgress: Story = {
  args: { circle: circleFixture({ name: 'Mindfulness at Lunchtime', startInDays: -14, weeks: 8, signupLimit: null }) },
};

/** Every seat taken: "Full", "No seats left", and "View details" instead of "Sign up". */
export const Full: Story = {
  args: { circle: circleFixture({ name: 'Personal Finance Basics', signupLimit: 10, signupCount: 10, imageUrl: mockImage('personal-finance') }) },
};

/** The facilitator closed signup before the start. */
export const Closed: Story = {
  args: { circle: circleFixture({ name: 'Web Design Fundamentals', status: 'closed', signupOpen: false, signupLimit: null }) },
};

/** The circle has ended. */
export const Completed: Story = {
  args: { circle: circleFixture({ name: 'Intro to Statistics', startInDays: -80, signupLimit: null }) },
};

/** A draft (only reachable by id): "Not published yet", no signup. */
export const Draft: Story = { args: { circleId: '4830' } };

// ---------- Content ----------

/** No image: the built-in picture, a low band in a soft hue around the brand colour, picked by the course. */
export const WithoutImage: Story = { args: { circle: circleFixture({ imageUrl: null }) } };

/** Online: the circle's own time and zone, and the viewer's local time. */
export const Online: Story = {
  args: { circle: onlineCircleAwayFromViewer(5, { imageUrl: null, signupLimit: null, facilitators: ['Tom'] }) },
};

const longCircle = circleFixture({
  name: 'Conversation Circle: Learning English Together with Neighbours from Around the World, Every Week, All Year Long',
  course: {
    ...circleFixture().course,
    title:
      'Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis: A Course About Very Long Words',
    provider: 'Lexicon Lab and the Riverbend Public Library Adult Learning Department',
  },
  facilitators: ['Maximilian-Alexander', 'Bartholomew', 'Guinevere', 'Anastasiya', 'Oluwaseun'],
  venue: 'Riverbend Main Library, Community Learning Centre, Meeting Room B (second floor, next to the lifts)',
  imageUrl: mockImage('english-conversation'),
});

/** Long names, an unbreakable word, many facilitators. */
export const LongText: Story = { args: { circle: longCircle } };

/** Markup in names and venues is shown as text, never run. */
export const HostileStrings: Story = {
  args: {
    circle: circleFixture({
      name: '<img src=x onerror=alert(1)>',
      facilitators: ['"><script>alert(1)</script>', 'Jordan'],
      venue: 'Rockridge Branch <b>Library</b>',
      city: 'Oakland',
      venueWebsite: null,
    }),
  },
};

/** German page: 24-hour times, German dates, the circle's language named. */
export const German: Story = { args: { circle: circleFixture({ imageUrl: mockImage('riverside-python') }), lang: 'de' } };

/** Right to left, on an Arabic page, with an Arabic circle. */
export const RightToLeft: Story = {
  args: {
    lang: 'ar',
    dir: 'rtl',
    circle: circleFixture({
      id: 4797,
      name: 'مقدمة في البرمجة في القاهرة',
      facilitators: ['عمر', 'ليلى'],
      venue: 'مكتبة القاهرة الكبرى',
      city: 'القاهرة',
      language: 'ar',
      timeZone: 'EET',
      utcOffsetMinutes: 120,
      course: { ...circleFixture().course, title: 'مقدمة في البرمجة', provider: 'P2PU' },
    }),
  },
};

/** 320 px wide, the narrowest phone. */
export const Narrow320: Story = { args: { circle: longCircle, width: '320px' } };

// ---------- Layouts ----------

/** `layout="card"` in a wide column: the image moves beside the text. */
export const CardWide: Story = { args: { circle: circleFixture({ imageUrl: mockImage('riverside-python') }), width: '56em' } };

/** `layout="list"`: image beside the text (stacks again when narrow). */
export const List: Story = { args: { circle: circleFixture({ imageUrl: mockImage('riverside-python') }), layout: 'list', width: '40em' } };

/** `layout="compact"`: no image, tight, for sidebars. */
export const Compact: Story = { args: { circle: circleFixture({ startInDays: 4 }), layout: 'compact', width: '16em' } };

/** The library's own signup page: the card links to `/join.html?circle=4821`. */
export const LibrarySignupPage: Story = { args: { circleId: '4821', signupPage: '/join.html?circle={id}' } };

// ---------- By circle-id ----------

/** `circle-id="4821"`: loads the circle itself. */
export const ByCircleId: Story = { args: { circleId: '4821' } };

/** While loading: a skeleton (P2PU never answers here; after 15 s the error appears). */
export const Loading: Story = { args: { circleId: '4821' }, tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** An id that does not exist. */
export const NotFound: Story = { args: { circleId: '999999' } };

/** P2PU answered with something unreadable: plain words and a retry. */
export const LoadError: Story = { args: { circleId: '4821', transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'malformed' }) };

/** A page editor typed a name instead of the number. */
export const InvalidCircleId: Story = { args: { circleId: 'Python class' } };
