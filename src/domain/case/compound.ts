/** Which residential compound (小区) an address names. Pure. */

export interface CompoundName {
  id: string;
  name: string;
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

/**
 * The compound whose name the address contains, the longest name winning (「明德花园二期」
 * over 「明德花园」). Null when none is named, or when two different compounds tie for the
 * longest name (the same name in two communities): guessing would file the case wrongly.
 */
export function detectCompound<C extends CompoundName>(address: string | null | undefined, compounds: readonly C[]): C | null {
  const text = address ? squeeze(address) : '';
  if (text.length < 2) return null;
  let best: C[] = [];
  let bestLength = 0;
  for (const c of compounds) {
    const name = squeeze(c.name);
    if (name.length < 2 || !text.includes(name)) continue;
    if (name.length > bestLength) {
      best = [c];
      bestLength = name.length;
    } else if (name.length === bestLength && !best.some((b) => b.id === c.id)) {
      best.push(c);
    }
  }
  return best.length === 1 ? best[0]! : null;
}
