import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The linter in npm test (issue 20): typescript-eslint and eslint-plugin-svelte, recommended rules. */
export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'data/',
      'node_modules/',
      'server/db/generated/',
      'i18n/paraglide/',
      'test-results/',
      '.x/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  },
  {
    rules: {
      // `_name` marks what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ],
      // Links are plain paths; SvelteKit's base path is not used.
      'svelte/no-navigation-without-resolve': 'off',
      // {' · '} is how a separator keeps its leading space: Svelte trims an element's leading whitespace.
      'svelte/no-useless-mustaches': 'off',
      // A URLSearchParams built and sent within one function is not state.
      'svelte/prefer-svelte-reactivity': 'off'
    }
  }
);
