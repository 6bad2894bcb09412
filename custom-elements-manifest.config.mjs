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
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          }
          for (const decl of mod.declarations ?? []) {
            if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
            for (const member of decl.members ?? []) {
              if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
            }
          }
        }
      },
    },
  ],
};
