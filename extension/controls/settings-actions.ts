import slates from '../../data/slates.json';
import { colourProblems } from '../../lib/controls/palette.ts';
import { colourMap, slateColours, stringList, withSlateShown } from '../../lib/controls/settings-model.ts';
import { pauseSite, resumeSite } from '../../lib/controls/site-pause.ts';
import { enabledItem, hiddenSlatesItem, pausedSitesItem, slateColoursItem } from '../settings.ts';

// The changes the popup and the options page make, each a read-modify-write of one storage item
// (read just before writing, so a change made on another page in the meantime is kept).

/** The global on/off switch. */
export async function setEnabled(enabled: boolean): Promise<void> {
  await enabledItem.setValue(enabled);
}

export async function setSlateShown(slateId: string, shown: boolean): Promise<void> {
  const hidden = stringList(await hiddenSlatesItem.getValue());
  await hiddenSlatesItem.setValue(withSlateShown(hidden, slateId, shown));
}

export async function setSitePaused(host: string, paused: boolean): Promise<void> {
  const sites = stringList(await pausedSitesItem.getValue());
  await pausedSitesItem.setValue(paused ? pauseSite(sites, host) : resumeSite(sites, host));
}

/** Removes one entry of the paused list exactly (the options page's list). */
export async function removePausedSite(site: string): Promise<void> {
  const sites = stringList(await pausedSitesItem.getValue());
  await pausedSitesItem.setValue(sites.filter((entry) => entry !== site));
}

/**
 * Sets a slate's colour; null goes back to the corpus colour. A colour that is unreadable, or too
 * close to another slate's in use, is refused.
 */
export async function setSlateColour(slateId: string, colour: string | null): Promise<void> {
  const chosen = colourMap(await slateColoursItem.getValue());
  if (colour !== null) {
    const inUse = slateColours(slates, chosen);
    const problems = colourProblems(
      colour,
      slates
        .filter((slate) => slate.id !== slateId)
        .map((slate) => ({ ...slate, colour: inUse[slate.id] ?? slate.colour })),
    );
    if (problems.length > 0) throw new Error(`${colour} is refused: ${problems.join(' ')}`);
  }
  const others = Object.entries(chosen).filter(([id]) => id !== slateId);
  await slateColoursItem.setValue(
    Object.fromEntries(colour === null ? others : [...others, [slateId, colour]]),
  );
}
