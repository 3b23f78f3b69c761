/** The name an erased listener keeps: «Тыңдаушы #id» — stable, and says nothing about the person. */
export function pseudonymOf(listenerId: number): string {
  return `Тыңдаушы #${listenerId}`;
}
