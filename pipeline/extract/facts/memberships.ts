/**
 * Membership facts: a corridor has a member place. Cited only where a sentence names (or refers
 * back to) the corridor together with the place: as a member the reference table lists, in a
 * list of places with membership wording, or in the corridor's own name ("Chengdu–Chongqing ...").
 */
import { isLocated, PLACE_KINDS, type SentenceContext } from '../context.js';
import type { FactDraft } from './draft.js';
import { escapeRegExp } from '../../text/escape.js';

const MEMBERSHIP_CUE =
  /\b(?:members?|covers?|covering|connect(?:s|ing)?|includ(?:es|ing)|consists?|spans?|spanning|compris(?:es|ing)|joined|linking|links|cities of)\b/i;
const CORRIDOR_ANAPHOR = /\b(?:the|this|that)\s+corridor\b/i;

export function extractMemberships(ctx: SentenceContext): FactDraft[] {
  const text = ctx.sentence.text;
  const corridorMentions = ctx.mentions.filter((m) => m.kind === 'corridor');
  // "the G60 corridor in the Yangtze River Delta connects ...": the region after "in" is where the
  // corridor lies, not the one gaining members.
  const located = (m: { start: number }) => isLocated(text, m);
  const owners = corridorMentions.some((m) => !located(m))
    ? corridorMentions.filter((m) => !located(m))
    : corridorMentions;
  const named = [...new Set(owners.map((m) => m.id))];
  const lastCorridor = ctx.recent.get('corridor');
  const corridors = named.length > 0 ? named : lastCorridor && CORRIDOR_ANAPHOR.test(text) ? [lastCorridor] : [];
  const places = [
    ...new Set(ctx.mentions.filter((m) => PLACE_KINDS.has(m.kind) && m.kind !== 'province').map((m) => m.id)),
  ];
  const facts: FactDraft[] = [];
  for (const corridor of corridors) {
    const listed = ctx.index.members.get(corridor) ?? [];
    const entity = ctx.entity(corridor);
    const inName = (id: string) => {
      const place = ctx.index.entities.get(id);
      return (
        !!entity &&
        !!place &&
        new RegExp(`(?:^|[\\s–-])${escapeRegExp(place.name)}(?:$|[\\s–-])`, 'i').test(entity.name)
      );
    };
    const cued = MEMBERSHIP_CUE.test(text) && places.length >= 2;
    // Places in an unlisted corridor's own name are hidden inside its mention: look them up by name.
    const named =
      listed.length === 0
        ? [...ctx.index.entities.values()]
            .filter((e) => PLACE_KINDS.has(e.kind) && e.kind !== 'province' && inName(e.id))
            .map((e) => e.id)
        : [];
    for (const place of new Set([...places, ...named])) {
      if (!(listed.includes(place) || (listed.length === 0 && (cued || inName(place))))) continue;
      if (listed.length > 0 && !(MEMBERSHIP_CUE.test(text) && places.filter((p) => listed.includes(p)).length >= 2))
        continue;
      facts.push({
        kind: 'membership',
        subject: corridor,
        object: place,
        date: ctx.source.published,
        text: `${ctx.index.entities.get(place)?.name ?? place} is a member of ${entity?.name ?? corridor}`,
      });
    }
  }
  return facts;
}
