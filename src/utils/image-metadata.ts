/**
 * Personal metadata in image files: found, described in plain words, and removed.
 *
 * A phone photo carries EXIF (the GPS position where it was taken, the date and time, the
 * phone's model and serial numbers, the maker's notes), often XMP and IPTC as well, and
 * sometimes further images appended after the picture (a depth or HDR map with its own EXIF).
 * None of it is needed to show the picture. What is needed is kept: the pixels, the colour
 * profile (ICC), and the JPEG markers a decoder reads (JFIF, Adobe).
 *
 * Removal is lossless where it can be: a JPEG or PNG is rewritten without its metadata blocks,
 * the compressed picture kept byte for byte. A picture that needs its EXIF orientation to be
 * shown the right way up is turned upright and re-encoded instead, and so is every other
 * format (WebP, AVIF, GIF, TIFF), through sharp.
 *
 * Works on bytes only: the disk is the caller's.
 */
import exifReader from 'exif-reader';
import sharp from 'sharp';

/** A kind of metadata block found in a file. */
export type MetadataBlock = 'EXIF' | 'XMP' | 'IPTC' | 'Photoshop data' | 'comment' | 'text' | 'timestamp' | 'maker data' | 'appended images';

export interface ImageMetadataReport {
  /** sharp's name of the format (`jpeg`, `png`, `webp`, …). */
  format: string;
  /** The metadata blocks found, each once, in a stable order. */
  blocks: MetadataBlock[];
  /** What the blocks tell about the people in or behind the photo, in plain words. */
  facts: string[];
  /** EXIF orientation, 1 (upright) when absent. */
  orientation: number;
}

const BLOCK_ORDER: readonly MetadataBlock[] = ['EXIF', 'XMP', 'IPTC', 'Photoshop data', 'maker data', 'comment', 'text', 'timestamp', 'appended images'];

// JPEG markers (ITU T.81, B.1.1.3): start and end of image, start of scan, restart markers.
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP13 = 0xed;
const APP14 = 0xee;
const COM = 0xfe;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF before the marker (fill bytes before it are left out), and of the byte after the segment (its scan data included for SOS). */
  start: number;
  end: number;
}

export interface JpegLayout {
  segments: JpegSegment[];
  /** Offset just after the picture's EOI marker; anything after it is appended data. */
  end: number;
}

/** The segments of a JPEG up to its EOI marker, or undefined when the bytes are not a readable JPEG. */
export function jpegLayout(bytes: Uint8Array): JpegLayout | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return undefined;
  const segments: JpegSegment[] = [];
  let pos = 2;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    let at = pos;
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[at + 1] === 0xff) at += 1;
    const marker = bytes[at + 1];
    if (marker === undefined) return undefined;
    if (marker === EOI) {
      segments.push({ marker, start: at, end: at + 2 });
      return { segments, end: at + 2 };
    }
    if (isRestart(marker) || marker === 0x01) {
      segments.push({ marker, start: at, end: at + 2 });
      pos = at + 2;
      continue;
    }
    if (at + 3 >= bytes.length) return undefined;
    let end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end > bytes.length) return undefined;
    if (marker === SOS) {
      // The scan's entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (end < bytes.length - 1 && !(bytes[end] === 0xff && bytes[end + 1] !== 0 && !isRestart(bytes[end + 1]!))) end += 1;
    }
    segments.push({ marker, start: at, end });
    pos = end;
  }
  return undefined;
}

const startsWith = (bytes: Uint8Array, from: number, text: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(text.length, bytes.length - from)).toString('latin1') === text;

