import sharp from 'sharp';

/** Where the test photos claim to have been taken: Null Island, a point in the sea that belongs to nobody. */
export const TEST_GPS = { GPSLatitudeRef: 'N', GPSLatitude: '0/1 0/1 1/1', GPSLongitudeRef: 'E', GPSLongitude: '0/1 0/1 1/1' };

const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="0,0.01N"><dc:creator>Test Parent</dc:creator></rdf:Description>' +
  '</rdf:RDF></x:xmpmeta>';

/**
 * A JPEG the way a phone writes one: EXIF with a GPS position, the date and time, the phone's make,
 * model and serial number, XMP, and the given EXIF orientation. The stored picture is red on the
 * left half and blue on the right, so a test can tell which way up it is shown.
 */
export async function phonePhoto(opts: { width?: number; height?: number; orientation?: number } = {}): Promise<Buffer> {
  const width = opts.width ?? 64;
  const height = opts.height ?? 48;
  const half = Math.floor(width / 2);
  const blue = await sharp({ create: { width: width - half, height, channels: 3, background: '#0000ff' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: half, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: opts.orientation ?? 1 })
    .withExifMerge({
      IFD0: { Make: 'TestPhone', Model: 'Model 12', DateTime: '2025:10:25 11:02:03' },
      IFD2: { DateTimeOriginal: '2025:10:25 11:02:03', BodySerialNumber: 'SN-0000001' },
      IFD3: TEST_GPS,
    })
    .withXmp(XMP)
    .toBuffer();
}

/** A JPEG with a comment segment inserted after its start marker and another image appended after its end. */
export function withCommentAndTrailer(jpeg: Buffer, trailer: Buffer): Buffer {
  const text = Buffer.from('Taken at the school gate', 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2), trailer]);
}

/** The colour of a pixel of an image as shown (EXIF orientation applied). */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).rotate().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}
