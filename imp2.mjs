const t = [];
for (const m of process.argv.slice(2)) { const t0 = performance.now(); await import(m); t.push(`${m.split('/').slice(-2).join('/')} ${(performance.now() - t0).toFixed(1)}`); }
console.log(t.join(' | '));
