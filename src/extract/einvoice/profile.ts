/**
 * Names for what an e-invoice says it is: its profile (from the CII guideline id or the UBL
 * CustomizationID), the standard behind it, and its document type (UNTDID 1001).
 */

export interface ProfileInfo {
  standard: string | null;
  profile: string | null;
}

/**
 * Profile and standard from the specification identifier, e.g.
 * `urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic` -> Factur-X BASIC,
 * `urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0` -> XRechnung XRECHNUNG,
 * `urn:ferd:CrossIndustryDocument:invoice:1p0:comfort` -> ZUGFeRD 1 COMFORT.
 * `attachment` (the file's name inside a PDF) names the standard when the id alone does not: Factur-X
 * and ZUGFeRD 2 EN 16931 use the plain EN 16931 id; an XRechnung always says so in its own id.
 */
export function profileOf(guideline: string | null, attachment: string | null = null): ProfileInfo {
  const g = (guideline ?? '').toLowerCase();
  const a = (attachment ?? '').toLowerCase();
  let standard: string | null = null;
  if (g.includes('xrechnung')) standard = 'XRechnung';
  else if (g.includes('peppol.eu:2017:poacc:billing')) standard = 'Peppol BIS Billing 3.0';
  else if (g.includes('factur-x')) standard = 'Factur-X';
  else if (g.includes('zugferd.de:2p')) standard = 'ZUGFeRD 2';
  else if (g.startsWith('urn:ferd:')) standard = 'ZUGFeRD 1';
  else if (a === 'factur-x.xml') standard = 'Factur-X';
  else if (a === 'zugferd-invoice.xml') standard = 'ZUGFeRD 2';
  else if (g.includes('en16931')) standard = 'EN 16931';

  let profile: string | null = null;
  if (g.includes('xrechnung')) profile = 'XRECHNUNG';
  else if (g.includes('peppol.eu:2017:poacc:billing')) profile = 'PEPPOL BIS 3.0';
  else if (/[:#]minimum$/.test(g)) profile = 'MINIMUM';
  else if (/[:#]basicwl$/.test(g)) profile = 'BASIC WL';
  else if (/[:#]extended$/.test(g)) profile = 'EXTENDED';
  else if (/[:#]basic$/.test(g)) profile = 'BASIC';
  else if (/[:#]comfort$/.test(g)) profile = 'COMFORT';
  else if (/[:#](en16931|urn:cen\.eu:en16931:2017)$/.test(g) || g === 'urn:cen.eu:en16931:2017' || g.endsWith(':en16931')) profile = 'EN 16931';
  else if (g.includes('en16931')) profile = 'EN 16931';
  return { standard, profile };
}

/** UNTDID 1001 codes used for invoices (EN 16931 allows these and a few more). */
const DOCUMENT_TYPES: Record<string, string> = {
  '71': 'request for payment',
  '80': 'debit note related to goods or services',
  '82': 'metered services invoice',
  '84': 'debit note related to financial adjustments',
  '102': 'tax notification',
  '218': 'final payment request based on completion of work',
  '219': 'payment request for completed units',
  '261': 'self billed credit note',
  '262': 'consolidated credit note - goods and services',
  '295': 'price variation invoice',
  '296': 'credit note for price variation',
  '308': 'delcredere credit note',
  '325': 'proforma invoice',
  '326': 'partial invoice',
  '380': 'commercial invoice',
  '381': 'credit note',
  '383': 'debit note',
  '384': 'corrected invoice',
  '385': 'consolidated invoice',
  '386': 'prepayment invoice',
  '387': 'hire invoice',
  '388': 'tax invoice',
  '389': 'self-billed invoice',
  '390': 'delcredere invoice',
  '393': 'factored invoice',
  '394': 'lease invoice',
  '395': 'consignment invoice',
  '396': 'factored credit note',
  '420': 'optical character reading (OCR) payment credit note',
  '456': 'debit advice',
  '457': 'reversal of debit',
  '458': 'reversal of credit',
  '527': 'self billed debit note',
  '532': "forwarder's credit note",
  '553': "forwarder's invoice discrepancy report",
  '575': "insurer's invoice",
  '623': "forwarder's invoice",
  '633': 'port charges documents',
  '751': 'invoice information for accounting purposes',
  '780': 'freight invoice',
  '817': 'claim notification',
  '870': 'consular invoice',
  '875': 'partial construction invoice',
  '876': 'partial final construction invoice',
  '877': 'final construction invoice',
  '935': 'customs invoice',
};

export function documentTypeName(code: string | null): string | null {
  return code ? (DOCUMENT_TYPES[code] ?? null) : null;
}

/** Names of the embedded XML that Factur-X, ZUGFeRD 1/2 and XRechnung prescribe (compared without case). */
export const EINVOICE_ATTACHMENT_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

/**
 * A short name for people: the standard, then the profile unless the standard already says it
 * ("Factur-X EN 16931", "ZUGFeRD 1 EXTENDED", "XRechnung", "Peppol BIS Billing 3.0").
 */
export function einvoiceLabel(e: { standard: string | null; profile: string | null; syntax: string }): string {
  const standard = e.standard ?? '';
  const words = standard.toLowerCase().split(/\s+/);
  const said = (e.profile ?? '').toLowerCase().split(/\s+/).every((w) => words.includes(w));
  return [standard, e.profile && !said ? e.profile : ''].filter(Boolean).join(' ') || e.syntax;
}
