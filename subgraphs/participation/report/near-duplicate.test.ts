import { boundingBox, distanceMeters } from './near-duplicate';

describe('near-duplicate geometry', () => {
  it('measures 0.0004° of latitude as about 44 m', () => {
    const d = distanceMeters({ lat: 29.18, lng: 119.43 }, { lat: 29.1804, lng: 119.43 });
    expect(Math.round(d)).toBe(44);
  });

  it('measures 0.0006° of longitude at 29° N as about 58 m', () => {
    const d = distanceMeters({ lat: 29.18, lng: 119.43 }, { lat: 29.18, lng: 119.4306 });
    expect(Math.round(d)).toBe(58);
  });

  it('builds a box containing every point within the radius', () => {
    const c = { lat: 29.18, lng: 119.43 };
    const box = boundingBox(c, 50);
    expect(distanceMeters(c, { lat: box.maxLat, lng: c.lng })).toBeCloseTo(50, 3);
    expect(distanceMeters(c, { lat: c.lat, lng: box.maxLng })).toBeGreaterThanOrEqual(49.99);
  });
});
