/**
 * The README's exit code precedence (8 or 9 > 130 > 11 > 2 > 7 > 0), one function for a run
 * (close.ts: submit, worker, retry's runs) and for retry's runs together: the code that comes first
 * in that order, not the highest number (11 > 8, 7 > 2 as numbers).
 */
import { describe, expect, it } from 'vitest';
import { ExitCode, firstExitCode } from '../../src/errors.js';

describe('firstExitCode', () => {
  it('puts out of disk and not writable before a paused run, though 11 is the higher number', () => {
    expect(firstExitCode(ExitCode.paused, ExitCode.noSpace)).toBe(ExitCode.noSpace);
    expect(firstExitCode(ExitCode.notWritable, ExitCode.paused)).toBe(ExitCode.notWritable);
  });

  it('puts some failed before needs review, though 7 is the higher number', () => {
    expect(firstExitCode(ExitCode.someFailed, ExitCode.needsReview)).toBe(ExitCode.someFailed);
    expect(firstExitCode(ExitCode.needsReview, ExitCode.someFailed)).toBe(ExitCode.someFailed);
  });

  it('follows 8/9 > 130 > 11 > 2 > 7 > 0 in any order given', () => {
    const order = [ExitCode.noSpace, ExitCode.interrupted, ExitCode.paused, ExitCode.someFailed, ExitCode.needsReview, ExitCode.ok];
    for (let i = 0; i < order.length; i++) {
      for (let j = i; j < order.length; j++) {
        expect(firstExitCode(order[j], order[i])).toBe(order[i]);
        expect(firstExitCode(order[i], order[j])).toBe(order[i]);
      }
    }
    expect(firstExitCode(ExitCode.interrupted, ExitCode.notWritable)).toBe(ExitCode.notWritable);
  });

  it('keeps the first of 8 and 9, and is 0 for nothing', () => {
    expect(firstExitCode(ExitCode.notWritable, ExitCode.noSpace)).toBe(ExitCode.notWritable);
    expect(firstExitCode(ExitCode.noSpace, ExitCode.notWritable)).toBe(ExitCode.noSpace);
    expect(firstExitCode()).toBe(ExitCode.ok);
    expect(firstExitCode(ExitCode.ok, ExitCode.ok)).toBe(ExitCode.ok);
  });
});
