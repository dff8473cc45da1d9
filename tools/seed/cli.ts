// `npm run seed` points here; the CLI lives in src/ with the rest of the package.
import './src/cli';
