import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/core/draft/parseDraft';
import { claimFor, endLeadIns } from '../../server/src/core/claims';
import { mulberry32 as rng } from '../helpers/rng';

/**
 * The reference: a lead-in line's colon as one pattern with a lookbehind, which `endLeadIns` finds from each colon
 * ending a line instead (the pattern tried its lookbehind at every character of the text). The reference's match is
 * made a period and spaces, as many characters as it had.
 */
const LEAD_IN_LINE = /(?<=(?:^|\n)[ \t>]*(?:[*_]{1,2}[^\n]{0,80}|[^\s*_][^\s:]*(?:[ \t]+[^\s:]+){0,2}))[*_]*:(?=[*_]*[ \t]*\r?\n[ \t>]*[*_]*\p{Lu})/gu;
const reference = (s: string) => s.replace(LEAD_IN_LINE, (m) => '.' + ' '.repeat(m.length - 1));

const PIECES = ['**', '*', '_', '__', ':', ':', ' ', '\t', '>', '> ', '\n', '\n', '\r\n', 'A', 'b', 'Key', 'finding', 'Tolu', 'The minister said', '19:21', ',', '(link at the bottom)', 'Él', 'x'.repeat(90), 'word word word word'];

test('lead-in colons are found as the lookbehind pattern finds them', () => {
  const r = rng(7);
  let changed = 0;
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    for (let n = 1 + Math.floor(r() * 14); n > 0; n--) s += PIECES[Math.floor(r() * PIECES.length)];
    // Runs of more than four emphasis marks before a colon are read only from their last four (no label has more).
    if (/[*_]{5,}:/.test(s)) continue;
    const want = reference(s);
    if (want !== s) changed++;
    assert.equal(endLeadIns(s), want, JSON.stringify(s));
  }
  // The generated texts hold lead-ins, not only texts that neither reading changes.
  assert.ok(changed > 100, `${changed} texts with a lead-in`);
});

test('a lead-in keeps the text its length, so the claim below it is its sentence with its period', () => {
  for (const md of ['**Alice**:\nThe council voted six to one on the budget [1].\n', 'Intro line here.\n\n**Alice Jones**__:\nThe council voted six to one on the budget [1]. And the mayor said yes [2].\n']) {
    const d = parseDraft(md);
    const got = d.citations.map((c) => {
      const claim = claimFor(d, c);
      return [claim.text, md.slice(claim.range.start, claim.range.end).trim()];
    });
    assert.deepEqual(got[0], ['The council voted six to one on the budget.', 'The council voted six to one on the budget [1].']);
    if (got[1]) assert.deepEqual(got[1], ['And the mayor said yes.', 'And the mayor said yes [2].']);
  }
  // A clause ending in a colon stays the claim's.
  const d = parseDraft('The minister said on the radio:\nThe bridge will reopen in May [1].\n');
  assert.equal(claimFor(d, d.citations[0]).text, 'The minister said on the radio: The bridge will reopen in May.');
});

test('a long run of emphasis marks before a colon is read from its last few', () => {
  const s = 'Label ' + '*'.repeat(100_000) + ':\nThe next line.';
  const out = endLeadIns(s);
  assert.equal(out.length, s.length);
  // The last four marks and the colon are the period and spaces; the marks before them stay.
  assert.ok(out.endsWith('Label ' + '*'.repeat(99_996) + '.    \nThe next line.'), out.slice(-30));
});
