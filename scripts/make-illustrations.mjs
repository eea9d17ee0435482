// Draws the three project illustrations in content/media/ (ornament-based, no photos
// exist for the seed content). Run: node scripts/make-illustrations.mjs
import sharp from 'sharp';

const horn = (x, y, s, color) =>
  `<path transform="translate(${x} ${y}) scale(${s})" d="M0 40c-16 0-32-8-32-22S-20 0-10 0 4 8-2 16-16 16-16 12M0 40c16 0 32-8 32-22S20 0 10 0-4 8 2 16 16 16 16 12" fill="none" stroke="${color}" stroke-width="5" stroke-linecap="round"/>`;

const themes = {
  'school-of-moms': { bg: '#0a5a78', fg: '#f6ecd6', accent: '#e0b04f' },
  'zhetysu-mentorship': { bg: '#234e3c', fg: '#e8f1ea', accent: '#e0b04f' },
  'myn-jasa': { bg: '#7a2e2a', fg: '#fbe9e0', accent: '#f0c05a' },
};

for (const [name, { bg, fg, accent }] of Object.entries(themes)) {
  const horns = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 9; col++) {
      const x = 80 + col * 140 + (row % 2) * 70;
      const y = 40 + row * 130;
      horns.push(horn(x, y, 1.2, (row + col) % 3 === 0 ? accent : fg));
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
    <rect width="1280" height="720" fill="${bg}"/>
    <g opacity="0.35">${horns.join('')}</g>
    <circle cx="640" cy="360" r="170" fill="${bg}" stroke="${accent}" stroke-width="10"/>
    <circle cx="640" cy="360" r="110" fill="none" stroke="${fg}" stroke-width="8"/>
    <path d="M640 190v340M470 360h340M520 240l240 240M760 240 520 480" stroke="${fg}" stroke-width="8" stroke-linecap="round"/>
    <circle cx="640" cy="360" r="36" fill="${accent}"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(`content/media/${name}.jpg`);
  console.log(`content/media/${name}.jpg`);
}
