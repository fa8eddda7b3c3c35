// "Cite this": pure citation formats for pledges, institution profiles and charts.
export { chartCitable, datasetCitable, institutionCitable, pledgeCitable, type Citable, type CiteLang, type PledgeCiteInput } from './citable';
export { citationBibtex, citationCsl, citationText, citeAll, escapeBibtex, type CitationBundle, type CslItem } from './formats';
