import { describe, it, expect } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('names the language of a paragraph (ISO 639-1)', async () => {
    expect(await detectLanguage('The river authority will rebuild the flood walls along the east bank before the spring rains arrive.')).toBe('en');
    expect(await detectLanguage("L'autorité du fleuve reconstruira les digues de la rive est avant les pluies du printemps.")).toBe('fr');
    expect(await detectLanguage('Die Flussbehörde wird die Hochwassermauern am Ostufer vor dem Frühjahrsregen wieder aufbauen.')).toBe('de');
  });

  it('says nothing about text too short or without letters', async () => {
    expect(await detectLanguage('ok')).toBeNull();
    expect(await detectLanguage('12345 67890 !!! ??? 2020-01-01')).toBeNull();
  });
});
