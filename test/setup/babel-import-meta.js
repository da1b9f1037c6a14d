// Babel plugin for Jest only: `import.meta.url` → the file URL of the CommonJS module. Written
// without `require`, because the ESM files it rewrites declare their own `const require`.
module.exports = ({ types: t }) => ({
  visitor: {
    MetaProperty(path) {
      const parent = path.parentPath;
      if (parent.isMemberExpression() && t.isIdentifier(parent.node.property, { name: 'url' })) {
        parent.replaceWith(t.binaryExpression('+', t.stringLiteral('file://'), t.identifier('__filename')));
      } else if (parent.isMemberExpression() && t.isIdentifier(parent.node.property, { name: 'dirname' })) {
        parent.replaceWith(t.identifier('__dirname'));
      }
    },
  },
});
