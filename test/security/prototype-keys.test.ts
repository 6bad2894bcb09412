import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { validateCooperationTableContent } from '../../src/index.js';

describe('security: content keys that shadow Object.prototype are ordinary keys', () => {
  for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
    it(`a column keyed "${key}": a row without that cell is kept, and a row with it shows its value`, async () => {
      // As a CMS would send it: JSON.parse makes "__proto__" an own key like any other.
      const raw: unknown = JSON.parse(
        `{"columns":[{"key":"area","label":"Area","rowHeader":true},{"key":"${key}","label":"K"}],` +
          `"rows":[{"area":"no cell"},{"area":"with cell","${key}":"the value"}]}`,
      );
      const result = validateCooperationTableContent(raw);
      expect(result.errors).to.deep.equal([]);
      expect(result.value?.rows).to.have.length(2);
      const el = document.createElement('cooperation-table');
      el.data = raw;
      document.body.append(el);
      await el.updateComplete;
      const rows = Array.from(el.shadowRoot!.querySelectorAll('[part~="row"]'));
      expect(rows).to.have.length(2);
      expect(rows[1]!.textContent).to.contain('the value');
      expect(el.toCSV().split('\r\n')).to.deep.equal(['Area,K', 'no cell,', 'with cell,the value']);
      el.remove();
    });
  }
});
