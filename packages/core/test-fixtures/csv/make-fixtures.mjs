// Writes the CSV fixtures of this folder. Run it from the repository root
// with `node packages/core/test-fixtures/csv/make-fixtures.mjs`. The output
// is deterministic, so rerunning it leaves committed files unchanged.
// The people are invented, but their resident ID numbers have valid check
// characters so that other tests can reuse the files.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const folder = new URL('./', import.meta.url);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function residentId(birth, sequence) {
  const first17 = `522225${birth}${sequence}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return first17 + '10X98765432'[sum % 11];
}

const standardHeader = [
  '姓名',
  '公民身份号码',
  '性别',
  '乡镇(街道)',
  '村(社区)',
  '返乡时间',
  '就业创业状态',
  '带动就业人数',
  '技能特长',
  '调查日期',
  '调查员',
];

const people = {
  zhang: [
    '张三',
    residentId('19900315', '123'),
    '男',
    '龙泉镇',
    '龙泉村',
    '2023-03-01',
    '自主创业',
    '5',
    '电工、焊工',
    '2024-03-05',
    '李明',
  ],
  li: [
    '李四',
    residentId('19881102', '246'),
    '女',
    '龙泉镇',
    '石桥村',
    '2023/6/1',
    '就业',
    '',
    '缝纫',
    '2024-03-05',
    '李明',
  ],
  wang: [
    '王五',
    residentId('19950720', '317'),
    '男',
    '青山乡',
    '青山村',
    '2024.1',
    '未就业',
    '',
    '',
    '2024-03-06',
    '赵红',
  ],
  ayi: [
    '阿依古丽·买买提',
    residentId('19920208', '428'),
    '女',
    '城关街道',
    '新华社区',
    '2023年9月',
    '就业',
    '',
    '电商',
    '2024-03-06',
    '赵红',
  ],
  liu: [
    '刘䶮',
    residentId('19850611', '539'),
    '男',
    '城关街道',
    '新华社区',
    '2022-12',
    '再次外出',
    '',
    '',
    '2024-03-07',
    '赵红',
  ],
  zhao: [
    '赵六',
    residentId('19791230', '651'),
    '男',
    '青山乡',
    '青山村',
    '2021-05-10',
    '自主创业',
    '12',
    '养殖',
    '2024-03-07',
    '赵红',
  ],
};

function quote(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function line(cells) {
  return cells.map(quote).join(',');
}

function lines(records, eol) {
  return records.map((record) => `${record}${eol}`).join('');
}

function write(name, content) {
  writeFileSync(new URL(name, folder), content);
}

const utf8 = (text) => Buffer.from(text, 'utf8');
const withBom = (text) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);

const basic = [
  line(standardHeader),
  line(people.zhang),
  line(people.li),
  line(people.ayi),
];

// Encodings.
write('utf8-bom.csv', withBom(lines(basic, '\r\n')));
write('utf8-no-bom.csv', utf8(lines(basic, '\n')));
write(
  'gb18030.csv',
  iconv.encode(
    lines(
      [
        line(standardHeader),
        line(people.zhang),
        line(people.ayi),
        line(people.liu),
      ],
      '\r\n',
    ),
    'gb18030',
  ),
);
write(
  'invalid-bytes.csv',
  Buffer.concat([
    iconv.encode(lines([line(standardHeader)], '\r\n'), 'gb18030'),
    iconv.encode('王五,', 'gb18030'),
    Buffer.from([0xff]),
    iconv.encode(`${line(people.wang.slice(1))}\r\n`, 'gb18030'),
  ]),
);

// Line ends.
const withNewlineCell = [
  line(standardHeader),
  line(people.zhang),
  // Excel writes LF for a line break inside a cell, whatever the record ends.
  line([...people.li.slice(0, 8), '缝纫\n厨师', ...people.li.slice(9)]),
  line(people.wang),
];
write('line-ends-crlf.csv', withBom(lines(withNewlineCell, '\r\n')));
write('line-ends-lf.csv', withBom(lines(withNewlineCell, '\n')));
write(
  'line-ends-mixed.csv',
  withBom(
    `${line(standardHeader)}\r\n${line(people.zhang)}\n${line(people.li)}\r${line(people.wang)}\r\n`,
  ),
);

// Headers.
write(
  'aliased-headers.csv',
  withBom(
    lines(
      [
        line([
          '调查人',
          '目前状态',
          '身份证号码',
          '名字',
          '村（社区）',
          '所属乡镇',
          '回乡时间',
          '*填报日期',
          '性别 ',
          '专业技能',
        ]),
        line([
          '李明',
          '自主创业',
          people.zhang[1],
          '张三',
          '龙泉村',
          '龙泉镇',
          '2023-03-01',
          '2024-03-05',
          '男',
          '电工、焊工',
        ]),
        line([
          '赵红',
          '未就业',
          people.wang[1],
          '王五',
          '青山村',
          '青山乡',
          '2024.1',
          '2024-03-06',
          '男',
          '',
        ]),
      ],
      '\r\n',
    ),
  ),
);
write(
  'duplicate-headers.csv',
  withBom(
    lines(
      [
        line([
          '姓名',
          '身份证号',
          ...standardHeader.slice(2),
          '公民身份号码',
          '备注',
          '备注',
        ]),
        line([...people.zhang, people.zhang[1], '', '']),
      ],
      '\r\n',
    ),
  ),
);
write(
  'missing-column.csv',
  withBom(
    lines(
      [
        line(
          standardHeader.filter(
            (header) => header !== '姓名' && header !== '就业创业状态',
          ),
        ),
        line(people.zhang.filter((_, i) => i !== 0 && i !== 6)),
      ],
      '\r\n',
    ),
  ),
);
write(
  'unknown-column.csv',
  withBom(
    lines(
      [
        line(['姓名', '家庭住址', ...standardHeader.slice(1), '', '备注']),
        line([
          people.zhang[0],
          '龙泉村3组',
          ...people.zhang.slice(1),
          '',
          '已核实',
        ]),
        line([
          people.li[0],
          '石桥村1组',
          ...people.li.slice(1),
          '电话未接通',
          '',
        ]),
      ],
      '\r\n',
    ),
  ),
);
write(
  'title-rows.csv',
  withBom(
    lines(
      [
        line(['龙泉镇回乡人员创业就业情况统计表', ...Array(10).fill('')]),
        line([
          '填报单位：龙泉镇人民政府',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '填报日期：2024年3月',
          '',
        ]),
        line(standardHeader),
        line(people.zhang),
        line(people.li),
      ],
      '\r\n',
    ),
  ),
);
write(
  'trailing-columns.csv',
  withBom(
    lines(
      [
        line([...standardHeader, '', '', '']),
        line([...people.zhang, '', '', '']),
        line([...people.li, '', '多出的值', '']),
        line(people.wang.slice(0, 9)),
        line(people.zhao),
      ],
      '\r\n',
    ),
  ),
);

// Rows.
write(
  'quoted-newlines.csv',
  withBom(
    lines(
      [
        line(standardHeader),
        line([
          ...people.zhang.slice(0, 8),
          '电工\n焊工',
          ...people.zhang.slice(9),
        ]),
        line([
          ...people.li.slice(0, 8),
          '缝纫\n厨师\n电商, "直播"',
          ...people.li.slice(9),
        ]),
        line(people.wang),
      ],
      '\n',
    ),
  ),
);
write(
  'blank-lines.csv',
  withBom(
    lines(
      [
        '',
        line(standardHeader),
        line(people.zhang),
        '',
        ','.repeat(10),
        line(people.li),
        ' , ,\u3000, ',
        line([
          ...people.wang.slice(0, 8),
          '电工\r\n焊工',
          ...people.wang.slice(9),
        ]),
        line(people.zhao),
        '',
      ],
      '\r\n',
    ),
  ),
);
write(
  'concatenated.csv',
  withBom(
    lines(
      [
        line(standardHeader),
        line(people.zhang),
        line(people.li),
        line(standardHeader),
        line(people.wang),
      ],
      '\r\n',
    ),
  ),
);
write(
  'bad-quotes.csv',
  withBom(
    lines(
      [
        line(standardHeader),
        line(people.zhang),
        `${line(people.li.slice(0, 8))},"缝纫"厨师",${line(people.li.slice(9))}`,
        line(people.wang),
        `${line(people.zhao.slice(0, 8))},"养殖,${line(people.zhao.slice(9))}`,
        line(people.ayi),
      ],
      '\r\n',
    ),
  ),
);

