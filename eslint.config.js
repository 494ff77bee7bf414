// ESLint: typescript-eslint strict plus the boundary rules of DESIGN.md ("Parts and where they live").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const contexts = ['background', 'offscreen', 'content', 'ui'];
const libraries = ['classifier', 'compiler', 'db', 'messaging', 'platform'];

const importBan = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `../${f}/**`]),
  message,
});

const nodeBan = { group: ['node:*'], message: 'No node:* outside src/compiler and scripts.' };

/** Imports a folder of src may not make, as no-restricted-imports patterns. */
function boundaryRules(folder) {
  return folder === 'compiler' ? folderRules(folder) : [nodeBan, ...folderRules(folder)];
}

function folderRules(folder) {
  if (folder === 'core') {
    return [
      importBan([...contexts, ...libraries], 'core is pure: it imports nothing else of src.'),
    ];
  }
  if (libraries.includes(folder)) {
    const others = [...contexts, ...libraries.filter((l) => l !== folder)];
    return [importBan(others, `${folder} may import only core.`)];
  }
  const others = contexts.filter((c) => c !== folder);
  return [importBan(others, 'Contexts never import each other: send a typed message instead.')];
}

const browserGlobals = [
  { name: 'chrome', message: 'chrome.* lives only in src/platform.' },
  { name: 'browser', message: 'browser.* lives only in src/platform.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'rules/sources/**',
      'src/classifier/data/**',
      'src/classifier/model/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...['core', ...libraries, ...contexts].map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: boundaryRules(folder) }],
      'no-restricted-globals': folder === 'platform' ? 'off' : ['error', ...browserGlobals],
    },
  })),
);
