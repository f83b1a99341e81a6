// ESLint (flat config) with typescript-eslint's type-aware rules: `npm run lint` and .ci/run, zero warnings allowed.
// The layering rules (no process.env outside kernel/config, files under 300 lines, no subgraph reading another's
// tables) stay in tests/architecture, which already enforces them with messages that name the rule.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'clients/typescript/dist/', '**/__generated__/', 'clients/**/generated/', 'coverage/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
