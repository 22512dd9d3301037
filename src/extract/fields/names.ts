/**
 * How review reasons name the core fields: a reason about a core field starts with its name and a
 * space ("total 28 is uncertain …", "invoice date 2018-03-27 is ambiguous …"), so what a reason is
 * about can be told without parsing it (fields/index.ts, ../second-look.ts).
 */
export const CORE_FIELD_NAMES: Readonly<Record<string, string>> = { invoiceNumber: 'invoice number', invoiceDate: 'invoice date', total: 'total', currency: 'currency' };

/** Whether review reason `reason` is about core field `key`. */
export const reasonIsAbout = (reason: string, key: string): boolean => reason.startsWith(`${CORE_FIELD_NAMES[key] ?? key} `);
