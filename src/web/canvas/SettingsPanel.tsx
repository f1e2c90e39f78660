import { setSettings, type CanvasSettings } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, msg } from '../i18n/index.js';
import { messageOf } from '../api.js';
import type { BoardSummary } from '../apiTypes.js';
import { CanvasPanel } from './CanvasPanel.js';
import { useCanvasEditor } from './CanvasContext.js';

interface Props {
  settings: CanvasSettings;
  mapBoards: BoardSummary[];
  /** The map linked when none is chosen (the group's own for the project), if any. */
  defaultMap: BoardSummary | null;
  /** Why the workshop's maps could not be listed, if they could not. */
  mapError: Error | null;
  onClose: () => void;
}

addEnglish(canvasMessages);

const none = '';

/**
 * The canvas's link to the project's ecosystem map (anyone who edits), and whether notes may
 * be posted anonymously (the facilitator's call: DESIGN lets facilitators run the room).
 */
export function SettingsPanel({ settings, mapBoards, defaultMap, mapError, onClose }: Props) {
  const { canEdit, isFacilitator, edit } = useCanvasEditor();
  const linked = settings.map ?? none;
  const linkedKnown = linked === none || mapBoards.some((b) => b.id === linked);

  return (
    <CanvasPanel id="settings" title="Settings" closeLabel="Close settings" onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>Ecosystem map</h3>
          <label htmlFor="linked-map">Linked ecosystem map</label>
          <select
            id="linked-map"
            value={linked}
            disabled={!canEdit}
            onChange={(e) =>
              edit(msg('canvas.problem.mapNotLinked'), (doc) => setSettings(doc, { map: e.target.value === none ? null : e.target.value }))
            }
          >
            <option value={none}>{defaultMap ? `This group’s map: ${defaultMap.title}` : 'None'}</option>
            {!linkedKnown && <option value={linked}>A map not in this workshop ({linked})</option>}
            {mapBoards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
          <p className="hint">The data sources section lists the linked map’s datasets, live, with their sensitivity and access.</p>
          {mapError && <p className="field-error">The workshop’s maps could not be listed: {messageOf(mapError)}</p>}
        </div>
        <div>
          <h3>Anonymous notes</h3>
          {isFacilitator && canEdit ? (
            <label className="canvas-check">
              <input
                type="checkbox"
                checked={settings.allowAnonymous}
                onChange={(e) =>
                  edit(msg('canvas.problem.settingNotChanged'), (doc) => setSettings(doc, { allowAnonymous: e.target.checked }))
                }
              />{' '}
              Allow anonymous notes
            </label>
          ) : (
            <p>
              {settings.allowAnonymous
                ? 'Anonymous notes are allowed: tick “Post anonymously” when adding a note.'
                : 'Every note shows its author. The facilitator can allow anonymous notes.'}
            </p>
          )}
          <p className="hint">An anonymous note shows no name and records no participant id.</p>
        </div>
      </div>
    </CanvasPanel>
  );
}
