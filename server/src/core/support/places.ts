/**
 * Names WordNet gives one thing, and places within places (`places.data.ts`, built by
 * scripts/places.ts): "Peking" and "Beijing" are one; "Riyadh" is in
 * Saudi Arabia, "the Kremlin" in Moscow. A page that writes one where a sentence has the other names
 * no other thing: a capital for its country, a city for its region.
 */
import { PLACES } from './places.data';
import { isCommonWord } from './commonWords';

/** How many steps up a place's containers are read ("Munich" in Bavaria in Germany). */
const STEPS = 3;

interface Table {
  names: string[][];
  up: number[][];
  /** The lines with a name, by the name (lower case) and by the first word of a longer one when it is no common word. */
  byName: Map<string, number[]>;
  byWord: Map<string, number[]>;
  down: Map<number, number[]>;
}
let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const names: string[][] = [];
  const up: number[][] = [];
  const byName = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const down = new Map<number, number[]>();
  const add = (map: Map<string | number, number[]>, key: string | number, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  PLACES.split('\n').forEach((line, i) => {
    const [n, u] = line.split('>');
    const ns = n.split('|');
    names.push(ns);
    up.push(u ? u.split(',').map(Number) : []);
    for (const x of ns) {
      if (!x) continue;
      add(byName, x, i);
      // The first word of a longer name, as a people's word is ("Saudi" of "Saudi Arabia"; not "Jordan" of "Hashemite
      // Kingdom of Jordan", a river's name and a person's too).
      const first = x.split(/[\s-]+/)[0];
      if (first.length >= 4 && first !== x && !isCommonWord(first)) add(byWord, first, i);
    }
  });
  up.forEach((ups, i) => ups.forEach((u) => add(down as Map<string | number, number[]>, u, i)));
  table = { names, up, byName, byWord, down };
  return table;
}

/** The lines naming `name` (lower case): as a whole name, or as the first word of one ("saudi" of "saudi arabia"). */
function linesOf(t: Table, name: string): number[] {
  return [...(t.byName.get(name) ?? []), ...(t.byWord.get(name) ?? [])];
}

/** The lines a line is within, up to STEPS steps, with the line itself. */
function withUp(t: Table, line: number): Set<number> {
  const out = new Set([line]);
  let step = [line];
  for (let n = 0; n < STEPS && step.length; n++) {
    step = step.flatMap((l) => t.up[l]).filter((l) => !out.has(l));
    for (const l of step) out.add(l);
  }
  return out;
}

/** Whether two names (lower case) are one thing's, or one a place within the other's, by WordNet. */
export function samePlace(a: string, b: string): boolean {
  if (a === b) return false;
  const t = load();
  const la = linesOf(t, a);
  const lb = linesOf(t, b);
  if (!la.length || !lb.length) return false;
  const ups = la.map((l) => withUp(t, l));
  if (lb.some((l) => ups.some((u) => u.has(l)))) return true;
  return lb.some((l) => [...withUp(t, l)].some((x) => la.includes(x)));
}

/**
 * What a page may write for the place `name` (lower case) names: its other names, those of the places it is right within
 * and of those right within it; three letters or more, and no common word of its own ("Nice", "Reading", "West").
 */
export function placeNames(name: string): string[] {
  const t = load();
  const out = new Set<string>();
  for (const l of t.byName.get(name) ?? []) {
    for (const x of [l, ...t.up[l], ...(t.down.get(l) ?? [])]) for (const n of t.names[x]) out.add(n);
  }
  out.delete(name);
  return [...out].filter((n) => n.length >= 3 && (/\s/.test(n) || !isCommonWord(n)));
}
