import { setSettings, type CanvasSettings } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
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
    <CanvasPanel id="settings" title={t('canvas.settings.title')} closeLabel={t('canvas.settings.close')} onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>{t('canvas.settings.map.title')}</h3>
          <label htmlFor="linked-map">{t('canvas.settings.map.label')}</label>
          <select
            id="linked-map"
            value={linked}
            disabled={!canEdit}
            onChange={(e) =>
              edit(msg('canvas.problem.mapNotLinked'), (doc) => setSettings(doc, { map: e.target.value === none ? null : e.target.value }))
            }
          >
            <option value={none}>
              {defaultMap ? t('canvas.settings.map.groupMap', { map: defaultMap.title }) : t('canvas.settings.map.none')}
            </option>
            {!linkedKnown && <option value={linked}>{t('canvas.settings.map.unknown', { id: linked })}</option>}
            {mapBoards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
          <p className="hint">{t('canvas.settings.map.hint')}</p>
          {mapError && <p className="field-error">{t('canvas.settings.map.error', { reason: messageOf(mapError) })}</p>}
        </div>
        <div>
          <h3>{t('canvas.settings.anonymous.title')}</h3>
          {isFacilitator && canEdit ? (
            <label className="canvas-check">
              <input
                type="checkbox"
                checked={settings.allowAnonymous}
                onChange={(e) =>
                  edit(msg('canvas.problem.settingNotChanged'), (doc) => setSettings(doc, { allowAnonymous: e.target.checked }))
                }
              />{' '}
              {t('canvas.settings.anonymous.allow')}
            </label>
          ) : (
            <p>
              {settings.allowAnonymous
                ? t('canvas.settings.anonymous.allowed', { post: t('canvas.note.anonymous') })
                : t('canvas.settings.anonymous.notAllowed')}
            </p>
          )}
          <p className="hint">{t('canvas.settings.anonymous.hint')}</p>
        </div>
      </div>
    </CanvasPanel>
  );
}
