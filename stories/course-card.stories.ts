import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/course-card/course-card.js';
import type { Course } from '../src/api/index.js';
import { storyData } from './mock-api.js';
import { arabicCourse, bareCourse, courseFixture, longCourse, unratedCourse } from '../test/course-card-fixtures.js';

type Args = {
  courseId: string;
  course: Course | null;
  compact: boolean;
  circlesPage: string;
  endpoint: string;
  transport: string;
  width: string;
};

const meta: Meta<Args> = {
  title: 'Widgets/course-card',
  component: 'course-card',
  args: { courseId: '', course: null, compact: false, circlesPage: '', endpoint: '', transport: '', width: '22em' },
  argTypes: {
    width: { control: 'text', description: 'Width of the box around the card (not an attribute).' },
    course: { control: false },
  },
  render: ({ courseId, course, compact, circlesPage, endpoint, transport, width }) => html`
    <div class="story-box story-box--${width.replace(/[^a-z0-9]/gi, '')}">
      <style>
        .story-box--22em { max-width: 22em; }
        .story-box--320px { max-width: 320px; }
        .story-box--48em { max-width: 48em; }
        .story-box--16em { max-width: 16em; }
      </style>
      <course-card
        course-id=${courseId || nothing}
        .course=${course}
        ?compact=${compact}
        circles-page=${circlesPage || nothing}
        endpoint=${endpoint || nothing}
        transport=${transport || nothing}
      >
        <a href="https://learningcircles.p2pu.org/en/course/${courseId || 1203}/">See this course on P2PU</a>
      </course-card>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Loaded by id from P2PU (here the local API): a well-rated, much-used course. */
export const Rated: Story = { args: { courseId: '1203' } };

/** A course nobody rated yet: "Not rated yet", no stars. */
export const Unrated: Story = { args: { courseId: '877' } };

/** Given as a property (as the course finder does): a book, never used by a circle, not on demand. */
export const UnusedBook: Story = { args: { course: unratedCourse } };

/** No caption, no provider, no topics, an unknown format; one rating. */
export const NoCaption: Story = { args: { course: bareCourse } };

/** A very long unbreakable title, many topics (five shown), a caption with markup shown as text. */
export const VeryLongTitle: Story = { args: { course: longCourse } };

/** Half stars: 4.38 is drawn as four and a half stars. */
export const HalfStars: Story = { args: { course: courseFixture({ rating: 4.38 }) } };

/** The sidebar variant: shorter caption, no topics. */
export const Compact: Story = { args: { courseId: '1203', compact: true, width: '16em' } };

/** 320 px wide, the narrowest phone. */
export const Narrow: Story = { args: { course: longCourse, width: '320px' } };

/** A wide card lays its details out beside the description. */
export const Wide: Story = { args: { courseId: '1310', width: '48em' } };

/** "See learning circles for this course" goes to the library's own page. */
export const LibraryCirclesPage: Story = { args: { courseId: '1203', circlesPage: '/circles.html?lc_course={id}' } };

/** Right to left, in an Arabic page. */
export const RightToLeft: Story = {
  args: { course: arabicCourse },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** Spanish page: the language name and numbers follow the page's language. */
export const SpanishPage: Story = {
  args: { courseId: '1601' },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/** While the course loads (here P2PU never answers). */
export const Loading: Story = { args: { courseId: '1203' }, tags: ['fault'], parameters: storyData({ fault: 'hang' }) };

/** P2PU sent an answer the card cannot read: an error with a retry. */
export const LoadError: Story = { args: { courseId: '1203', transport: 'cors' }, tags: ['fault'], parameters: storyData({ fault: 'malformed' }) };

/** The id is not a course on P2PU. */
export const NotFound: Story = { args: { courseId: '999999' } };

/** A page editor forgot the course id: the card says what is missing. */
export const MissingCourseId: Story = { args: { courseId: '' } };