/** The metadata block a JPEG segment holds, or undefined for what a decoder needs. */
function jpegBlock(bytes: Uint8Array, segment: JpegSegment): MetadataBlock | undefined {
  const { marker, start } = segment;
  // The segment's data starts after 0xFF, the marker and the two length bytes.
  const data = start + 4;
  if (marker === APP1) return startsWith(bytes, data, 'Exif\0') ? 'EXIF' : startsWith(bytes, data, 'http') ? 'XMP' : 'maker data';
  if (marker === APP13) return startsWith(bytes, data, 'Photoshop 3.0\0') ? 'IPTC' : 'Photoshop data';
  if (marker === COM) return 'comment';
  if (marker === APP2) return startsWith(bytes, data, 'ICC_PROFILE\0') ? undefined : 'maker data';
  if (marker === APP0 || marker === APP14) return undefined;
  return marker > APP0 && marker <= 0xef ? 'maker data' : undefined;
}

// PNG (ISO/IEC 15948): an 8-byte signature, then chunks of length, type, data and CRC.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_METADATA: Record<string, MetadataBlock> = { eXIf: 'EXIF', tEXt: 'text', zTXt: 'text', iTXt: 'text', tIME: 'timestamp' };

interface PngChunk {
  type: string;
  start: number;
  end: number;
}

/** The chunks of a PNG up to IEND, or undefined when the bytes are not a readable PNG. */
export function pngChunks(bytes: Uint8Array): { chunks: PngChunk[]; end: number } | undefined {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let pos = PNG_SIGNATURE.length;
  while (pos + 12 <= bytes.length) {
    const length = view.getUint32(pos);
    const type = Buffer.from(bytes.buffer, bytes.byteOffset + pos + 4, 4).toString('latin1');
    const end = pos + 12 + length;
    if (end > bytes.length) return undefined;
    chunks.push({ type, start: pos, end });
    pos = end;
    if (type === 'IEND') return { chunks, end };
  }
  return undefined;
}

/** The metadata blocks a JPEG or PNG container holds, with what comes after its end. */
function containerBlocks(bytes: Uint8Array): MetadataBlock[] {
  const jpeg = jpegLayout(bytes);
  if (jpeg) {
    const blocks = jpeg.segments.map((s) => jpegBlock(bytes, s)).filter((b) => b !== undefined);
    return jpeg.end < bytes.length && bytes.subarray(jpeg.end).some((b) => b !== 0) ? [...blocks, 'appended images'] : blocks;
  }
  const png = pngChunks(bytes);
  if (png) return png.chunks.map((c) => PNG_METADATA[c.type]).filter((b) => b !== undefined);
  return [];
}

/** What an EXIF block tells, in plain words; nothing when it cannot be read. */
export function exifFacts(exif: Buffer): string[] {
  let tags: exifReader.Exif;
  try {
    tags = exifReader(exif);
  } catch {
    return [];
  }
  const has = (group: Readonly<Record<string, unknown>> | undefined, ...names: string[]) =>
    names.some((n) => group?.[n] !== undefined && group[n] !== '');
  const facts: string[] = [];
  if (has(tags.GPSInfo, 'GPSLatitude', 'GPSLongitude')) facts.push('the GPS position where it was taken');
  if (has(tags.Photo, 'DateTimeOriginal', 'DateTimeDigitized') || has(tags.Image, 'DateTime')) facts.push('the date and time');
  if (has(tags.Image, 'Make', 'Model') || has(tags.Photo, 'LensMake', 'LensModel')) facts.push('the camera or phone model');
  if (has(tags.Photo, 'BodySerialNumber', 'LensSerialNumber', 'ImageUniqueID') || has(tags.Image, 'CameraSerialNumber', 'ImageID')) facts.push('serial numbers');
  if (has(tags.Image, 'Artist', 'Copyright') || has(tags.Photo, 'CameraOwnerName')) facts.push("a person's name");
  if (has(tags.Photo, 'MakerNote')) facts.push("the maker's notes");
  return facts;
}

