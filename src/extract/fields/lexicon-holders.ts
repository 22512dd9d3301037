/**
 * Numbers that name the one who pays, or the agreement billed, never the document: the customer's
 * ("Kunden-Nr.", "N° client", "Klantnummer"), the tenant's
 * ("Mieter-Nr.", "N° locataire", "Huurdernummer", "Codice inquilino", "Nº de inquilino"), a member's,
 * a subscriber's, a policy holder's, a patient's, a contract's, a meter's, a dwelling's. A
 * statement of charges (a Betriebskostenabrechnung, an appel de fonds, a utility bill) prints one
 * where an invoice prints its own number, and often prints no number of its own at all. Merged into
 * the lexicon's "other" number class (lexicon.ts), and no such number is an invoice-number
 * candidate (numbers.ts), in English, German, French, Dutch, Italian,
 * Spanish, Portuguese and Polish. Phrases are regex sources, as in lexicon.ts.
 */
export const HOLDER_NUMBER_CUES = {
  other: [
    // English
    'customer', 'client', 'member', 'contract', 'tenant', 'lessee', 'subscriber', 'subscription', 'polic\\S*', 'patient', 'insured', 'meter\\s*(?:no|nr|number|id)', 'membership',
    // German
    'kunde\\S*', 'kd\\.?\\s*-?\\s*nr', 'kdnr', 'debitor\\S*', 'deb\\.?\\s*-?\\s*nr', 'vertrag', 'mieter\\S*', 'p[äa]chter\\S*', 'mitglied\\S*', 'abonnent\\S*', 'versicherungs\\S*', 'versicherten\\S*', 'vertrags\\S*', 'patienten\\S*', 'z[äa]hler\\S*', 'wohnungs\\S*', 'objekt\\s*-?\\s*(?:nr|nummer)', 'eigent[üu]mer\\S*',
    // French
    'locataire', 'adh[ée]rent', 'abonn[ée]e?', 'soci[ée]taire', 'membre', 'assur[ée]e?', 'contrat', 'compteur', 'copropri[ée]taire', 'dossier\\s*patient',
    // Dutch
    'klant\\S*', 'huurder\\S*', 'lid\\s*-?\\s*(?:nr|nummer)', 'lidnummer', 'lidmaatschap\\S*', 'abonnee\\S*', 'abonnement\\S*', 'polis\\S*', 'verzekerde\\S*', 'contract\\S*', 'pati[ëe]nt\\S*',
    // Italian
    'cliente', 'inquilino', 'conduttore', 'locatario', 'socio', 'tessera', 'abbonato', 'abbonamento', 'polizza', 'assicurato', 'contratto', 'utenza', 'paziente', 'contatore',
    // Spanish and Portuguese
    'arrendatario', 'abonado', 'p[óo]liza', 'asegurado', 'contrato', 'paciente', 'arrendat[áa]rio', 's[óo]cio', 'assinante', 'ap[óo]lice', 'segurado', 'utente',
    // Polish
    'najemc\\S*', 'cz[łl]on\\S*', 'abonent\\S*', 'umow\\S*', 'licznik\\S*', 'pacjent\\S*',
  ],
} as const;
