/**
 * CodeLens: above each reference definition of a draft, how often the draft cites it and how many
 * of the sentences citing it are supported ("cited 3 times · supported 2 of 3"); at the top of a
 * source file, how many drafts cite it ("cited by 2 drafts"). Each lens carries the places it
 * counts, so a click can list them.
 */
import type { Definition, DraftModel } from './draft/parseDraft';
import type { SourceIndex } from './sources/sourceIndex';
import type { ClaimEntry } from './support/claimChecks';
import type { OffsetRange } from './text';
import { Resolver } from './resolve';
import { citesIn, type ReferenceLocation } from './references';

export interface CodeLensData {
  range: OffsetRange;
  title: string;
  /** What the lens counts, for a click to show. */
  locations: ReferenceLocation[];
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * One lens per reference definition (the first of a label; a duplicate is reported, not counted).
 * `claims` are the draft's cited sentences, judged as far as the host has judged them; with
 * `support` off, only the count.
 */
export function provideDefinitionLenses(args: { path: string; draft: DraftModel; sources: SourceIndex; roots: string[]; claims: ClaimEntry[]; support: boolean }): CodeLensData[] {
  const { draft, path } = args;
  const resolver = new Resolver(path, draft, args.sources, args.roots);
  // One pass over the markers and one over the claims: what cites each definition.
  const refsOf = new Map<Definition, OffsetRange[]>();
  const linksOf = new Map<Definition, OffsetRange[]>();
  for (const c of draft.citations) {
    if (c.kind !== 'numeric') continue;
    for (const r of c.refs) {
      const def = resolver.definition(r.label);
      if (!def) continue;
      const map = c.link ? linksOf : refsOf;
      const list = map.get(def);
      if (list) list.push(r.range);
      else map.set(def, [r.range]);
    }
  }
  const claimsOf = new Map<Definition, ClaimEntry[]>();
  for (const e of args.claims) {
    const defs = new Set<Definition>();
    for (const c of e.citations) {
      if (c.kind !== 'numeric' || c.link) continue;
      for (const r of c.refs) {
        const def = resolver.definition(r.label);
        if (def) defs.add(def);
      }
    }
    for (const def of defs) {
      const list = claimsOf.get(def);
      if (list) list.push(e);
      else claimsOf.set(def, [e]);
    }
  }
  const out: CodeLensData[] = [];
  for (const def of draft.definitions) {
    if (resolver.definition(def.label) !== def) continue;
    // Markers that cite it, and reference links (`[the minutes][1]`) that only link to it.
    const refs = refsOf.get(def) ?? [];
    const links = linksOf.get(def) ?? [];
    const citing = claimsOf.get(def) ?? [];
    const locations = refs.map((range) => ({ path, range }));
    if (refs.length === 0) {
      out.push({ range: def.range, title: links.length ? `not cited · linked ${times(links.length)}` : 'not cited', locations: links.map((range) => ({ path, range })) });
      continue;
    }
    let title = `cited ${times(refs.length)}`;
    const target = resolver.resolveDefinition(def);
    if (target.status === 'unreadable') title += ' · the source cannot be read';
    else if (target.status !== 'ok') title += ' · no source to check against';
    else if (args.support && citing.length > 0) {
      const judged = citing.filter((e) => e.result);
      const supported = judged.filter((e) => e.result!.verdict === 'supported').length;
      const partly = judged.filter((e) => e.result!.verdict === 'partial').length;
      if (judged.length === 0) title += ' · being judged';
      else {
        title += ` · supported ${supported} of ${judged.length}`;
        if (partly) title += `, partly ${partly}`;
        if (judged.length < citing.length) title += ` (${citing.length - judged.length} being judged)`;
      }
    }
    out.push({ range: def.range, title, locations });
  }
  return out;
}

/** The lens at the top of a source file: the drafts (handed in by the host) that cite it, and where. */
export function provideSourceLens(target: string, drafts: { path: string; model: DraftModel }[], sources: SourceIndex, roots: string[]): CodeLensData {
  const locations: ReferenceLocation[] = [];
  let citing = 0;
  for (const d of drafts) {
    const places = citesIn(target, d.path, d.model, sources, roots, false);
    if (places.length) citing++;
    for (const range of places) locations.push({ path: d.path, range });
  }
  const title = citing === 0 ? 'not cited by any draft' : `cited by ${citing === 1 ? 'one draft' : `${citing} drafts`} · ${locations.length === 1 ? 'one citation' : `${locations.length} citations`}`;
  return { range: { start: 0, end: 0 }, title, locations };
}
