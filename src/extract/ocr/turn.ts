/**
 * A page scanned upside down or sideways, with no tag to say so: tesseract reads it as nonsense
 * (an upside-down French invoice: 18 of its 141 words at confidence 0.8 or more, "ZT6L9SYER" for
 * a phone number). A page whose reading looks like that (looksUnread: few confident words) is read
 * again turned 180 degrees, then, while no turn reads and the page may be sideways
 * (worthQuarterTurns), a quarter turn either way; a turn that reads replaces the first reading
 * (turnedWins). A turn that fails (a time limit) leaves what was read. Only such pages pay
 * (README, "Pages stored turned", has what the test catches and what it costs).
 *
 * Why not tesseract's own orientation detection (OSD): it needs the legacy engine and
 * osd.traineddata (@tesseract.js-data/osd), a second kind of worker beside the LSTM ones, for
 * every page; this test costs nothing on pages that read.
 */
import { decodeGray } from '../image/decode.js';
import { decodePgm, encodePgm } from '../image/gray.js';
import { orientPixels, type Orientation } from '../image/orient.js';

/** What a reading's words say about it: how many, and how many read with confidence. */
export interface ReadingScore {
  words: number;
  /** Words tesseract gives CONFIDENT_WORD or more. */
  confident: number;
}

/** A word read at this confidence (0..1) or more counts as read. */
export const CONFIDENT_WORD = 0.8;

/**
 * A reading with less than this share of confident words looks unread. Measured (README, "Pages
 * stored turned"): pages read upside down or sideways 0.06-0.13; of the eval's receipt readings
 * 12 of 812 (SROIE) and 7 of 80 (German receipts) below, all badly printed and read upright.
 */
export const UNREAD_SHARE = 0.15;

/** Pages of fewer words are not judged (a blank page, a logo): nothing to gain from turning them. */
export const MIN_WORDS = 10;

export function looksUnread(s: ReadingScore): boolean {
  return s.words >= MIN_WORDS && s.confident < UNREAD_SHARE * s.words;
}

/**
 * A turned reading replaces the first when it reads (does not look unread itself) and has at
 * least twice as many confident words: a badly printed receipt read sideways gives more words, a
 * few of them confident, but no more of a share than read upright.
 */
export function turnedWins(turned: ReadingScore, first: ReadingScore): boolean {
  return !looksUnread(turned) && turned.confident >= 2 * first.confident;
}

/** The turns tried, in order (EXIF orientation values: 3 = 180 degrees, 6 and 8 = a quarter turn either way). */
export const TURNS: readonly Orientation[] = [3, 6, 8];

/**
 * Whether a page whose half turn did not read either is worth a quarter turn each way: only when
 * the half turn read about as many confident words as the first reading (at least this share).
 * A sideways page reads as badly either way up (measured 0.8-2.2 times the first reading's
 * confident words), a badly printed page read upright loses most of its few confident words upside
 * down (0.2-0.4): it then pays one extra reading, not three.
 */
export const QUARTER_TURNS_FROM = 0.5;
export const worthQuarterTurns = (halfTurn: ReadingScore, first: ReadingScore): boolean => halfTurn.confident >= QUARTER_TURNS_FROM * first.confident;

/** The image (PNG, JPEG or grey PGM bytes, as prepared for tesseract) turned as `o` says, as a grey PGM. */
export async function turnedImage(image: Uint8Array, o: Orientation): Promise<Uint8Array> {
  const grey = image[0] === 0x50 && image[1] === 0x35 ? decodePgm(image) : await decodeGray(image, 1);
  const t = orientPixels(grey.data, grey.width, grey.height, 1, o);
  return encodePgm({ width: t.width, height: t.height, data: t.data });
}
