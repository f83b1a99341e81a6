/** Enforcement's credit levels as this subgraph stores them (A best … D worst). */
export enum MerchantCreditLevel {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
