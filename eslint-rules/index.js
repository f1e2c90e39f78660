// The project's own ESLint rules (eslint.config.js uses them as `local/...`).
import { noTypeCycle } from './noTypeCycle.js';

export default { rules: { 'no-type-cycle': noTypeCycle } };
