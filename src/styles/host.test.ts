import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { buttonStyles, hostStyles } from './host.js';

class StyledProbe extends LitElement {
  static override styles = [hostStyles, buttonStyles];
  override render() {
    return html`<button class="button" type="button">Sign up</button><p>text</p><button class="button secondary" type="button">More</button>`;
  }
}
customElements.define('styled-probe', StyledProbe);

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Resolves any CSS colour (oklch included) to rgb() through a canvas. */
function toRgb(color: string): string {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

async function buttonColours(brand?: string) {
  const el = await fixture<StyledProbe>(html`<styled-probe></styled-probe>`);
  if (brand) el.style.setProperty('--p2pu-color-brand', brand);
  const style = getComputedStyle(el.shadowRoot!.querySelector('button')!);
  return { text: toRgb(style.color), background: toRgb(style.backgroundColor) };
}

describe('theme tokens', () => {
  it('keeps button text readable (WCAG AA, 4.5:1) whatever brand colour a library picks', async () => {
    for (const brand of [undefined, '#ffd60a', '#e6f4ea', '#7b2cbf', '#0057b8', '#ff6b35', '#222222', '#bada55']) {
      const { text, background } = await buttonColours(brand);
      expect(contrast(text, background), `${brand}: ${text} on ${background}`).to.be.at.least(4.4);
    }
  });

  it('keeps links and secondary buttons readable on white for light brand colours', async () => {
    for (const brand of ['#ffd60a', '#e6f4ea', '#bada55', '#0b5f68', '#7b2cbf']) {
      const el = await fixture<StyledProbe>(html`<styled-probe></styled-probe>`);
      el.style.setProperty('--p2pu-color-brand', brand);
      const secondary = getComputedStyle(el.shadowRoot!.querySelector('.secondary')!);
      expect(contrast(toRgb(secondary.color), 'rgb(255, 255, 255)'), brand).to.be.at.least(4.5);
    }
  });

  it('uses the library’s own text colour on its brand colour when it sets one', async () => {
    const el = await fixture<StyledProbe>(html`<styled-probe></styled-probe>`);
    el.style.setProperty('--p2pu-color-brand', '#003366');
    el.style.setProperty('--p2pu-color-on-brand', 'rgb(255, 240, 200)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).color).to.equal('rgb(255, 240, 200)');
  });

  it('resets the text properties hostile host pages leak into widgets', async () => {
    const wrapper = await fixture(html`<div class="hostile"><styled-probe></styled-probe></div>`);
    const hostile = wrapper as HTMLElement;
    hostile.style.cssText = 'line-height: 3; letter-spacing: 0.3em; text-align: center; text-transform: uppercase; font-family: Georgia, serif';
    const p = wrapper.querySelector('styled-probe')!.shadowRoot!.querySelector('p')!;
    const style = getComputedStyle(p);
    expect(style.textAlign).to.equal('start');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
    expect(style.fontFamily, 'the host font is inherited').to.contain('Georgia');
  });
});
