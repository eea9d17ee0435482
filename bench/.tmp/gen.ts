import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { generateContent } from '../generate-content.ts';
const [work, n] = [process.argv[2]!, Number(process.argv[3])];
const root = new URL('../..', import.meta.url).pathname;
mkdirSync(join(work, 'pool'), { recursive: true });
const covers: string[] = [];
for (let i = 0; i < 24; i++) {
  const name = `bench-cover-${i}.jpg`; const hue = (i * 37) % 360;
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: `hsl(${hue}, 45%, 40%)` } })
    .composite([{ input: Buffer.from(`<svg width="1600" height="900"><circle cx="${300 + i * 40}" cy="450" r="260" fill="hsl(${(hue + 180) % 360},60%,70%)"/></svg>`) }])
    .jpeg({ quality: 80 }).toFile(join(work, 'pool', name));
  covers.push(name);
}
generateContent(join(work, 'content'), n, join(root, 'content'), { covers });
execFileSync('cp', ['-r', ...covers.map((c) => join(work, 'pool', c)), join(work, 'content', 'media')]);
