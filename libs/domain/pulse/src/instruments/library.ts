import type { InstrumentDefinition } from '../instrument';
import { CBI_V1 } from './cbi';
import { ENPS_V1 } from './enps';
import { OLBI_V1 } from './olbi';
import { SINGLE_ITEM_BURNOUT_V1 } from './single-item-burnout';
import { WHO5_V1 } from './who5';

/**
 * Every released version of every published instrument. Released versions are never edited:
 * a change is a new entry with a higher version, and old responses keep the version they answered.
 * Not here on purpose: MBI (proprietary), BAT and UWES (commercial use needs the authors' permission).
 */
export const INSTRUMENT_LIBRARY: readonly InstrumentDefinition[] = [CBI_V1, WHO5_V1, OLBI_V1, ENPS_V1, SINGLE_ITEM_BURNOUT_V1];

/** The given version, or the latest one when `version` is omitted; undefined when there is none. */
export function findInstrument(id: string, version?: number): InstrumentDefinition | undefined {
  const versions = INSTRUMENT_LIBRARY.filter((i) => i.id === id);
  if (version !== undefined) return versions.find((i) => i.version === version);
  return versions.reduce<InstrumentDefinition | undefined>((latest, i) => (!latest || i.version > latest.version ? i : latest), undefined);
}