// Values that Excel damaged: scientific notation, zeroed last digits,
// lower-case x, full-width digits, spaces, an apostrophe and an ="..." wrapper.
const damagedIds = [
  '5.22225E+17',
  '522225199003150000',
  residentId('19700101', '015').replace('X', 'x'),
  people.li[1].replace(/\d/g, (digit) =>
    String.fromCharCode(0xff10 + Number(digit)),
  ),
  `${people.wang[1].slice(0, 6)} ${people.wang[1].slice(6, 14)} ${people.wang[1].slice(14)}`,
  `'${people.ayi[1]}`,
  `="${people.zhao[1]}"`,
];
write(
  'excel-damaged-ids.csv',
  withBom(
    lines(
      [
        line(standardHeader),
        ...damagedIds.map((id, i) =>
          line([`人员${i + 1}`, id, ...people.zhang.slice(2)]),
        ),
      ],
      '\r\n',
    ),
  ),
);

// Files that are not comma-separated text.
write('empty.csv', withBom(lines(['', ',,,', ''], '\r\n')));
write('header-only.csv', withBom(lines([line(standardHeader)], '\r\n')));
write(
  'tab-separated.csv',
  withBom(lines([standardHeader.join('\t'), people.zhang.join('\t')], '\r\n')),
);
write(
  'utf16-text.csv',
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(
      lines([standardHeader.join('\t'), people.zhang.join('\t')], '\r\n'),
      'utf16le',
    ),
  ]),
);
// The first bytes of a zip archive, as in an .xlsx workbook renamed to .csv.
write(
  'excel-workbook.csv',
  Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    utf8('[Content_Types].xml'),
  ]),
);
