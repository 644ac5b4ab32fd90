// How a legal basis reads on the page, wherever it is cited (answers, dossier rows).

/** 《城镇燃气管理条例》（国务院令第583号）第五条 */
export function basisLabel(basis: { title: string | null; docNumber: string | null; articles: readonly string[] }): string {
  return (basis.title ? `《${basis.title}》` : '') + (basis.docNumber ? `（${basis.docNumber}）` : '') + basis.articles.join('、');
}
