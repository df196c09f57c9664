// Lint for the whole tree: typescript-eslint's type-checked rules (they catch floating promises
// and unsafe `any` flows that the compiler lets through) and the hooks rules, which apply to
// Preact's hooks as they do to React's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'docs/',
      'bench/',
      'test/fixtures/',
      '.tmp/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] } },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.tsx', '**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      // Template literals with numbers ("3 claims") are the common, readable case.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Non-null assertions are used after explicit index checks in the hot matcher loops.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Event handlers in JSX may return promises; Preact ignores the result.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Page and reader text never reaches the DOM as HTML: no HTML sinks in shipped code.
    files: ['lib/**', 'components/**', 'entrypoints/**', 'extension/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text; never as HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build DOM nodes or set textContent; never assign HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Build DOM nodes or set textContent; never insert HTML.',
        },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
