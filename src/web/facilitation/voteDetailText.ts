import votingMessages from 'virtual:messages/en/voting';
import type { VoteResult } from '../../domain/facilitation/index.js';
import { addEnglish, translate } from '../i18n/index.js';
import { voteDetailNamers } from './voteDetailNames.js';

addEnglish(votingMessages);

/**
 * An item's detail in the person's language, from its stable ids (`detailId`) and the board's own
 * words (voteDetailNames.ts): a canvas section, a reflection column, a flow kind, a map note's
 * kind and what it is pinned on. Its stored English when an id is not known here (or the item
 * came without ids, from an older server).
 */
export function voteDetailText(item: Pick<VoteResult, 'detail' | 'detailId'>): string | undefined {
  const id = item.detailId;
  if (!id) return item.detail;
  const names = voteDetailNamers;
  let words: string | undefined;
  if ('section' in id) words = names.section?.(id.section);
  else if ('column' in id) words = names.column?.(id.column);
  else if ('flowKind' in id) words = names.flowKind?.(id.flowKind);
  else {
    const kind = names.noteKind?.(id.noteKind);
    const on = id.on;
    if (!on) words = id.noteKind === null ? undefined : kind;
    else if (kind !== undefined) {
      const target =
        'actor' in on
          ? on.actor || translate('voting.detail.unnamed')
          : on.flow
            ? translate('voting.detail.theFlow', { name: on.flow })
            : translate('voting.detail.aFlow');
      words = translate('voting.detail.noteOn', { kind, target });
    }
  }
  return words ?? item.detail;
}
