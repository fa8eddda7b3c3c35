// Public surface of the extraction module.
export { extractStatements, type ExtractContext } from './extract-statements';
export { toGoldFormat, type GoldOutput, type GoldPledge } from './to-gold-format';
export { EXTRACTOR_VERSION } from './version';
