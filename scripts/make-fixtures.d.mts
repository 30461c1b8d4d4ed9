/** Types of make-fixtures.mjs, for the benchmark that imports it. */
export function makeTextPdf(options: { title: string; author: string; pages: string[][] }): Promise<Uint8Array>;
export function makeScannedPdf(): Promise<Uint8Array>;
export function encryptPdf(pdf: Uint8Array): Buffer;
export function makeDocx(paragraphs: string[]): Promise<Uint8Array>;
export const REPORT_PAGES: string[][];
export const INTERVIEW: string[];
