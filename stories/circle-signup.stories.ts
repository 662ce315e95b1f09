import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CircleSignup } from '../src/components/circle-signup/circle-signup.js';
import { pretendOffline, storyData } from './mock-api.js';

type Args = {
  circleId: string;
  linkOut: boolean;
  privacyUrl: string;
  endpoint: string;
  width: string;
  dir: string;
  lang: string;
};

const meta: Meta<Args> = {
  title: 'Widgets/circle-signup',
  component: 'circle-signup',
  args: { circleId: '4821', linkOut: false, privacyUrl: '', endpoint: '', width: '40em', dir: '', lang: '' },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the widget (not an attribute).' },
    dir: { control: 'text', description: 'Direction of the page around the widget (not an attribute).' },
  },
  render: ({ circleId, linkOut, privacyUrl, endpoint, width, dir, lang }) => html`
    <div class="story-box story-box--${width.replace(/[^a-z0-9]/gi, '')}" dir=${dir || nothing} lang=${lang || nothing}>
      <style>
        .story-box--40em { max-width: 40em; }
        .story-box--320px { max-width: 320px; }
        .story-box--60em { max-width: 60em; }
      </style>
      <circle-signup
        circle-id=${circleId || nothing}
        ?link-out=${linkOut}
        privacy-url=${privacyUrl || nothing}
        endpoint=${endpoint || nothing}
      >
        <a href="https://www.p2pu.org/en/learning-circles/">Sign up for a learning circle on P2PU</a>
      </circle-signup>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

// ---------------------------------------------------------------------------------------------
// Driving the form from a story (as a learner would): type, tick, submit.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openForm(canvas: HTMLElement): Promise<CircleSignup> {
  const el = canvas.querySelector('circle-signup')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('form'); i++) await sleep(100);
  return el;
}

async function fillAndSubmit(canvas: HTMLElement, answers: Record<string, string | boolean>) {
  const el = await openForm(canvas);
  const root = el.shadowRoot!;
  for (const [id, value] of Object.entries(answers)) {
    const field = root.querySelector<HTMLInputElement>(`#${id}`);
    if (!field) continue;
    if (typeof value === 'boolean') {
      if (field.checked !== value) field.click();
    } else {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
  await el.updateComplete;
  CircleSignup.minimumFillMs = 0; // a story "types" faster than a person could
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  CircleSignup.minimumFillMs = 3000;
}

const learner = () => ({
  'cs-name': 'Jordan',
  'cs-email': `jordan.story.${Date.now().toString(36)}@example.org`,
  'cs-phone': '217 555 0142',
  'cs-goals': 'I want to automate spreadsheets at work.',
  'cs-support': 'I can share notes and help with setup.',
  'cs-custom': 'Something in a library, I think.',
  'cs-consent': true,
});

/** Answers the next signup POST of the page itself (one time), as a misbehaving network or server would. */
function answerNextSignup(answer: () => Promise<Response>) {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST' && String(input).includes('/api/signup/')) {
      window.fetch = original;
      return answer();
    }
    return original.call(window, input, init);
  };
}

// ---------------------------------------------------------------------------------------------
// Loading and the circle

/** While the circle loads (here P2PU never answers). */
export const Loading: Story = { tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU failed while the circle loads (its HTML error page, HTTP 500): plain words and a retry. */
export const ServerError: Story = { tags: ['fault'], parameters: storyData({ fault: 'html500' }) };

/** No network while the circle loads (the browser knows it is offline): says so, with a retry. */
export const Offline: Story = { tags: ['fault'], parameters: storyData({ fault: 'offline' }), beforeEach: pretendOffline };

/** An upcoming circle with seats left: the summary and the form. */
export const Open: Story = {};

/** The facilitator asks their own question: a further required field. */
export const WithCustomQuestion: Story = { args: { circleId: '4822' } };

/** An online circle: "Online", and the time where the learner is when their zone differs. */
export const Online: Story = { args: { circleId: '4834' } };

/** A circle that already started: the next meeting is named. */
export const InProgress: Story = { args: { circleId: '4826' } };

/** Names and questions with markup in them are shown as text. */
export const HostileStrings: Story = { args: { circleId: '4772' } };

// ---------------------------------------------------------------------------------------------
// No signup here

/** A draft: signup has not opened yet. */
export const Draft: Story = { args: { circleId: '4830' } };

/** The facilitator closed signup. */
export const Closed: Story = { args: { circleId: '4828' } };

/** The circle has ended. */
export const Completed: Story = { args: { circleId: '4827' } };

/** All seats are taken. */
export const Full: Story = { args: { circleId: '4824' } };

/** No circle has this id. */
export const NotFound: Story = { args: { circleId: '999999' } };

/** The page editor forgot the id: a message for them (and one console warning). */
export const MissingId: Story = { args: { circleId: '' } };

/** The id is not a number. */
export const InvalidId: Story = { args: { circleId: 'python-at-riverside' } };

/**
 * The page cannot send signups to P2PU (CORS, as on every library site today) or the library chose
 * `link-out`: the circle and a prominent link to its signup page on P2PU.
 */
export const LinkOut: Story = { args: { linkOut: true } };

// ---------------------------------------------------------------------------------------------
// Submitting

/** "Sign up" with nothing filled in: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  args: { circleId: '4822' },
  play: async ({ canvasElement }) => fillAndSubmit(canvasElement, { 'cs-email': 'jordan@localhost' }),
};

/** P2PU refused answers (its HTTP 200 error envelope, nested signup_questions included): shown on their fields. */
export const ServerErrors: Story = {
  args: { circleId: '4822' },
  play: async ({ canvasElement }) => {
    answerNextSignup(async () =>
      Response.json({
        status: 'error',
        errors: {
          mobile: ['Not a valid phone number'],
          signup_questions: [{ custom_question: ['Field is required'] }],
        },
      }),
    );
    await fillAndSubmit(canvasElement, learner());
  },
};

/** Waiting for P2PU's answer: the button is disabled and says so. */
export const Submitting: Story = {
  play: async ({ canvasElement }) => {
    answerNextSignup(() => new Promise<Response>(() => {}));
    await fillAndSubmit(canvasElement, learner());
  },
};

/** The network failed: nothing was sent, every answer is kept, and a retry is offered. */
export const NetworkFailure: Story = {
  play: async ({ canvasElement }) => {
    answerNextSignup(() => Promise.reject(new TypeError('Failed to fetch')));
    await fillAndSubmit(canvasElement, learner());
  },
};

/** P2PU answered with a server error: the signup may have arrived, so "not confirmed", and a safe retry. */
export const Unconfirmed: Story = {
  play: async ({ canvasElement }) => {
    answerNextSignup(async () => new Response('<h1>Server Error (500)</h1>', { status: 502 }));
    await fillAndSubmit(canvasElement, learner());
  },
};

/** Signed up (for real, against the local API): the first meeting and an "Add to calendar" download. */
export const Success: Story = {
  play: async ({ canvasElement }) => fillAndSubmit(canvasElement, learner()),
};

// ---------------------------------------------------------------------------------------------
// Layout

/** 320 px wide, the narrowest phone: the country code and the number stack. */
export const Narrow: Story = { args: { circleId: '4822', width: '320px' } };

/** Wider than the form: the summary lays its facts out in two columns. */
export const Wide: Story = { args: { width: '60em' } };

/** Right to left, in an Arabic page. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' } };
