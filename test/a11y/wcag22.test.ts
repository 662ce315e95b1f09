import { expect, fixture, html } from '@open-wc/testing';

// The component tests' accessibility checks include WCAG 2.2 AA (test/axe-wcag22.ts): a check that
// could not see a too-small target would pass widgets whose check boxes a patron cannot hit.
describe('accessibility checks cover WCAG 2.2 AA', () => {
  it('refuse two adjacent 10 px buttons (target size, 2.5.8)', async () => {
    const el = await fixture(html`<div>
      <button style="width: 10px; height: 10px; padding: 0; border: 0" aria-label="Previous"></button><button
        style="width: 10px; height: 10px; padding: 0; border: 0" aria-label="Next"></button>
    </div>`);
    await expect(el).not.to.be.accessible();
  });

  it('accept the same buttons at 24 px', async () => {
    const el = await fixture(html`<div>
      <button style="width: 24px; height: 24px; padding: 0; border: 0" aria-label="Previous"></button><button
        style="width: 24px; height: 24px; padding: 0; border: 0" aria-label="Next"></button>
    </div>`);
    await expect(el).to.be.accessible();
  });
});
