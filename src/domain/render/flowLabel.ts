import type { EcosystemMap, Flow } from '../map/index.js';
import { sizes } from './pictureStyle.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { textWidth, wrapText } from './textWrap.js';
import { maxOf } from '../../shared/index.js';

/** What a flow's label box says, and its size. */
export interface FlowLabelBox {
  /** The flow's label, else its dataset's name, else its kind: never empty. */
  lines: string[];
  /** The dataset a data flow carries, when the first lines do not already name it. */
  dataset?: string;
  width: number;
  height: number;
}

export const flowLabelPad = { x: 7, y: 5, icon: 14, iconGap: 5 } as const;

export function flowLabelBox(map: EcosystemMap, flow: Flow, words: PictureWords = englishPictureWords): FlowLabelBox {
  const datasetName = flow.dataset === undefined ? undefined : map.datasets.find((d) => d.id === flow.dataset)?.name;
  const main = flow.label?.trim() || datasetName?.trim() || words.flowKind(flow.kind);
  const lines = wrapText(main, sizes.flowLabelMaxChars, 2);
  const dataset =
    datasetName !== undefined && datasetName.trim() !== '' && datasetName !== main
      ? wrapText(datasetName, sizes.flowLabelMaxChars, 1)[0]
      : undefined;
  const texts = dataset === undefined ? lines : [...lines, dataset];
  const width = 2 * flowLabelPad.x + flowLabelPad.icon + flowLabelPad.iconGap + maxOf(texts.map((t) => textWidth(t, sizes.flowText)));
  const height = 2 * flowLabelPad.y + texts.length * sizes.flowLine;
  return { lines, ...(dataset === undefined ? {} : { dataset }), width, height };
}
