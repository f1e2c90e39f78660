import { setSettings, type CanvasSettings } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import toolMessages from 'virtual:messages/en/canvasTools';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
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
addEnglish(toolMessages);

const none = '';

/**
 * The canvas's link to the project's ecosystem map (anyone who edits), and whether notes may
 * be posted anonymously (the facilitator's call: DESIGN lets facilitators run the room).
 */
export function SettingsPanel({ settings, mapBoards, defaultMap, mapError, onClose }: Props) {
  const { t } = useI18n();
  const { canEdit, isFacilitator, edit } = useCanvasEditor();
  const linked = settings.map ?? none;
  const linkedKnown = linked === none || mapBoards.some((b) => b.id === linked);

  return (
    <CanvasPanel id="settings" title={t('canvasTools.settings.title')} closeLabel={t('canvasTools.settings.close')} onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>{t('canvasTools.settings.map.title')}</h3>
          <label htmlFor="linked-map">{t('canvasTools.settings.map.label')}</label>
          <select
            id="linked-map"
            value={linked}
            disabled={!canEdit}
            onChange={(e) =>
              edit(msg('canvas.problem.mapNotLinked'), (doc) => setSettings(doc, { map: e.target.value === none ? null : e.target.value }))
            }
          >
            <option value={none}>
              {defaultMap ? t('canvasTools.settings.map.groupMap', { map: defaultMap.title }) : t('canvasTools.settings.map.none')}
            </option>
            {!linkedKnown && <option value={linked}>{t('canvasTools.settings.map.unknown', { id: linked })}</option>}
            {mapBoards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
          <p className="hint">{t('canvasTools.settings.map.hint')}</p>
          {mapError && <p className="field-error">{t('canvasTools.settings.map.error', { reason: messageOf(mapError) })}</p>}
        </div>
        <div>
          <h3>{t('canvasTools.settings.anonymous.title')}</h3>
          {isFacilitator && canEdit ? (
            <label className="canvas-check">
              <input
                type="checkbox"
                checked={settings.allowAnonymous}
                onChange={(e) =>
                  edit(msg('canvas.problem.settingNotChanged'), (doc) => setSettings(doc, { allowAnonymous: e.target.checked }))
                }
              />{' '}
              {t('canvasTools.settings.anonymous.allow')}
            </label>
          ) : (
            <p>
              {settings.allowAnonymous
                ? t('canvasTools.settings.anonymous.allowed', { post: t('canvas.note.anonymous') })
                : t('canvasTools.settings.anonymous.notAllowed')}
            </p>
          )}
          <p className="hint">{t('canvasTools.settings.anonymous.hint')}</p>
        </div>
      </div>
    </CanvasPanel>
  );
}
