// The project's own ESLint rules (eslint.config.js uses them as `local/...`).
import { noJsxText } from './noJsxText.js';
import { noTypeCycle } from './noTypeCycle.js';

export default { rules: { 'no-jsx-text': noJsxText, 'no-type-cycle': noTypeCycle } };
