import { checkSlateColour } from '../../lib/controls/contrast.ts';
import { colourMap, stringList, withSlateShown } from '../../lib/controls/settings-model.ts';
import { pauseSite, resumeSite } from '../../lib/controls/site-pause.ts';
import { hiddenSlatesItem, pausedSitesItem, slateColoursItem } from '../settings.ts';

// The changes the popup and the options page make, each a read-modify-write of one storage item
// (read just before writing, so a change made on another page in the meantime is kept).

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

/** Sets a slate's colour; null goes back to the corpus colour. An unreadable colour is refused. */
export async function setSlateColour(slateId: string, colour: string | null): Promise<void> {
  if (colour !== null && checkSlateColour(colour)?.readable !== true) {
    throw new Error(`${colour} is not a readable highlight colour`);
  }
  const others = Object.entries(colourMap(await slateColoursItem.getValue())).filter(
    ([id]) => id !== slateId,
  );
  await slateColoursItem.setValue(
    Object.fromEntries(colour === null ? others : [...others, [slateId, colour]]),
  );
}
