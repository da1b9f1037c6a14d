// Babel plugin for Jest only: `import.meta.url` → the file URL of the CommonJS module, and
// `import.meta.resolve(name)` → `require.resolve(name)` (packages use it to check that an optional
// peer is installed). Written without `require`, because the ESM files it rewrites declare their own `const require`.
module.exports = ({ types: t }) => ({
  visitor: {
    MetaProperty(path) {
      const parent = path.parentPath;
      if (parent.isMemberExpression() && t.isIdentifier(parent.node.property, { name: 'url' })) {
        parent.replaceWith(t.binaryExpression('+', t.stringLiteral('file://'), t.identifier('__filename')));
      } else if (parent.isMemberExpression() && t.isIdentifier(parent.node.property, { name: 'dirname' })) {
        parent.replaceWith(t.identifier('__dirname'));
      } else if (parent.isMemberExpression() && t.isIdentifier(parent.node.property, { name: 'resolve' })) {
        parent.replaceWith(t.memberExpression(t.identifier('require'), t.identifier('resolve')));
      }
    },
  },
});
