// The finished bytes of a pdfkit document (shared by the fixture generators).
export function docToBuffer(doc) {
  return new Promise((res, rej) => {
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
    doc.end();
  });
}
