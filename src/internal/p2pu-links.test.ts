import { expect } from '@open-wc/testing';
import { inLanguage, p2puTeamCirclesPage } from './p2pu-links.js';

describe('links to P2PU pages', () => {
  it('follow the widget language where P2PU has it', () => {
    const url = 'https://learningcircles.p2pu.org/en/signup/riverside-public-library-4821/';
    expect(inLanguage(url, 'es-PE')).to.equal('https://learningcircles.p2pu.org/es/signup/riverside-public-library-4821/');
    expect(inLanguage(url, 'de')).to.equal('https://learningcircles.p2pu.org/de/signup/riverside-public-library-4821/');
  });

  it('stay as they are for languages P2PU does not have, and for other addresses', () => {
    const url = 'https://learningcircles.p2pu.org/en/course/1203/';
    expect(inLanguage(url, 'af')).to.equal(url);
    expect(inLanguage('https://www.coursera.org/learn/python', 'es')).to.equal('https://www.coursera.org/learn/python');
    expect(inLanguage('https://example.org/media/x.jpg', 'fr')).to.equal('https://example.org/media/x.jpg');
    expect(inLanguage(null, 'fr')).to.equal(null);
  });
});

describe('a team’s learning circles on P2PU', () => {
  it('is P2PU’s list of learning circles with team_id, in the widget’s language where P2PU has it', () => {
    expect(p2puTeamCirclesPage(12)).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=12');
    expect(p2puTeamCirclesPage(3, 'es-PE')).to.equal('https://www.p2pu.org/es/learning-circles/?team_id=3');
    expect(p2puTeamCirclesPage(3, 'ar')).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=3');
  });
});
