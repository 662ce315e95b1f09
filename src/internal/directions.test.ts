import { expect } from '@open-wc/testing';
import { directionsUrl } from './directions.js';
import { circleFixture, onlineCircleAwayFromViewer } from '../../test/circle-card-fixtures.js';

describe('directions to a circle’s venue', () => {
  it('puts a marker at the venue’s coordinates on OpenStreetMap', () => {
    expect(directionsUrl(circleFixture())).to.equal(
      'https://www.openstreetmap.org/?mlat=43.81241&mlon=-91.25164#map=17/43.81241/-91.25164',
    );
    expect(directionsUrl(circleFixture({ latitude: -33.92487, longitude: 18.424055 }))).to.equal(
      'https://www.openstreetmap.org/?mlat=-33.92487&mlon=18.424055#map=17/-33.92487/18.424055',
    );
  });

  it('searches for the venue’s address without coordinates (or with 0, 0, which no library has)', () => {
    const noGeo = circleFixture({ latitude: null, longitude: null, venueAddress: '15 شارع محمد مظهر، الزمالك, Cairo' });
    expect(directionsUrl(noGeo)).to.equal(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent('15 شارع محمد مظهر، الزمالك, Cairo')}`,
    );
    expect(directionsUrl(circleFixture({ latitude: 0, longitude: 0 }))).to.equal(
      'https://www.openstreetmap.org/search?query=930%20E%20Monroe%20St%2C%20Riverbend',
    );
    expect(directionsUrl(circleFixture({ latitude: 43.8, longitude: null, venueAddress: '  Rue & Co #4?x=1  ' }))).to.equal(
      'https://www.openstreetmap.org/search?query=Rue%20%26%20Co%20%234%3Fx%3D1',
    );
  });

  it('never throws on text cut in half (a lone surrogate)', () => {
    expect(directionsUrl(circleFixture({ latitude: null, longitude: null, venueAddress: 'Main St \uD83D' }))).to.equal(
      'https://www.openstreetmap.org/search?query=Main%20St%20%EF%BF%BD',
    );
  });

  it('gives none for online circles, or where P2PU knows neither coordinates nor address', () => {
    expect(directionsUrl(onlineCircleAwayFromViewer(0))).to.equal(null);
    expect(directionsUrl(circleFixture({ online: true, latitude: 43.8, longitude: -91.2 }))).to.equal(null);
    expect(directionsUrl(circleFixture({ latitude: null, longitude: null, venueAddress: ' \u200B ' }))).to.equal(null);
  });
});
