/**
 * Poppler's constants (TextOutputDev.cc), as fractions of the font size, in one place: each step of
 * the layout (words, blocks, lines, columns, rows) takes the ones it needs, and a reader comparing
 * them with poppler's source finds them under poppler's names.
 */
export const minWordBreakSpace = 0.1;
export const maxIntraLineDelta = 0.5;
export const maxLineSpacingDelta = 1.5;
export const maxBlockFontSizeDelta1 = 0.05;
export const maxBlockFontSizeDelta2 = 0.6;
export const maxBlockFontSizeDelta3 = 0.2;
export const maxWordSpacing = 1.5;
export const minColSpacing1 = 0.3;
export const minColSpacing2 = 1.0;
export const minCharSpacing = -0.2;
export const maxCharSpacing = 0.03;
export const maxWideCharSpacingMul = 1.3;
