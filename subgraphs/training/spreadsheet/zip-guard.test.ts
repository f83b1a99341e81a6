import { Workbook } from 'exceljs';

import { declaredUnpackedSize } from './zip-guard';

describe('declaredUnpackedSize (an upload must not unpack into gigabytes)', () => {
  it('sums the sizes an .xlsx declares, larger than the packed file', async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('题库');
    for (let i = 0; i < 500; i += 1) {
      sheet.addRow(['单选题', '721工作法', '容易', `第${i}题：约70%的问题应当通过哪种方式解决？`]);
    }
    const zip = Buffer.from(await book.xlsx.writeBuffer());
    expect(declaredUnpackedSize(zip)).toBeGreaterThan(zip.length);
  });

  it('answers null for something that is not a zip', () => {
    expect(declaredUnpackedSize(Buffer.from('题型,知识点\n'))).toBeNull();
    expect(declaredUnpackedSize(Buffer.alloc(0))).toBeNull();
  });

  it('answers Infinity for a ZIP64 directory it does not read', () => {
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(0xffff, 10);
    expect(declaredUnpackedSize(eocd)).toBe(Infinity);
  });
});
