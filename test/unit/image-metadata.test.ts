import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { describeMetadata, findImageMetadata, jpegLayout, stripImageMetadata } from '../../src/utils/image-metadata';
import { phonePhoto, pixelAt, withCommentAndTrailer } from '../helpers/photos';

const RED: [number, number, number] = [255, 0, 0];
const BLUE: [number, number, number] = [0, 0, 255];
/** JPEG colours are close, not exact. */
const near = (actual: readonly number[], expected: readonly number[]) => actual.every((v, i) => Math.abs(v - expected[i]!) < 40);
const raw = async (image: Buffer) => (await sharp(image).raw().toBuffer()).toString('base64');

describe('finding personal metadata in images', () => {
  it('names the blocks and what they tell of a phone photo', async () => {
    const report = await findImageMetadata(await phonePhoto({ orientation: 6 }));
    expect(report.format).toBe('jpeg');
    expect(report.blocks).toEqual(['EXIF', 'XMP']);
    expect(report.facts).toEqual(['the GPS position where it was taken', 'the date and time', 'the camera or phone model', 'serial numbers']);
    expect(report.orientation).toBe(6);
    expect(describeMetadata(report)).toBe('EXIF and XMP (the GPS position where it was taken, the date and time, the camera or phone model and serial numbers)');
  });

  it('finds comments and images appended after the picture', async () => {
    const trailer = await phonePhoto();
    const report = await findImageMetadata(withCommentAndTrailer(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer(), trailer));
    expect(report.blocks).toEqual(['comment', 'appended images']);
  });

  it('finds text chunks in a PNG', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .withExif({ IFD0: { Artist: 'Test Parent' } })
      .toBuffer();
    const report = await findImageMetadata(png);
    expect(report.blocks).toContain('EXIF');
    expect(report.facts).toEqual(["a person's name"]);
  });

  it('passes a clean image, keeping its colour profile', async () => {
    const clean = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().withIccProfile('p3').toBuffer();
    expect((await sharp(clean).metadata()).icc).toBeDefined();
    expect((await findImageMetadata(clean)).blocks).toEqual([]);
  });
});

describe('removing it', () => {
  it('cuts the blocks out of an upright JPEG, keeping the compressed picture byte for byte', async () => {
    const photo = withCommentAndTrailer(await phonePhoto(), await phonePhoto());
    const { bytes, method } = await stripImageMetadata(photo);
    expect(method).toBe('lossless');
    expect((await findImageMetadata(bytes)).blocks).toEqual([]);
    expect(bytes.length).toBeLessThan(photo.length);
    expect(await raw(bytes)).toBe(await raw(photo));
    // The scan data is the same bytes: nothing was decoded and encoded again.
    const scan = (b: Buffer) => jpegLayout(b)!.segments.filter((s) => s.marker === 0xda).map((s) => b.subarray(s.start, s.end).toString('base64'));
    expect(scan(bytes)).toEqual(scan(photo));
  });

  it('reads fill bytes before a marker, which a JPEG may have', async () => {
    const photo = await phonePhoto();
    const exif = jpegLayout(photo)!.segments.find((s) => s.marker === 0xe1)!;
    const padded = Buffer.concat([photo.subarray(0, exif.start), Buffer.from([0xff, 0xff]), photo.subarray(exif.start)]);
    expect((await findImageMetadata(padded)).blocks).toEqual(['EXIF', 'XMP']);
    const { bytes, method } = await stripImageMetadata(padded);
    expect(method).toBe('lossless');
    expect(await raw(bytes)).toBe(await raw(photo));
  });

  it('turns a photo upright by its orientation before dropping it', async () => {
    const photo = await phonePhoto({ orientation: 6 });
    // Orientation 6: the stored picture is turned a quarter to the right to be shown, so its left half (red) is on top.
    expect(near(await pixelAt(photo, 24, 2), RED)).toBe(true);
    expect(near(await pixelAt(photo, 24, 61), BLUE)).toBe(true);
    const { bytes, method } = await stripImageMetadata(photo);
    expect(method).toBe('re-encoded');
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([48, 64, 1]);
    expect((await findImageMetadata(bytes)).blocks).toEqual([]);
    expect(near(await pixelAt(bytes, 24, 2), RED)).toBe(true);
    expect(near(await pixelAt(bytes, 24, 61), BLUE)).toBe(true);
  });

  it('cleans a PNG without changing a pixel, and other formats by encoding them again', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 4, background: '#12345678' } });
    const png = await base.clone().png().withExif({ IFD0: { Artist: 'Test Parent' } }).toBuffer();
    const cleanPng = await stripImageMetadata(png);
    expect(cleanPng.method).toBe('lossless');
    expect(await raw(cleanPng.bytes)).toBe(await raw(png));
    const webp = await base.clone().webp().withExif({ IFD0: { Artist: 'Test Parent' } }).toBuffer();
    expect((await findImageMetadata(webp)).blocks).toEqual(['EXIF']);
    const cleanWebp = await stripImageMetadata(webp);
    expect(cleanWebp.method).toBe('re-encoded');
    expect((await findImageMetadata(cleanWebp.bytes)).blocks).toEqual([]);
  });

  it('keeps the colour profile', async () => {
    const photo = await sharp(await phonePhoto()).keepExif().withIccProfile('p3').toBuffer();
    const icc = (await sharp(photo).metadata()).icc;
    expect(icc).toBeDefined();
    expect((await sharp((await stripImageMetadata(photo)).bytes).metadata()).icc).toEqual(icc);
  });

  it('refuses what is not an image', async () => {
    await expect(findImageMetadata(Buffer.from('not an image'))).rejects.toThrow();
  });
});