/** Finds the metadata of an image. Throws when the bytes are not an image sharp can read. */
export async function findImageMetadata(bytes: Uint8Array): Promise<ImageMetadataReport> {
  const meta = await sharp(bytes, { animated: true }).metadata();
  const found = new Set<MetadataBlock>(containerBlocks(bytes));
  if (meta.exif) found.add('EXIF');
  if (meta.xmp) found.add('XMP');
  if (meta.iptc) found.add('IPTC');
  if (meta.tifftagPhotoshop) found.add('Photoshop data');
  if (meta.comments?.length) found.add('text');
  const facts = meta.exif ? exifFacts(meta.exif) : [];
  if (meta.xmp && /GPS(Latitude|Longitude)/.test(meta.xmp.toString('utf8')) && !facts.includes('the GPS position where it was taken')) {
    facts.unshift('the GPS position where it was taken');
  }
  return { format: meta.format, blocks: BLOCK_ORDER.filter((b) => found.has(b)), facts, orientation: meta.orientation ?? 1 };
}

/** The report's findings in plain words, for a message: "EXIF and XMP (the GPS position …, the date and time)". */
export function describeMetadata(report: Pick<ImageMetadataReport, 'blocks' | 'facts'>): string {
  const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  const blocks = list(report.blocks);
  return report.facts.length ? `${blocks} (${list(report.facts)})` : blocks;
}

/** A JPEG without its metadata segments and appended data, the compressed picture unchanged. */
function stripJpeg(bytes: Uint8Array, layout: JpegLayout): Buffer {
  const kept = layout.segments.filter((s) => jpegBlock(bytes, s) === undefined);
  return Buffer.concat([bytes.subarray(0, 2), ...kept.map((s) => bytes.subarray(s.start, s.end))]);
}

/** A PNG without its text, EXIF and time chunks, the picture's chunks unchanged. */
function stripPng(bytes: Uint8Array, chunks: readonly PngChunk[]): Buffer {
  const kept = chunks.filter((c) => PNG_METADATA[c.type] === undefined);
  return Buffer.concat([bytes.subarray(0, PNG_SIGNATURE.length), ...kept.map((c) => bytes.subarray(c.start, c.end))]);
}

/** Quality of a re-encoded photo: high, since it is the source every size of the site is made from. */
const REENCODE_QUALITY = 90;

/** The picture turned upright by its EXIF orientation and encoded again in its own format, with no metadata but its colour profile. */
async function reencode(bytes: Uint8Array, format: string): Promise<Buffer> {
  const image = sharp(bytes, { animated: format === 'gif' || format === 'webp' }).rotate().keepIccProfile();
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: REENCODE_QUALITY }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: REENCODE_QUALITY }).toBuffer();
    case 'avif':
    case 'heif':
      return image.avif({ quality: REENCODE_QUALITY }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
    case 'tiff':
      return image.tiff({ quality: REENCODE_QUALITY }).toBuffer();
    default:
      throw new Error(`cannot write a ${format} image. Fix: export the picture as JPEG and replace the file.`);
  }
}

export interface StripResult {
  bytes: Buffer;
  /** How it was done: blocks cut out with the picture kept byte for byte, or the picture encoded again. */
  method: 'lossless' | 're-encoded';
}

/**
 * The image without personal metadata, shown the same way as before. Checks its own result:
 * throws rather than return a file that still carries metadata.
 */
export async function stripImageMetadata(bytes: Uint8Array): Promise<StripResult> {
  const report = await findImageMetadata(bytes);
  const jpeg = report.format === 'jpeg' ? jpegLayout(bytes) : undefined;
  const png = report.format === 'png' ? pngChunks(bytes) : undefined;
  let result: StripResult;
  if (report.orientation === 1 && jpeg) result = { bytes: stripJpeg(bytes, jpeg), method: 'lossless' };
  else if (report.orientation === 1 && png) result = { bytes: stripPng(bytes, png.chunks), method: 'lossless' };
  else result = { bytes: await reencode(bytes, report.format), method: 're-encoded' };
  const after = await findImageMetadata(result.bytes);
  if (after.blocks.length || after.orientation !== 1) {
    throw new Error(`still carries ${describeMetadata(after)} after cleaning. Fix: export the picture as a new JPEG and replace the file.`);
  }
  return result;
}
