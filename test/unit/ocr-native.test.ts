/**
 * The native tesseract engine's reading (TSV + hOCR) parsed into the shape tesseract.js gives
 * docparse (./src/extract/ocr/native-parse.ts), then laid out as every OCR page is; and finding the
 * program and its version.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNativeReading, hocrBaselines } from '../../src/extract/ocr/native-parse.js';
import { findOnPath, parseTesseractVersion } from '../../src/extract/ocr/native-bin.js';
import { layoutOcrLines, pageSlope } from '../../src/extract/ocr/layout.js';
import { linesOf } from '../../src/extract/ocr/recognize.js';
import { tempDir } from '../helpers/fixtures.js';
import type Tesseract from 'tesseract.js';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t1000\t800\t-1\t',
  '2\t1\t1\t0\t0\t0\t40\t30\t600\t70\t-1\t',
  '3\t1\t1\t1\t0\t0\t40\t30\t600\t70\t-1\t',
  '4\t1\t1\t1\t1\t0\t40\t30\t600\t20\t-1\t',
  '5\t1\t1\t1\t1\t1\t40\t30\t100\t20\t96.512\tTOTAL',
  '5\t1\t1\t1\t1\t2\t540\t32\t100\t20\t88.25\t12.50',
  '4\t1\t1\t1\t2\t0\t40\t80\t300\t20\t-1\t',
  '5\t1\t1\t1\t2\t1\t40\t80\t300\t20\t41.7\t27/03/2018',
  '2\t1\t2\t0\t0\t0\t700\t30\t200\t20\t-1\t',
  '3\t1\t2\t1\t0\t0\t700\t30\t200\t20\t-1\t',
  '4\t1\t2\t1\t1\t0\t700\t30\t200\t20\t-1\t',
  '5\t1\t2\t1\t1\t1\t700\t30\t200\t20\t90\tCASH',
  '',
].join('\n');

const HOCR = `<div class='ocr_page' title='image "stdin"; bbox 0 0 1000 800'>
 <div class='ocr_carea' id='block_1_1' title="bbox 40 30 640 100">
  <p class='ocr_par' title="bbox 40 30 640 100">
   <span class='ocr_line' id='line_1_1' title="bbox 40 30 640 50; baseline 0.01 -4; x_size 20">
    <span class='ocrx_word' title='bbox 40 30 140 50; x_wconf 96'>TOTAL</span></span>
   <span class='ocr_caption' id='line_1_2' title="bbox 40 80 340 100; baseline 0 -3; x_size 20"></span>
  </p></div>
 <div class='ocr_carea' title="bbox 700 30 900 50"><p class='ocr_par'>
   <span class='ocr_header' id='line_1_3' title="bbox 700 30 900 50; x_size 20"></span></p></div></div>`;

describe('parseNativeReading', () => {
  it('gives blocks, paragraphs, lines and words with boxes and float confidences, as tesseract.js does', () => {
    const page = parseNativeReading(TSV, HOCR);
    expect(page.blocks).toHaveLength(2);
    const [first, second] = page.blocks;
    expect(first.paragraphs).toHaveLength(1);
    expect(first.paragraphs[0].lines).toHaveLength(2);
    const total = first.paragraphs[0].lines[0];
    expect(total.bbox).toEqual({ x0: 40, y0: 30, x1: 640, y1: 50 });
    expect(total.words).toEqual([
      { text: 'TOTAL', bbox: { x0: 40, y0: 30, x1: 140, y1: 50 }, confidence: 96.512 },
      { text: '12.50', bbox: { x0: 540, y0: 32, x1: 640, y1: 52 }, confidence: 88.25 },
    ]);
    // hOCR's baseline (y = 0.01 x - 4 from the line box's bottom-left) as end points across the line.
    expect(total.baseline).toEqual({ x0: 40, y0: 46, x1: 640, y1: 52 });
    expect(first.paragraphs[0].lines[1].baseline).toEqual({ x0: 40, y0: 97, x1: 340, y1: 97 });
    expect(second.paragraphs[0].lines[0].baseline).toBeNull(); // a line without a baseline
    expect(page.text).toBe('TOTAL 12.50\n27/03/2018\nCASH');
    // MeanTextConf: the words' truncated confidences averaged, truncated: (96 + 88 + 41 + 90) / 4.
    expect(page.confidence).toBe(78);
  });

  it('lays out like any OCR page, the words keeping their confidences', () => {
    const page = parseNativeReading(TSV, HOCR);
    const placed: Parameters<typeof layoutOcrLines>[1] = [];
    const text = layoutOcrLines(page.blocks, placed);
    expect(text.split('\n')[0]).toMatch(/^TOTAL\s{2,}12\.50\s{2,}CASH$/u);
    expect(placed.map((w) => w.conf)).toEqual([0.96512, 0.8825, 0.9, 41.7 / 100]);
    expect(pageSlope(linesOf(page as unknown as Tesseract.Page))).toBe(0); // too few wide lines to measure a tilt
  });

  it('leaves the baselines out when hOCR and TSV disagree on the lines', () => {
    const page = parseNativeReading(TSV, '');
    expect(page.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.baseline)))).toEqual([null, null, null]);
    expect(hocrBaselines(HOCR)).toEqual([{ slope: 0.01, offset: -4 }, { slope: 0, offset: -3 }, null]);
  });

  it('reads an empty page as no blocks', () => {
    const page = parseNativeReading(TSV.split('\n').slice(0, 2).join('\n'), '');
    expect(page).toEqual({ text: '', confidence: 0, blocks: [] });
  });
});

describe('the native program', () => {
  it('is found on PATH only as an executable file', () => {
    const dir = tempDir('docparse-native-bin-');
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'tesseract'), '#!/bin/sh\n'); // not executable
    mkdirSync(join(b, 'x'));
    writeFileSync(join(b, 'tesseract'), '#!/bin/sh\n');
    chmodSync(join(b, 'tesseract'), 0o755);
    expect(findOnPath('tesseract', `${a}:${b}`)).toBe(join(b, 'tesseract'));
    expect(findOnPath('tesseract', a)).toBeNull();
    expect(findOnPath('x', b)).toBeNull(); // a folder
  });

  it('says its version on stdout (5.x) or stderr (4.x)', () => {
    expect(parseTesseractVersion('tesseract 5.3.0\n leptonica-1.82.0')).toEqual([5, 3]);
    expect(parseTesseractVersion('tesseract 4.1.1\n')).toEqual([4, 1]);
    expect(parseTesseractVersion('tesseract v5.0.0-alpha')).toEqual([5, 0]);
    expect(parseTesseractVersion('command not found')).toBeNull();
  });
});
