// Text a person reads comes from the message catalogues (src/web/i18n, docs/i18n.md), never
// written into a component. This rule reports, in the files eslint.config.js applies it to
// (the converted pages, widened as more are converted):
//   - JSX text with a letter in it:             <p>Join the workshop</p>
//   - a string with a letter as a JSX child:     <p>{'Join'}</p>, {busy ? 'Joining…' : t('join.submit')}
//   - a string with a letter in an attribute a person reads or hears: aria-label, title, alt,
//     placeholder, label, aria-description, aria-roledescription, aria-valuetext.
// Punctuation, numbers and spaces are not words, so `·`, `(`, `—` or `{' '}` pass. Names that
// are not words (a product name in a logo, a language's own name) belong in code outside JSX,
// or behind an eslint-disable comment that says why.
const letter = /\p{L}/u;
const readAttributes = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
]);

/** The string literals an expression shows as it is: itself, or either side of a ?: or a && / ||. */
function shownStrings(node) {
  if (!node) return [];
  if (node.type === 'Literal' && typeof node.value === 'string') return [node];
  if (node.type === 'TemplateLiteral') return [node];
  if (node.type === 'ConditionalExpression') return [...shownStrings(node.consequent), ...shownStrings(node.alternate)];
  if (node.type === 'LogicalExpression') return shownStrings(node.right);
  return [];
}

const textOf = (node) =>
  node.type === 'TemplateLiteral' ? node.quasis.map((q) => q.value.cooked).join('') : typeof node.value === 'string' ? node.value : '';

export const noJsxText = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid words written directly into JSX: text comes from the message catalogues.' },
    schema: [],
    messages: {
      text: 'Text written into JSX ("{{text}}"): add it to the message catalogues (src/shared/i18n/catalogues) and show it with t().',
    },
  },
  create(context) {
    const report = (node, text) => {
      if (letter.test(text)) context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    };
    return {
      JSXText(node) {
        report(node, node.value);
      },
      JSXExpressionContainer(node) {
        const parent = node.parent;
        if (parent?.type === 'JSXAttribute') {
          const name = parent.name.type === 'JSXIdentifier' ? parent.name.name : '';
          if (!readAttributes.has(name)) return;
        }
        for (const literal of shownStrings(node.expression)) report(literal, textOf(literal));
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (readAttributes.has(name) && node.value?.type === 'Literal' && typeof node.value.value === 'string')
          report(node.value, node.value.value);
      },
    };
  },
};
