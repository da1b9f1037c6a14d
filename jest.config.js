// Unit tests live beside the code (src: *.spec.ts); e2e tests boot the app over HTTP (test/e2e);
// test/eval runs the match-quality harness on the development set.
// NestJS 12 and some of its dependencies ship only ES modules. Node 20 loads them from our
// CommonJS build, but Jest's module registry cannot (it needs Node >= 24.9), so Jest compiles
// those packages to CommonJS with Babel (cached after the first run), dynamic import() included
// so that they share one module registry with our code.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  '@graphql-tools',
  '@whatwg-node',
  '@standard-schema',
  '@ungap',
  '@tokenizer',
  '@borewit',
  'graphql-ws',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  'libphonenumber-js',
  'lru-cache',
  'cross-inspect',
];

const shared = {
  moduleFileExtensions: ['js', 'mjs', 'json', 'ts'],
  rootDir: '.',
  transform: {
    '^.+\\.ts$': 'ts-jest',
    '^.+\\.m?js$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['./test/setup/babel-import-meta.js', '@babel/plugin-transform-dynamic-import', '@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  testEnvironment: 'node',
};

module.exports = {
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Match quality on the labelled development set, through the eval:match command.
    { ...shared, displayName: 'eval', testMatch: ['<rootDir>/test/eval/**/*.spec.ts'] },
    // The web console in Debian's Chromium (playwright-core), against the seeded app.
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
