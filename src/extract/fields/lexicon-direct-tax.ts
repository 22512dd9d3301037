/**
 * A German tax named by a compound ending in "steuer" (Versicherungsteuer on an insurance premium,
 * Altteilsteuer on a workshop's exchange part, Energiesteuer, Stromsteuer on an energy bill) is a
 * tax label: any word of three or more letters before "steuer" (the whole-word match keeps
 * "Steuernummer" out). Except the taxes on owning or earning, which no sale charges: a Grundsteuer
 * (land), Hundesteuer, Zweitwohnungsteuer, Gewerbe-, Einkommen-, Lohn-, Kirchen-, Körperschaft-,
 * Kapitalertrag-, Erbschaft- and Schenkungsteuer. On an invoice or a statement they are costs passed
 * on (a Betriebskostenabrechnung's "Grundsteuer" row, a share of the owner's land tax), not its tax.
 * A regex source for the lexicon's `tax` class (lexicon.ts).
 */
const DIRECT = ['grund', 'grunderwerbs?', 'hunde', 'zweitwohnungs?', 'gewerbe', 'einkommens?', 'lohn', 'kirchen', 'k[öo]rperschafts?', 'kapitalertrags?', 'erbschafts?', 'schenkungs?'];

export const COMPOUND_TAX = `(?!(?:${DIRECT.join('|')})steuer)\\p{L}{3,}steuer`;
