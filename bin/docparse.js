#!/usr/bin/env node
// The launcher's former name, kept for whoever calls it: the same launcher (docparse.cjs), which
// then runs behind an ES module, so without docparse.cjs's saving of the ESM loader's start.
import './docparse.cjs';
