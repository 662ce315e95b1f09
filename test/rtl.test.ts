import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/circle-card/circle-card.js';
import '../src/components/course-card/course-card.js';
import type { CircleCard } from '../src/components/circle-card/circle-card.js';
import type { CourseCard } from '../src/components/course-card/course-card.js';
import { circleFixture } from './circle-card-fixtures.js';
import { arabicCourse } from './course-card-fixtures.js';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('right-to-left pages (Arabic text, dir="rtl")', () => {
  it('lays a circle card out from the right: image on the right, text starting at the right edge', async () => {
    const root = await fixture(html`<div dir="rtl" lang="ar" class="rtl-page">
      <circle-card layout="list"></circle-card>
    </div>`);
    (root as HTMLElement).style.width = '700px';
    const card = root.querySelector<CircleCard>('circle-card')!;
    card.circle = circleFixture({ name: 'تعلم البرمجة بلغة بايثون', venue: 'مكتبة المدينة العامة' });
    await card.updateComplete;
    const image = part(card, 'image').getBoundingClientRect();
    const body = part(card, 'body').getBoundingClientRect();
    const frame = part(card, 'card').getBoundingClientRect();
    expect(image.left, 'image sits at the inline start (right)').to.be.greaterThan(body.left);
    const title = part(card, 'title').getBoundingClientRect();
    expect(frame.right - title.right, 'title starts near the right edge').to.be.lessThan(image.width + 48);
    expect(getComputedStyle(part(card, 'title')).direction).to.equal('rtl');
    expect(card.shadowRoot!.textContent).to.contain('تعلم البرمجة بلغة بايثون');
  });

  it('keeps a course card’s text on the right and inside the card', async () => {
    const root = await fixture(html`<div dir="rtl" lang="ar"><course-card></course-card></div>`);
    (root as HTMLElement).style.width = '360px';
    const card = root.querySelector<CourseCard>('course-card')!;
    card.course = arabicCourse;
    await card.updateComplete;
    const frame = part(card, 'card').getBoundingClientRect();
    const text = part(card, 'title-link').getBoundingClientRect();
    expect(frame.right - text.right, 'heading starts at the right edge').to.be.lessThan(40);
    expect(card.scrollWidth, 'nothing spills out sideways').to.be.at.most(card.clientWidth + 1);
  });

  it('speaks Arabic wholly on an Arabic page: Arabic words, Arabic dates, right to left', async () => {
    const root = await fixture(html`<div lang="ar"><circle-card></circle-card></div>`);
    const card = root.querySelector<CircleCard>('circle-card')!;
    card.circle = circleFixture({});
    await waitUntil(() => part(card, 'cta')?.textContent?.includes('سجّل'), 'the Arabic texts never showed');
    expect(card.shadowRoot!.querySelector('.widget')!.getAttribute('dir')).to.equal('rtl');
    // without the names that come from P2PU's data (isolated, as any data in a sentence)
    const when = (part(card, 'meta')?.textContent ?? '').replace(/\u2068[^\u2069]*\u2069/g, '');
    expect(when, 'the schedule').to.match(/[\u0600-\u06FF]/);
    expect(when, 'no English day or month names').not.to.match(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/);
  });
});
