import { expect } from '@open-wc/testing';
import { shareLink } from './share.js';
import { stubClipboard, stubShare } from '../../test/circle-actions.js';

const link = { title: 'Python at Riverside', text: 'Learning circle: Python at Riverside', url: 'https://library.example/join?c=4821' };

describe('sharing a link', () => {
  let undo: (() => void)[] = [];
  afterEach(() => {
    undo.reverse().forEach((fn) => fn());
    undo = [];
  });

  it('uses the share sheet where the browser has one', async () => {
    const shared: ShareData[] = [];
    undo.push(stubShare(async (data) => void shared.push(data)));
    const clipboard = stubClipboard();
    undo.push(clipboard.restore);
    expect(await shareLink(link)).to.equal('shared');
    expect(shared).to.deep.equal([link]);
    expect(clipboard.copied).to.deep.equal([]);
  });

  it('takes a closed share sheet as no error, and copies nothing', async () => {
    undo.push(stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError'))));
    const clipboard = stubClipboard();
    undo.push(clipboard.restore);
    expect(await shareLink(link)).to.equal('cancelled');
    expect(clipboard.copied).to.deep.equal([]);
  });

  it('copies the link when the share sheet refuses, or where there is none', async () => {
    undo.push(stubShare(() => Promise.reject(new DOMException('no activation', 'NotAllowedError'))));
    const clipboard = stubClipboard();
    undo.push(clipboard.restore);
    expect(await shareLink(link)).to.equal('copied');
    undo.push(stubShare(null));
    expect(await shareLink(link)).to.equal('copied');
    expect(clipboard.copied).to.deep.equal([link.url, link.url]);
  });

  it('copies the old way (a selected text area) without clipboard permission, and leaves nothing behind', async () => {
    undo.push(stubShare(null));
    const clipboard = stubClipboard({ allowed: false, oldWay: true });
    undo.push(clipboard.restore);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    try {
      expect(await shareLink(link)).to.equal('copied');
      expect(clipboard.copied).to.deep.equal([link.url]);
      expect(document.querySelector('textarea'), 'text area removed').to.equal(null);
      expect(document.activeElement, 'focus back where it was').to.equal(button);
    } finally {
      button.remove();
    }
  });

  it('says it failed when neither way can copy', async () => {
    undo.push(stubShare(null));
    const clipboard = stubClipboard({ allowed: false, oldWay: false });
    undo.push(clipboard.restore);
    expect(await shareLink(link)).to.equal('failed');
    expect(clipboard.copied).to.deep.equal([]);
  });
});
