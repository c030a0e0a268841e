// Lint rule: an API module imports another module only through its surface (modules/<m>/index.ts),
// never its tables, repositories or services directly; platform/ imports no module. The few listed
// exceptions live in apps/api/module-boundaries.json with a reason each.
import { apiPath, boundaryViolation, readExceptions, resolveImport } from '../lib/module-boundaries.js';

let exceptions;

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'API modules call each other through modules/<m>/index.ts only' },
    schema: [],
  },
  create(context) {
    const fromFile = context.filename;
    const fromRel = apiPath(fromFile);
    if (fromRel === null) return {};
    exceptions ??= readExceptions();
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = resolveImport(fromFile, source.value);
      const toRel = target && apiPath(target);
      if (!toRel) return;
      const problem = boundaryViolation(fromRel, toRel);
      if (problem && !exceptions.has(`${fromRel} -> ${toRel}`)) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };
