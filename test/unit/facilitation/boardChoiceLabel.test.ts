import { describe, expect, it } from 'vitest';
import { boardChoiceLabel } from '../../../src/web/facilitation/boardChoiceLabel.js';

const groups = [
  { id: 'g1', name: 'Group 1' },
  { id: 'g2', name: 'Group 2' },
];

describe('the facilitator’s board pickers name the group first', () => {
  it('two groups’ boards of one activity differ from their first words on', () => {
    const one = boardChoiceLabel({ title: 'Map the data ecosystem — Group 1', groupId: 'g1' }, groups);
    const two = boardChoiceLabel({ title: 'Map the data ecosystem — Group 2', groupId: 'g2' }, groups);
    expect(one).toBe('Group 1: Map the data ecosystem');
    expect(two).toBe('Group 2: Map the data ecosystem');
    expect(one.slice(0, 8)).not.toBe(two.slice(0, 8));
  });

  it('keeps a title that does not end with the group’s name, and a board of the whole workshop as it is', () => {
    expect(boardChoiceLabel({ title: 'Our map', groupId: 'g2' }, groups)).toBe('Group 2: Our map');
    expect(boardChoiceLabel({ title: 'Plenary map', groupId: null }, groups)).toBe('Plenary map');
    expect(boardChoiceLabel({ title: 'Old map — Gone', groupId: 'gone' }, groups)).toBe('Old map — Gone');
  });
});
