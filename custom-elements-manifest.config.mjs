// Custom Elements Manifest: generated from the JSDoc in src/ (tags, attributes, properties, events, parts,
// CSS custom properties, slots). Paths are rewritten to the built files that the package publishes.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/explainer-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.content.ts', 'src/**/*.labels.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      name: 'explainer-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        // Type-only modules (event detail types...) emit no JavaScript: drop them, so every path names a shipped file.
        customElementsManifest.modules = customElementsManifest.modules.filter(
          (mod) => (mod.declarations ?? []).length > 0 || (mod.exports ?? []).length > 0,
        );
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          }
          for (const decl of mod.declarations ?? []) {
            if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
            // Internal reactive state (`{ state: true }` in `static properties`, private fields) has no attribute:
            // the analyzer lists it as one all the same. Keep the attributes of public properties only.
            const internal = new Set(
              (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
            for (const member of decl.members ?? []) if (internal.has(member.name)) delete member.attribute;
            for (const member of decl.members ?? []) {
              if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
            }
          }
        }
      },
    },
  ],
};
