import baseConfig from '../../.eslint.base.mjs';

export default [...baseConfig];
